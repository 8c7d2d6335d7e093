"""Mention resolution: one left-to-right pass over each sentence that reads noun phrases of the shape

    [det] [former/new ...] [country | demonym | Country's | organization]* [title | counterpart] [name]

plus plural groups ("the two leaders") and the KB aliases left over (countries, capitals, bodies).
A document state carries what earlier sentences introduced, so that surnames, first names and bare
titles ("the premier") refer back without pronoun resolution, and plural groups take the most recent
pair. Roles are those held on the article's date (`on`); `on=None` means the date is unknown.

Why hand-written rules rather than a trained entity linker: the office held on a given day is a
date-indexed lookup no off-the-shelf linker does, and the rules stay explainable (`ActorMention.how`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from dateline.actors.kb import AliasEntry, KnowledgeBase, Person
from dateline.actors.lexicon import Title, common_name_parts, title_for
from dateline.actors.matching import Match, Sub, agent_match, kb_match, subtokens, title_match
from dateline.records import Actor, ActorMention, DateInterval, TenureHint

On = date | DateInterval | None

DETERMINERS = {"the", "his", "her", "their", "its", "a", "an", "both"}
# Words that put an office in the past: the holder on the article's date is not the one meant.
FORMER = {"former", "ex", "then", "late", "erstwhile", "ousted", "deposed", "toppled", "exiled", "retired"}
ADJECTIVES = {"new", "outgoing", "incoming", "acting", "interim", "caretaker", "senior", "top", "visiting",
              "incumbent", "current", "federal", "veteran", "newly", "appointed", "elected"}  # fmt: skip
HONORIFICS = {"mr", "mrs", "ms", "dr", "miss", "sir", "madam", "mister"}
COUNTERPART = {("counterpart",), ("colleague",), ("opposite", "number"), ("counterparts",)}
PERSON_GROUPS = {"leaders", "heads", "presidents", "premiers", "ministers", "statesmen"}
COUNTRY_GROUPS = {"sides", "countries", "nations", "governments", "states", "neighbours", "neighbors"}
FOREIGN_OFFICE = {("foreign", "office"), ("foreign", "ministry"), ("ministry", "of", "foreign", "affairs"),
                  ("fo",), ("mofa",), ("mfa",), ("foreign", "affairs", "ministry")}  # fmt: skip
NAME_PARTICLES = {
    "al",
    "bin",
    "ibn",
    "de",
    "van",
    "von",
    "da",
    "del",
    "la",
    "le",
    "-",
    "ul",
    "ur",
    "el",
    "abu",
}
# Prepositions after which a country is a place or a topic, not a party ("talks on Afghanistan").
NOT_PARTY = {"in", "at", "from", "to", "into", "across", "within", "near", "inside", "throughout", "around",
             "on", "about", "over", "regarding", "concerning", "for", "of"}  # fmt: skip
# Name tokens at least this long may be matched with one typo (edit) when nobody has them.
FUZZY_MIN = 7
# Prepositions that make the following name a location ("in Baghdad", "near Samarra").
LOCATIVE = {"in", "at", "near", "inside", "across", "throughout", "around", "within", "outside"}
# Offices several people hold at once: a bare "the Pakistani envoy" is not the one KB holder.
SHARED_ROLES = {"spokesperson", "ambassador", "special envoy", "minister", "leader",
                "deputy foreign minister"}  # fmt: skip
# "the U.S. leader", "the Egyptian leader": whoever of that country's heads the document introduced.
HEAD_ROLES = ("head of state", "head of government")
# Capitalised words that end a proper name a country name may start ("South China Sea", "Singapore
# Institute of International Affairs", "Syrian Center for Legal Studies"): then the country is not an actor.
NAME_HEADS = {"sea", "seas", "ocean", "gulf", "strait", "institute", "center", "centre", "university",
              "college", "foundation", "times", "post", "daily", "airlines", "airways", "academy", "school",
              "hospital", "museum", "street", "square", "bridge", "river"}  # fmt: skip
# Last words of body names generic enough to end other bodies' names too ("Liberal Democratic Party").
GENERIC_BODY_HEADS = {"party", "council", "congress", "front", "movement", "union", "assembly", "commission",
                      "committee", "court", "league", "alliance", "parliament"}  # fmt: skip
# "U.S.-designated", "Chinese-funded", "Germany-based": the country qualifies the head noun through a
# participle; the head ("terrorist group", "gas pipeline", "think tank") is not that country's.
# "-led" is left out: CAMEO codes "Vietnamese-led forces", "the Saudi-led coalition" as that country's.
PARTICIPLES_IRREGULAR = {"run", "made", "held", "born", "built", "owned", "grown", "brokered"}
# Modifiers that make an agent noun outsiders to the place after it ("foreign forces from Afghanistan").
OUTSIDERS = {"foreign", "international", "coalition", "western", "allied", "multinational", "overseas"}
# Nouns that, after "X's", denote other actors related to X ("Afghanistan's neighbours", "Iran's rivals").
RELATIONAL = {"neighbours", "neighbors", "neighbour", "neighbor", "rivals", "rival", "enemies", "enemy",
              "foes", "critics", "opponents", "allies", "ally", "partners", "adversaries",
              "detractors"}  # fmt: skip
# Entity labels of spaCy under which a "Title Name" run is a place or a body, not a person
# ("Queen Elizabeth Central Hospital").
NOT_PERSON_LABELS = {"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
# Words that make a region of a country out of its name ("South Lebanon", "Western Cambodia").
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
           "lower", "northeast", "northwest", "southeast", "southwest"}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@dataclass
class PersonRef:
    """A person introduced in the document, for coreference."""

    actor: Actor
    keys: frozenset[str]  # lower-cased name tokens
    home: bool  # introduced without a foreign country modifier ("Foreign Minister X")


@dataclass
class DocState:
    text: str = ""  # doc.text once: spaCy rebuilds it from the tokens on every access
    persons: list[PersonRef] = field(default_factory=list)  # most recent last
    countries: list[str] = field(default_factory=list)  # salient country mentions, most recent last
    home_votes: Counter = field(default_factory=Counter)  # titled people with no nationality
    country_votes: Counter = field(default_factory=Counter)  # countries as parties
    # The two parties of the latest sentence that named two or more (for "both sides").
    last_pair: tuple[str, str] | None = None

    def person(self, ref: PersonRef, titled: bool = False) -> None:
        known = any(p.actor == ref.actor for p in self.persons)
        self.persons = [p for p in self.persons if p.actor != ref.actor or p.keys != ref.keys]
        self.persons.append(ref)
        if ref.actor.country:
            self.country(ref.actor.country)
            # A title without a nationality ("Foreign Minister X") is the outlet's own country's.
            if titled and ref.home and not known:
                self.home_votes[ref.actor.country] += 3

    def country(self, iso3: str) -> None:
        if iso3 in self.countries:
            self.countries.remove(iso3)
        self.countries.append(iso3)

    @property
    def home(self) -> str | None:
        votes = self.home_votes or self.country_votes
        return votes.most_common(1)[0][0] if votes else None

    def by_name(self, keys: set[str], country: str | None = None) -> PersonRef | None:
        for ref in reversed(self.persons):
            if keys <= ref.keys and (country is None or ref.actor.country == country):
                return ref
        return None

    def by_role(self, role: str, country: str | None = None, prefer_home: bool = False) -> PersonRef | None:
        found = [
            r
            for r in self.persons
            if r.actor.role == role and (country is None or r.actor.country == country)
        ]
        if prefer_home and any(r.home for r in found):
            found = [r for r in found if r.home]
        return found[-1] if found else None


@dataclass
class Phrase:
    """What the parser read at one position, before resolution."""

    i: int
    j: int
    mods: list[AliasEntry] = field(default_factory=list)
    mod_start: int = 0  # sub-token where the first modifier starts (after "the", "former" ...)
    title: Title | None = None
    title_candidates: tuple = ()
    plural_title: bool = False
    counterpart: bool = False
    former: bool = False
    name: tuple[int, int] | None = None  # sub-token range of a name
    name_entries: list[AliasEntry] = field(default_factory=list)  # KB people matched by alias
    honorific: bool = False
    body_sector: str | None = None  # "Pakistani army spokesperson": the body between country and title


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # --- public ---------------------------------------------------------------------------------

    def run(self, doc: Doc, on: On) -> tuple[list[ActorMention], list[TenureHint]]:
        state = DocState(text=doc.text)
        mentions: list[ActorMention] = []
        hints: list[TenureHint] = []
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NOT_PERSON_LABELS]
        for sent in _sentences(doc):
            subs = subtokens(sent.text, sent.start_char)
            run = _SentenceRun(self.kb, doc, subs, (persons, others), state, on)
            mentions.extend(run.parse())
            hints.extend(run.hints)
        return mentions, hints


def _sentences(doc: Doc):
    try:
        return list(doc.sents)
    except ValueError:  # no parser or sentencizer: the whole text is one sentence
        return [doc[:]]


class _SentenceRun:
    def __init__(self, kb: KnowledgeBase, doc: Doc, subs: list[Sub], ents, state: DocState, on: On):
        self.kb, self.doc, self.subs, self.state, self.on = kb, doc, subs, state, on
        self.text = state.text
        persons, others = ents
        self.person_spans = [(s, e) for s, e in persons if subs and subs[0].start <= s < subs[-1].end]
        self.other_spans = [(s, e) for s, e in others if subs and subs[0].start <= s < subs[-1].end]
        self.hints: list[TenureHint] = []
        self.parties: list[tuple[int, int, str]] = []  # (rank, start, iso3) of this sentence

    # --- the pass -------------------------------------------------------------------------------

    def parse(self) -> list[ActorMention]:
        out: list[ActorMention] = []
        i = 0
        while i < len(self.subs):
            if self._key(i) == "(" and (close := self._division(i)):
                i = close
                continue
            found = self._plural(i) or self._phrase(i)
            if found is None:
                i += 1
                continue
            mentions, i = found
            out.extend(mentions)
            for m in mentions:
                self._party(m)
        pair = self._pair()
        if pair is not None:
            self.state.last_pair = pair
        return out

    def _division(self, i: int) -> int | None:
        """End of a parenthesised division or desk after an office ("Additional Secretary (Afghanistan
        and West Asia)", "Director General (South Asia)"): the countries in it are a portfolio, not
        actors. An acronym "(SDF)" or a lone "(Pakistan)" is left alone."""
        prev = self.subs[i - 1] if i > 0 else None
        if prev is None or not (prev.capitalized and prev.text.isalpha()) or self.kb.lookup((prev.key,)):
            return None
        words = 0
        for j in range(i + 1, min(i + 10, len(self.subs))):
            s = self.subs[j]
            if s.key == ")":
                return j + 1 if words >= 2 else None
            if s.key in ("and", "&", ",", "-"):
                continue
            if not (s.capitalized and s.text.isalpha()):
                return None
            words += 1
        return None

    def _party(self, m: ActorMention) -> None:
        """Note a mention's country as a party of this sentence, ranked by its grammatical role."""
        if m.how in ("plural", "place") or len(m.actors) != 1 or not m.actors[0].country:
            return
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return
        tok = span.root
        if tok.dep_ == "conj":  # "Pakistan and India agreed": the conjunct takes the first's role
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in NOT_PARTY:
            return  # a place or a topic ("talks on Afghanistan")
        if tok.dep_ in ("nsubj", "nsubjpass"):
            rank = 0
        elif tok.dep_ in ("dobj", "dative", "pobj", "agent"):
            rank = 1
        else:
            rank = 2
        self.parties.append((rank, m.start, m.actors[0].country))

    def _pair(self) -> tuple[str, str] | None:
        """The two best-ranked distinct countries among this sentence's parties, in text order."""
        chosen: list[tuple[int, str]] = []
        for _rank, start, iso3 in sorted(self.parties):
            if all(iso3 != c for _, c in chosen):
                chosen.append((start, iso3))
            if len(chosen) == 2:
                (_, a), (_, b) = sorted(chosen)
                return a, b
        return None

    def _key(self, i: int) -> str:
        return self.subs[i].key if i < len(self.subs) else ""

    def _possessive(self, k: int) -> int:
        """Index after a possessive "'s" at k, or k."""
        if self._key(k) in ("'", "’") and self._key(k + 1) == "s":
            return k + 2
        return k

    def _mention(self, i: int, j: int, actors: tuple[Actor, ...], how: str) -> ActorMention:
        start, end = self.subs[i].start, self.subs[j - 1].end
        return ActorMention(start, end, self.text[start:end], actors, how)

    # --- noun phrases ---------------------------------------------------------------------------

    def _phrase(self, i: int) -> tuple[list[ActorMention], int] | None:
        p = Phrase(i, i)
        k = i
        if self._key(k) in DETERMINERS:
            k += 1
        k = self._skip_adjectives(p, k)
        # Affiliations: "Russian", "Pakistan's", "U.N.", "Arab League"; several may chain.
        mods_end = k
        while len(p.mods) < 3:
            m = kb_match(self.kb, self.subs, k)
            if m is None:
                break
            entries = [e for e in m.values if e.kind in ("country", "demonym", "organization")]
            after = self._possessive(m.j)
            if not entries and after > m.j:  # "Moscow's envoy": a capital as possessor is the country
                entries = [e for e in m.values if e.kind == "metonym"]
            if not entries and not p.mods:  # "Darfur rebels", "Samarra" (cities, provinces)
                entries = [e for e in m.values if e.kind == "place"]
            if not entries:
                break
            if not p.mods:
                skipped = self._not_an_affiliation(m, entries[0], after)
                if skipped is not None:
                    return skipped
                p.mod_start = k
            p.mods.append(entries[0])
            mods_end = after
            k = self._skip_adjectives(p, after)
        t = title_match(self.subs, k) or self._portfolio_minister(k, lowercase=bool(p.mods))
        if t is None and p.mods and not p.former:
            # "Pakistani army spokesperson", "Chinese Foreign Ministry spokesperson Mao Ning": a body
            # between the country and the title.
            sector, end, _how = self._head_sector(k)
            t = title_match(self.subs, end) if end is not None else None
            if t is not None:
                p.body_sector = sector
        if t is not None:
            (tm, p.plural_title) = t
            p.title_candidates = tm.values
            k = tm.j
            m = self._of_country(k)  # "President of Armenia", "Minister of Foreign Affairs of Pakistan"
            if m is not None:
                p.mods.append(m.values[0])
                k = m.j
        elif any(tuple(s.key for s in self.subs[k : k + len(c)]) == c for c in COUNTERPART):
            p.counterpart = True
            k += 2 if self._key(k) == "opposite" else 1
        if p.title_candidates:
            p.title = title_for(list(p.title_candidates), self._mod_country(p))
        # A name: a KB person, an honorific and a capitalised run, or a run after a title.
        if self._key(k) in HONORIFICS and k + 1 < len(self.subs):
            p.honorific = True
            k += 2 if self._key(k + 1) == "." else 1
        elif p.title and not p.plural_title and self._key(k) == "," and self._in_person_span(k + 1):
            # "Malaysia's former prime minister, Najib Razak": the name in apposition to the title.
            run = self._name_run(k + 1)
            if run > k + 2:
                k += 1
        m = kb_match(self.kb, self.subs, k)
        people = [e for e in m.values if e.kind == "person"] if m else []
        titled = bool(p.title or p.counterpart or p.honorific)
        if m and people:
            run = self._name_run(k)
            if run > m.j and (titled or self._in_person_span(run - 1)):
                p.name = (k, run)  # "Hassan Sheikh Mohamud": the whole name, not an alias it starts with
            else:
                p.name, p.name_entries = (k, m.j), people
            k = p.name[1]
        elif titled or (k == i and self._in_person_span(k)):
            run = self._name_run(k)
            if run > k:
                p.name = (k, run)
                k = run
        if p.title and p.name and self._mod_country(p) is None:
            m = self._of_country(k)  # "King Hassan of Morocco"
            if m is not None:
                p.mods.append(m.values[0])
                k = m.j
        p.j = k
        if p.title or p.counterpart or p.name:
            return self._resolve_person_phrase(p)
        if p.mods:
            p.j = mods_end  # "Indonesia's so-called ...": the adjectives after it are not the country
            return self._resolve_affiliation(p, i)
        return self._agent_in_place(i) or self._resolve_bare(i)

    def _skip_adjectives(self, p: Phrase, k: int) -> int:
        """Past "former", "new", "acting" ... and hyphenated lower-case adjectives ("high-profile")."""
        while True:
            key = self._key(k)
            if key in FORMER or key in ADJECTIVES:
                p.former |= key in FORMER
                k += 2 if self._key(k + 1) == "-" and key in FORMER else 1  # "then-president"
            elif (
                self._key(k + 1) == "-"
                and k + 2 < len(self.subs)
                and self.subs[k].text.isalpha()
                and self.subs[k].text.islower()
                and self.subs[k + 2].text.isalpha()
                and self.subs[k + 2].text.islower()
                and key not in ("anti", "pro")
            ):
                k += 3
            else:
                return k

    def _not_an_affiliation(
        self, m: Match, entry: AliasEntry, after: int
    ) -> tuple[list[ActorMention], int] | None:
        """The phrase's first country or body, when it does not say who the phrase is: part of a longer
        name ("Radio France International", "the South China Sea"), the object of "anti-"/"pro-", a
        participle compound ("U.S.-designated", "Chinese-funded", "Germany-based") or the possessor of
        a relational noun ("Afghanistan's neighbours"). Returns what to emit instead and where to go on."""
        body = entry.kind == "organization"
        # A body's full name is evidence enough ("the Islamist Hayat Tahrir al-Sham"); only a generic
        # one ("Democratic Party" in "Liberal Democratic Party") may be part of another's name.
        if (not body or self.subs[m.j - 1].key in GENERIC_BODY_HEADS) and self._inside_name(m.i, m.j):
            return [], m.j
        if m.i >= 2 and self._key(m.i - 1) == "-" and self._key(m.i - 2) in ("anti", "pro"):
            return [], m.j
        if self._key(m.j) == "-" and m.j + 1 < len(self.subs) and not body:
            word = self.subs[m.j + 1].text
            participle = (word.endswith("ed") and word != "led") or word in PARTICIPLES_IRREGULAR
            if word.isalpha() and word.islower() and participle:
                if word != "based" or entry.kind not in ("country", "metonym", "place"):
                    return [], m.j + 2
                country = self.kb.countries[entry.key]
                actor = Actor(country.iso3, country.name, country.iso3, None, None, "country")
                return [self._mention(m.i, m.j, (actor,), "place")], m.j + 2  # "Germany-based": where
        if after > m.j and self._key(after) in RELATIONAL:
            return [], after + 1
        return None

    def _inside_name(self, i: int, j: int) -> bool:
        """Whether sub-tokens [i, j) are part of a longer capitalised name: a capitalised word that is
        no title, determiner or known name right before ("National Congress Party", "Radio France"),
        a name head right after ("Syrian Center", "China Sea"), or a possessor nobody knows ("VOA's
        Somali Service")."""
        nxt = self.subs[j] if j < len(self.subs) else None
        if nxt is not None and nxt.key in NAME_HEADS and (nxt.capitalized or nxt.key == "seas"):
            return True
        prev, owner = i - 1, False
        if prev >= 2 and self._key(prev) == "s" and self._key(prev - 1) in ("'", "’"):
            prev, owner = prev - 2, True  # "VOA's Somali Service": look at the possessor
        if prev < 1:  # nothing, or the sentence's first word (capitalised anyway)
            return False
        s = self.subs[prev]
        if not (s.capitalized and s.text.isalpha()) or self.kb.lookup((s.key,)) or self._in_person_span(prev):
            return False
        if owner:
            return True
        # Both in one named body or place of spaCy's: "the Islamist Hayat Tahrir al-Sham" is not.
        first = self.subs[i].start
        if not any(a <= s.start and first < b for a, b in self.other_spans):
            return False
        plain = DETERMINERS | FORMER | ADJECTIVES | HONORIFICS | COMPASS
        return s.key not in plain and title_match(self.subs, prev) is None

    def _portfolio_minister(self, k: int, lowercase: bool = False) -> tuple[Match, bool] | None:
        """ "Labour Minister", "Planning and Investment Minister": a minister whose portfolio the
        title list does not know (capitalised words, "and", "for" before "Minister"). With `lowercase`
        (after a country: "Indonesia's education minister") the portfolio may be in lower case."""
        lower = lowercase and k < len(self.subs) and not self.subs[k].capitalized
        j = k
        while j < len(self.subs) and j - k < 5:
            s = self.subs[j]
            if s.key in ("and", "&", "for", "of") and j > k and not lower:
                j += 1
                continue
            if not s.key.isalpha() or s.key in HONORIFICS:
                return None
            if s.key in ("minister", "ministers"):
                break
            if lower:  # one or two lower-case nouns right before "minister" ("education minister")
                if s.capitalized or j - k >= 2 or self._pos(j) not in ("NOUN", "ADJ"):
                    return None
            elif not s.capitalized:
                return None
            j += 1
        else:
            return None
        if j == k or j >= len(self.subs) or kb_match(self.kb, self.subs, k) is not None:
            return None
        t = title_match(self.subs, j)
        if t is None or any(v.role != "minister" for v in t[0].values):
            return None
        m, plural = t
        return Match(k, m.j, m.values), plural

    def _of_country(self, k: int) -> Match | None:
        """ "of (the) <country or organization>" at k; not "of Cameroon's Poultry Association" (the
        office of a body the country owns) nor "of the South China Sea" (part of a longer name)."""
        if self._key(k) != "of":
            return None
        k += 2 if self._key(k + 1) == "the" else 1
        m = kb_match(self.kb, self.subs, k)
        if m is None or m.values[0].kind not in ("country", "organization"):
            return None
        if self._possessive(m.j) > m.j or self._inside_name(m.i, m.j):
            return None
        return m

    def _pos(self, k: int) -> str:
        """The part of speech spaCy gave the word of sub-token k."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        return span.root.pos_ if span is not None else ""

    def _in_other_entity(self, k: int) -> bool:
        """Whether sub-token k is inside a named place or body ("Queen Elizabeth Central Hospital")."""
        s = self.subs[k]
        return any(a <= s.start < b for a, b in self.other_spans) and not self._in_person_span(k)

    def _in_person_span(self, k: int) -> bool:
        s = self.subs[k]
        return any(a <= s.start < b for a, b in self.person_spans)

    def _name_run(self, k: int) -> int:
        """End of a run of capitalised name tokens at k (particles such as "al", "bin" inside)."""
        j = k
        # A PERSON entity bounds the run: "Khan Said" in a headline is Khan.
        cap = (
            next((b for a, b in self.person_spans if a <= self.subs[k].start < b), None)
            if k < len(self.subs)
            else None
        )
        while j < len(self.subs):
            s = self.subs[j]
            if cap is not None and s.start >= cap:
                break
            if s.capitalized and s.text[:1].isalpha() and s.key not in WEEKDAYS:
                m = kb_match(self.kb, self.subs, j)
                if m and j > k and all(e.kind != "person" for e in m.values):
                    break  # "Imran Khan and Russian ...": a country starts a new phrase
                if title_match(self.subs, j) and not self._in_person_span(j):
                    break
                j += 1
            elif (s.key in NAME_PARTICLES and j > k and self._capitalized_after_particles(j + 1)) or (
                s.key == "." and j > k and len(self.subs[j - 1].text) == 1
            ):
                j += 1
            else:
                break
        while j > k and self.subs[j - 1].key in NAME_PARTICLES:
            j -= 1
        return j

    def _capitalized_after_particles(self, j: int) -> bool:
        """Whether a capitalised word follows at j, past a hyphen ("Omar al-Bashir")."""
        if self._key(j) == "-":
            j += 1
        return j < len(self.subs) and self.subs[j].capitalized

    def _mod_country(self, p: Phrase) -> str | None:
        for e in p.mods:
            if e.kind in ("country", "demonym", "metonym", "place"):
                return e.key
            org = self.kb.organizations.get(e.key)
            if org and org.country:
                return org.country
        return None

    def _mod_org(self, p: Phrase):
        for e in p.mods:
            if e.kind == "organization":
                return self.kb.organizations[e.key]
        return None

    # --- persons --------------------------------------------------------------------------------

    def _resolve_person_phrase(self, p: Phrase) -> tuple[list[ActorMention], int] | None:
        country = self._mod_country(p)
        role = p.title.role if p.title else None
        if p.counterpart:
            return self._counterpart(p, country)
        if p.name:
            found = self._named(p, country, role)
            if found or p.title is None:
                return found
            p.j = p.name[0] - (self._key(p.name[0] - 1) == ",")  # "PM Office": the title alone
        assert p.title is not None
        if p.plural_title:
            return None
        if country is None and len(p.title.countries) == 1 and not self._mod_org(p):
            country = next(iter(p.title.countries))
        actor, how = self._office(p, country, role)
        if actor is None:
            # "the former French foreign minister": nobody to name, and not its current holder either
            # (the words after "former" must not be read again as a phrase of their own).
            return ([], p.j) if p.former else None
        return [self._mention(p.i, p.j, (actor,), how)], p.j

    def _named(self, p: Phrase, country: str | None, role: str | None):
        assert p.name is not None
        a, b = p.name
        name_subs = self.subs[a:b]
        keys = {s.key for s in name_subs if s.key[:1].isalpha()}
        name_text = self.text[name_subs[0].start : name_subs[-1].end]
        how = "title" if role else "alias"
        ref = self.state.by_name(keys, country)
        if ref is not None:
            actor = ref.actor
            how = "title coreference" if role else "name coreference"
            person = self.kb.people.get(actor.id or "")
            if person is not None and role and p.title and not p.former:
                self._hint(self._text(p), person, role)
        else:
            person = self._person(p, keys, country, role)
            if person is not None:
                actor = person.actor(self._role(person, role, p.former))
                if role and not p.former:
                    self._hint(name_text if not p.title else self._text(p), person, role)
            elif not p.title and self._key(b) == "," and (appos := self._apposition(b + 1)):
                # "Kofi Annan, UN secretary-general": the appositive office says who this is.
                office, j = appos
                o = office.actors[0]
                actor = Actor(None, name_text, o.country, o.sector, o.role, "person")
                self.state.person(PersonRef(actor, frozenset(keys), home=False))
                named = self._mention(p.i, b, (actor,), "apposition")
                return [named, ActorMention(office.start, office.end, office.text, (actor,), "apposition")], j
            elif (
                p.title
                and (p.name_entries or self._in_person_span(a) or b - a >= 2)
                and not self._in_other_entity(a)
            ):
                # Someone the KB does not know: keep what the title and affiliation say.
                org = self._mod_org(p)
                only = next(iter(p.title.countries)) if len(p.title.countries) == 1 else None
                country = (
                    country or (org.country if org else None) or only or self._common_country(p, keys, role)
                )
                sector = (org.sector if org and not country else None) or p.body_sector or p.title.sector
                actor = Actor(None, name_text, country, sector, None if p.former else role, "person")
                how = "title (not in KB)"
            else:
                return None
        self.state.person(
            PersonRef(actor, frozenset(keys) | _name_keys(actor), home=country is None), bool(p.title)
        )
        return [self._mention(p.i, p.j, (actor,), how)], p.j

    def _apposition(self, k: int) -> tuple[ActorMention, int] | None:
        """An office phrase at k ("the UN secretary-general", "Russia's special envoy")."""
        saved = list(self.state.persons)
        found = self._phrase(k)
        self.state.persons = saved  # the office's holder is not the person being described
        if not found or len(found[0]) != 1:
            return None
        mention = found[0][0]
        if mention.how not in ("office holder", "office (no holder)", "title+organization"):
            return None
        return mention, found[1]

    def _person(self, p: Phrase, keys: set[str], country: str | None, role: str | None) -> Person | None:
        """The KB person a name denotes, or None when unknown or ambiguous (a bare "Khan")."""
        people = self._candidates(p, keys, country, role)
        if people is None or len(people) != 1:
            return None
        person = people[0]
        if len(keys) == 1 and not (role or p.honorific):
            sharing = self.kb.people_named(next(iter(keys)))
            if not person.secondary:  # hand-written people win over generated namesakes
                sharing = {x for x in sharing if not self.kb.people[x].secondary}
            if len(sharing) > 1:
                return None  # a one-word alias several people share
        # A generated (Phoenix) entry named only by common parts ("Abdul Qadir", "Sheikh Mohamud") is
        # some namesake unless the phrase states its country or a title it is known for.
        known_title = role is not None and role in self.kb.roles_of(person.id, None)
        if person.secondary and self._common_name(keys) and person.country != country and not known_title:
            return None
        return person

    @staticmethod
    def _common_name(keys: set[str]) -> bool:
        parts = {k for k in keys if k not in NAME_PARTICLES}
        return bool(parts) and parts <= common_name_parts()

    def _candidates(
        self, p: Phrase, keys: set[str], country: str | None, role: str | None
    ) -> list[Person] | None:
        """The KB people a name may denote, narrowed by country, role and date; None: not a lookup."""
        if p.name_entries:
            ids = {e.key for e in p.name_entries}
        else:
            # Particles vary between spellings ("Omar El Bashir", "Omar al-Bashir").
            significant = {k for k in keys if k not in NAME_PARTICLES}
            sets = [self._named_token(k) for k in significant]
            ids = set.intersection(*sets) if sets else set()
            if not (role or p.honorific or len(significant) >= 2):  # "Abu Khadija" is one name
                return None  # a lone capitalised word is not enough to pick a KB person
        people = [self.kb.people[i] for i in ids]
        if country:  # a stated nationality rules out namesakes elsewhere ("King Hassan of Morocco")
            people = [x for x in people if x.country in (country, None)]
        if len(people) > 1 and role:
            when = None if p.former else self.on
            people = [x for x in people if role in self.kb.roles_of(x.id, when)] or people
        if len(people) > 1 and self.on is not None:
            people = [x for x in people if self.kb.roles_of(x.id, self.on)] or people
        if len(people) > 1:
            people = [x for x in people if not x.secondary] or people
        return people

    def _named_token(self, key: str) -> set[str]:
        """People with this name token; for a long token nobody has, those one typo away from it
        ("Bouteflicka", "Mitterand"): short names are too close to each other to guess."""
        found = self.kb.people_named(key)
        if found or len(key) < FUZZY_MIN:
            return found
        return set().union(*(self.kb.people_named(t) for t in self.kb.near_name_tokens(key)))

    def _common_country(self, p: Phrase, keys: set[str], role: str | None) -> str | None:
        """The country every candidate for an ambiguous name shares ("President Bush": USA)."""
        people = self._candidates(p, keys, None, role) or []
        countries = {x.country for x in people}
        return countries.pop() if len(countries) == 1 else None

    def _role(self, person: Person, title_role: str | None, former: bool) -> str | None:
        """The role held on the article's date; the title's when it agrees (or the date is unknown)."""
        if self.on is None:
            held = self.kb.roles_of(person.id, None)
            return title_role if title_role in held and not former else None
        held = self.kb.roles_of(person.id, self.on)
        if title_role in held:
            return title_role
        if held:
            return held[0]
        # Nothing known for the date (Phoenix stops in 2014; "Hungarian Prime Minister Viktor Orban" in
        # 2021): the title is the evidence, unless the KB has someone else in that office then.
        if title_role and not former and title_role not in SHARED_ROLES:
            others = [h for h in self.kb.holders(person.country, title_role, self.on) if h.id != person.id]
            return None if others else title_role
        return None

    def _hint(self, text: str, person: Person, role: str) -> None:
        tenures = self.kb.tenures(person.id, role)
        if not tenures:
            return
        starts = [t.start for t in tenures]
        ends = [t.end for t in tenures]
        start = None if None in starts else min(s for s in starts if s)
        end = None if None in ends else max(e for e in ends if e)
        basis = f"{person.name} was {role} " + ", ".join(
            f"{t.start or '?'}..{t.end or 'now'}" for t in tenures
        )
        self.hints.append(TenureHint(text, person.id, DateInterval(start, end, "range", 0.8, basis)))

    def _text(self, p: Phrase) -> str:
        return self.text[self.subs[p.i].start : self.subs[p.j - 1].end]

    def _office(self, p: Phrase, country: str | None, role: str) -> tuple[Actor | None, str]:
        """A title without a name: the holder of the office on the date, else a role actor."""
        if p.former:
            return None, ""  # "the former premier": not today's holder, and no name to say who
        org = self._mod_org(p)
        if org is not None and country is None:
            return Actor(
                None, f"{org.name} {role}", org.country, org.sector, role, "role"
            ), "title+organization"
        if country is None:
            if self._key(p.j) in ("of", "for"):
                return None, ""  # "president of the Committee for ...": some other body's office
            # A bare title ("the premier") refers back; with nobody to refer to it stays unresolved
            # rather than guessing a country.
            ref = self.state.by_role(role, prefer_home=True)
            return (ref.actor, "title coreference") if ref is not None else (None, "")
        roles = HEAD_ROLES if role == "leader" and org is None else (role,)
        refs = [r for r in (self.state.by_role(x, country) for x in roles) if r is not None]
        if refs:  # "the U.S. leader" after "President Trump"
            return max(refs, key=self.state.persons.index).actor, "title coreference"
        holders = self.kb.holders(country, role, self.on) if self.on is not None else []
        if len(holders) == 1 and role not in SHARED_ROLES:
            actor = holders[0].actor(role)
            self.state.person(PersonRef(actor, _name_keys(actor), home=not p.mods))
            return actor, "office holder"
        c = self.kb.countries.get(country)
        name = f"{c.name if c else country} {role}"
        sector = p.body_sector or (p.title.sector if p.title else "GOV")
        actor = Actor(None, name, country, sector, role, "role")
        # Kept for "the two foreign ministers" and later bare titles; no name keys, so no name matches it.
        self.state.person(PersonRef(actor, frozenset(), home=not p.mods))
        return actor, "office (no holder)"

    def _counterpart(self, p: Phrase, country: str | None):
        related = next((r for r in reversed(self.state.persons) if r.actor.role), None)
        role = related.actor.role if related else None
        if p.name:
            # "his Russian counterpart Sergey Lavrov": the name decides; the relation gives the role.
            found = self._named(p, country, role)
            if found:
                mentions, j = found
                return [_with_how(m, "counterpart") for m in mentions], j
            return None
        if role is None:
            return None
        if country is None:
            other = next(
                (r for r in reversed(self.state.persons)
                 if r.actor.role == role and r.actor.country != related.actor.country),
                None,
            )  # fmt: skip
            if other is None:
                return None
            return [self._mention(p.i, p.j, (other.actor,), "counterpart")], p.j
        holders = self.kb.holders(country, role, self.on) if self.on is not None else []
        ref = self.state.by_role(role, country)
        if ref is not None:
            actor = ref.actor
        elif len(holders) == 1:
            actor = holders[0].actor(role)
            self.state.person(PersonRef(actor, _name_keys(actor), home=False))
        else:
            c = self.kb.countries.get(country)
            actor = Actor(
                None, f"{c.name if c else country} {role}", country, related.actor.sector, role, "role"
            )
        return [self._mention(p.i, p.j, (actor,), "counterpart")], p.j

    # --- countries, organizations, groups -------------------------------------------------------

    def _resolve_affiliation(self, p: Phrase, i: int) -> tuple[list[ActorMention], int] | None:
        """Affiliations without title or name: "Pakistan", "Russian officials", "UN", "Pakistan's FO"."""
        first = p.mods[0]
        # Conjoined modifiers share the head: "Hungarian and Romanian officials".
        group = [(p.mod_start, p.j, first)]
        k = p.j
        while self._key(k) in ("and", ",") and first.kind == "demonym":
            m = kb_match(self.kb, self.subs, k + 1)
            if not m or m.values[0].kind != "demonym":
                break
            group.append((k + 1, m.j, m.values[0]))
            k = m.j
        if first.kind == "place":
            return self._place(p, first)
        sector, end, how = self._head_sector(k)
        if (
            first.kind == "country"
            and sector is None
            and len(p.mods) == 1
            and self._in_place_object(p.mod_start)
        ):
            # "the ceremony in Beijing", "an attack in Pakistan": where, not who (the event coder keeps it
            # as a location); "talks with Pakistan", "aid from China" stay actors.
            country = self.kb.countries[first.key]
            actor = Actor(country.iso3, country.name, country.iso3, None, None, "country")
            return [self._mention(p.mod_start, p.j, (actor,), "place")], p.j
        if first.kind == "organization":
            org = self.kb.organizations[first.key]
            start = i if p.mod_start <= i + 1 else p.mod_start  # "the UN", not "an in-person Quad"
            return [self._mention(start, p.j, (org.actor(),), "alias")], p.j
        if first.kind == "demonym" and sector is None:
            # "an Indian proposal", "French mediation": the country is the one acting; the noun is
            # not an agent, so the mention is the demonym alone.
            how = "demonym" if self._demonym_as_noun(group[0][0], group[0][1]) else "demonym (modifier)"
            if how == "demonym":
                sector = "CVL"  # "Palestinians protested": the people, as CAMEO codes them (CVL)
            end = None
        mentions = []
        for n, (a, b, entry) in enumerate(group):
            country = self.kb.countries[entry.key]
            span_end = end if (n == len(group) - 1 and end) else b
            if len(group) == 1 and not end:
                span_end = p.j
            if how == "demonym (modifier)":
                span_end = b
            actor = country.actor(sector)
            mentions.append(self._mention(a, span_end, (actor,), how or _kind_how(entry)))
            self._salient(a, entry.key)
        return mentions, max(end or 0, k, p.j)

    def _place(self, p: Phrase, entry: AliasEntry) -> tuple[list[ActorMention], int] | None:
        """A city, province or region: the country it is in. Bare ("in Samarra") it is a place, which
        the event coder may take as a location; with an agent noun ("Darfur rebels") a group."""
        country = self.kb.countries[entry.key]
        sector, end, _how = self._head_sector(p.j, max_skip=1)
        if sector is not None and end is not None:
            return [self._mention(p.mod_start, end, (country.actor(sector),), "place+agent")], end
        nxt = self.subs[p.j] if p.j < len(self.subs) else None
        if nxt and nxt.capitalized and nxt.key.isalpha() and nxt.key not in WEEKDAYS:
            return None  # part of a longer name: "Baghdad University", "Darfur Peace Agreement"
        actor = Actor(country.iso3, country.name, country.iso3, None, None, "country")
        return [self._mention(p.mod_start, p.j, (actor,), "place")], p.j

    def _head_sector(self, k: int, max_skip: int = 3) -> tuple[str | None, int | None, str]:
        """An agent noun right after the modifiers ("officials", "security forces", "Foreign Office")."""
        for skip in range(max_skip):
            if k + skip >= len(self.subs):
                break
            key = tuple(s.key for s in self.subs[k + skip : k + skip + 4])
            for fo in FOREIGN_OFFICE:
                if key[: len(fo)] == fo and (fo != ("fo",) or self.subs[k + skip].text == "FO"):
                    return "GOV", k + skip + len(fo), "foreign office"
            m = agent_match(self.subs, k + skip)
            if m is not None:
                return m.values[0], m.j, ""
            s = self.subs[k + skip]
            if not (s.key.isalpha() and s.text.islower()) and s.key != "-":
                break
            if s.key not in ("-", "and") and self._pos(k + skip) not in ("ADJ", "NOUN", "ADV", "PROPN"):
                break  # "Cuba to hold migrants", "China lost world court": not one noun phrase
        return None, None, ""

    def _demonym_as_noun(self, a: int, b: int) -> bool:
        """ "Afghans", "the Palestinians said": a demonym used as a noun names the people."""
        span = self.doc.char_span(self.subs[a].start, self.subs[b - 1].end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound")

    def _resolve_bare(self, i: int) -> tuple[list[ActorMention], int] | None:
        """What the phrase parser left: capitals and seats of government, "the Foreign Office", names."""
        k = i + 1 if self._key(i) == "the" else i
        m = kb_match(self.kb, self.subs, k)
        if m is not None:
            metonyms = [e for e in m.values if e.kind == "metonym"]
            if metonyms:
                nxt = self.subs[m.j] if m.j < len(self.subs) else None
                if nxt and nxt.capitalized and nxt.key.isalpha() and nxt.key not in WEEKDAYS:
                    return None  # part of a longer name: "Moscow Format", "Washington Post"
                skipped = self._not_an_affiliation(m, metonyms[0], self._possessive(m.j))
                if skipped is not None:  # "Jakarta-based", "Beijing-imposed"
                    return skipped
                country = self.kb.countries[metonyms[0].key]
                if self._locative(k):  # "in central Baghdad": the city as a place, not the government
                    actor = Actor(country.iso3, country.name, country.iso3, None, None, "country")
                    return [self._mention(i, m.j, (actor,), "place")], m.j
                self._salient(k, country.iso3)
                return [self._mention(i, m.j, (country.actor(),), "metonymy")], m.j
        _sector, end, how = self._head_sector(k) if self._key(i) == "the" else (None, None, "")
        if how == "foreign office" and end is not None:
            m = self._of_country(end)  # "the Ministry of Foreign Affairs of Pakistan"
            if m is not None and m.values[0].kind == "country":
                country = self.kb.countries[m.values[0].key]
                return [self._mention(i, m.j, (country.actor(),), "foreign office")], m.j
            country = self.kb.countries.get(self.state.home or "")
            if country:
                return [self._mention(i, end, (country.actor(),), "foreign office (home country)")], end
        if self.subs[i].capitalized and self._key(i) not in HONORIFICS and not self._inside_run(i):
            # The longest prefix of a capitalised run that names someone already introduced
            # ("Khan noted", "Qureshi Says" in a title-case headline).
            for run in range(self._name_run(i), i, -1):
                keys = {s.key for s in self.subs[i:run] if s.key[:1].isalpha()}
                ref = self.state.by_name(keys) if keys else None
                if ref is not None:
                    return [self._mention(i, run, (ref.actor,), "name coreference")], run
        return None

    def _inside_run(self, i: int) -> bool:
        """Whether a capitalised word not known to the KB comes right before i, so that i is inside a
        longer name ("Lieutenant General Ahmed Sharif Chaudhry" is not Sharif)."""
        if i < 1:
            return False
        s = self.subs[i - 1]
        return i - 1 > 0 and s.capitalized and s.text.isalpha() and not self.kb.lookup((s.key,))

    def _in_place_object(self, k: int) -> bool:
        """Whether the name at k is itself the object of a place preposition ("in Afghanistan")."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        # "in Malawi and Mozambique", "in Qatar's capital", "in Kabul's western neighbourhood"
        while tok.dep_ in ("conj", "poss", "compound") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE

    def _locative(self, k: int) -> bool:
        """Whether the word at k is the object of a place preposition ("in", "near", "across" ...)."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        head = span.root if span is not None else None
        while head is not None and head.dep_ in ("compound", "amod", "poss") and head.head is not head:
            head = head.head
        return head is not None and head.dep_ == "pobj" and head.head.lower_ in LOCATIVE

    def _agent_in_place(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "rebels in Darfur", "security forces in Guinea", "refugees from Sierra Leone": an agent
        noun without nationality, located in a country or place, is that country's (CAMEO's rule)."""
        k = i + 1 if self._key(i) in DETERMINERS else i
        a = agent_match(self.subs, k)
        # Lower case (a capitalised agent word is part of a name), bar the sentence's first word.
        if a is None or not all(s.text.islower() or s is self.subs[0] for s in self.subs[a.i : a.j]):
            return None
        j = a.j
        if self._key(j) not in ("in", "from", "throughout", "across", "inside"):
            return None
        if k > 0 and self._key(k - 1) in OUTSIDERS:
            return None  # "foreign forces from Afghanistan": outsiders, not Afghanistan's
        j += 2 if self._key(j + 1) == "the" else 1
        m = kb_match(self.kb, self.subs, j)
        entries = [e for e in m.values if e.kind in ("country", "metonym", "place")] if m else []
        if not entries:
            return None
        nxt = self.subs[m.j] if m.j < len(self.subs) else None
        if nxt and nxt.capitalized and nxt.key.isalpha() and nxt.key not in WEEKDAYS:
            return None  # "in Baghdad University": a longer name
        if self._possessive(m.j) > m.j:
            return None  # "the insurgents in Qatar's capital", "opposition from China's U.N. mission"
        country = self.kb.countries[entries[0].key]
        return [self._mention(k, m.j, (country.actor(a.values[0]),), "agent+place")], m.j

    def _salient(self, k: int, iso3: str) -> None:
        """Count a country for "the two countries" unless it is a place ("in Afghanistan")."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is not None and head.dep_ == "pobj" and head.head.lower_ in NOT_PARTY:
            return
        self.state.country(iso3)
        self.state.country_votes[iso3] += 1

    def _plural(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "the two leaders", "both sides", "the two foreign ministers" -> the most recent pair."""
        k = i
        if self._key(k) == "the" and self._key(k + 1) == "two":
            k += 2
        elif self._key(k) == "both":
            k += 2 if self._key(k + 1) == "the" else 1
        else:
            return None
        t = title_match(self.subs, k)
        state = self.state
        if t is not None:
            (m, _plural) = t
            role = m.values[0].role
            refs = [r for r in reversed(state.persons) if r.actor.role == role]
            pair = (
                _two_distinct([r.actor for r in refs])
                or (self._office_pair(role) if role != "leader" else None)
                or _two_distinct([r.actor for r in reversed(state.persons)])
            )
            end = m.j
        elif self._key(k) in PERSON_GROUPS:
            pair = _two_distinct([r.actor for r in reversed(state.persons)])
            end = k + 1
        elif self._key(k) in COUNTRY_GROUPS:
            # The two parties of the latest sentence that named two (this one so far first): "Pakistan
            # and India agreed ... both sides", not whatever two countries were named last.
            isos = self._pair() or state.last_pair
            if isos is None:
                isos = tuple(c for c in reversed(state.countries) if c in self.kb.countries)[:2][::-1]
            countries = [self.kb.countries[c] for c in isos if c in self.kb.countries]
            pair = tuple(c.actor() for c in countries) if len(countries) == 2 else None
            end = k + 1
        else:
            return None
        if not pair:
            return None
        return [self._mention(i, end, pair, "plural")], end

    def _office_pair(self, role: str) -> tuple[Actor, Actor] | None:
        """ "The two foreign ministers" when fewer than two were named: that office of each of the two
        parties of the latest sentence that named two countries (introduced, KB holder, or the role)."""
        isos = self._pair() or self.state.last_pair
        if isos is None:
            return None
        actors = []
        for iso3 in isos:
            ref = self.state.by_role(role, iso3)
            holders = self.kb.holders(iso3, role, self.on) if self.on is not None else []
            if ref is not None:
                actors.append(ref.actor)
            elif len(holders) == 1 and role not in SHARED_ROLES:
                actors.append(holders[0].actor(role))
            else:
                c = self.kb.countries.get(iso3)
                actors.append(Actor(None, f"{c.name if c else iso3} {role}", iso3, "GOV", role, "role"))
        return (actors[0], actors[1]) if len(actors) == 2 and actors[0] != actors[1] else None


def _two_distinct(actors: list[Actor]) -> tuple[Actor, Actor] | None:
    out: list[Actor] = []
    for a in actors:
        if all(a != b for b in out):
            out.append(a)
        if len(out) == 2:
            return out[1], out[0]  # in order of introduction
    return None


def _name_keys(actor: Actor) -> frozenset[str]:
    return frozenset(w.lower() for w in actor.name.replace("-", " ").split() if w[:1].isalpha())


def _kind_how(entry: AliasEntry) -> str:
    return {"country": "country", "demonym": "demonym", "metonym": "metonymy"}.get(entry.kind, "alias")


def _with_how(m: ActorMention, how: str) -> ActorMention:
    return ActorMention(m.start, m.end, m.text, m.actors, how)
