"""Mention resolution: one left-to-right pass over each sentence that reads noun phrases of the shape

    [det] [former/new ...] [country | demonym | Country's | organization]* [title | counterpart] [name]

plus plural groups ("the two leaders") and the KB aliases left over (countries, capitals, bodies).
A document state carries what earlier sentences introduced, so that surnames, first names and bare
titles ("the premier") refer back without pronoun resolution, and plural groups take the most recent
pair. Roles are those held on the article's date (`on`); `on=None` means the date is unknown.

This module holds the driver and the noun-phrase grammar; what a parsed phrase resolves to is decided
by the rule sets it combines: persons.py (titles, names, counterparts), countries.py (countries,
demonyms, bodies, capitals, places), groups.py (plural groups) and unnamed.py (agent nouns nothing
else names: "gunmen", "the authorities"), over sentence.py (the sentence
view) and document.py (the document state).

Why hand-written rules rather than a trained entity linker: the office held on a given day is a
date-indexed lookup no off-the-shelf linker does, and the rules stay explainable (`ActorMention.how`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.context import domain_country, header_countries
from dateline.actors.countries import CountryPhrases, place_ethnic, shared_heads, shared_short_names
from dateline.actors.descriptions import CountryDescriptions
from dateline.actors.document import DocState
from dateline.actors.groups import PluralGroups
from dateline.actors.kb import KnowledgeBase
from dateline.actors.lexicon import ENVOY_ROLES, title_for
from dateline.actors.matching import Match, may_start
from dateline.actors.officers import international_officers
from dateline.actors.persons import PersonPhrases
from dateline.actors.prepared import PreparedSentence, prepared
from dateline.actors.pronouns import NEUTER, PLURAL, SINGULAR, Pronouns
from dateline.actors.sentence import ADJECTIVES, DETERMINERS, FORMER, HONORIFICS, INCOMING, RANKS, On, Phrase
from dateline.actors.unnamed import UnnamedPhrases, place_unhomed, place_unnamed
from dateline.records import ActorMention, TenureHint

__all__ = ["On", "Resolver"]

COUNTERPART = {("counterpart",), ("colleague",), ("opposite", "number"), ("counterparts",)}
COUNTERPART_FIRST = {c[0] for c in COUNTERPART}  # a cheap test before the phrase comparison
# Lower-case keys at which some rule of `_SentenceRun.parse` starts whatever the KB and lexicons hold.
STARTERS = DETERMINERS | FORMER | ADJECTIVES | HONORIFICS | COUNTERPART_FIRST | SINGULAR | PLURAL | NEUTER
STARTERS |= {"(", "all"}  # "all parties to the conflict" (groups.py)


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # --- public ---------------------------------------------------------------------------------

    def run(self, doc: Doc, on: On) -> tuple[list[ActorMention], list[TenureHint]]:
        prep = prepared(doc, self.kb)
        state = DocState(text=prep.text, header=header_countries(doc, self.kb), domain=domain_country(doc))
        mentions: list[ActorMention] = []
        hints: list[TenureHint] = []
        for number, sentence in enumerate(prep.sentences):
            state.sentence_no = number
            run = _SentenceRun(self.kb, doc, sentence, state, on)
            mentions.extend(run.parse(*_skippable(sentence, run)))
            hints.extend(run.hints)
        mentions = shared_short_names(mentions, self.kb.countries)
        homed = place_unhomed(mentions, state, self.kb.countries)
        placed = place_unnamed(homed, self.kb.countries, state.header)
        return international_officers(doc, placed), hints


def _skippable(sentence: PreparedSentence, run: _SentenceRun) -> tuple[list[bool], list[bool]]:
    """Per sub-token, whether `_plural`, `_phrase` and `_pronoun` all return None there: `inert`
    whatever the document state, `unnamed` unless a person introduced so far has the word in a name.

    Both are words that are no starter word, have no hyphen after them (a "high-profile" adjective)
    and start no KB alias, title or agent noun. Inert: in lower case, where `_phrase` reads exactly
    these before it gives up. Unnamed: capitalised ("Monday", "But", an unknown body), also no region's
    adjective, no portfolio minister, outside spaCy's PERSON names and no known surname; `_phrase`
    then only tries the word as a name introduced before (`_resolve_bare`). Skipping such positions
    changes nothing; they are most of a sentence. Kept on the sentence for the document's second pass
    (the rules read here are functions of the sentence alone)."""
    if sentence.inert is None or sentence.unnamed is None:
        keys, subs = sentence.keys, sentence.subs
        last = len(keys) - 1
        inert, unnamed = [], []
        for i, key in enumerate(keys):
            plain = (
                key not in STARTERS
                and (i == last or keys[i + 1] != "-")
                and (
                    not may_start(sentence.kb, key)
                    or (
                        sentence.kb_match(i) is None
                        and sentence.title_match(i) is None
                        and sentence.agent_match(i) is None
                    )
                )
            )
            capitalized = subs[i].capitalized
            inert.append(plain and not capitalized)
            unnamed.append(
                plain
                and capitalized
                and key[:1].isalpha()
                and run._regional_demonym(i) is None
                and run._portfolio_minister(i) is None
                and not run._in_person_span(i)
                and not run._surname_holders(i)
                and not run._acronym_body(i)
            )
        sentence.inert, sentence.unnamed = inert, unnamed
    return sentence.inert, sentence.unnamed


class _SentenceRun(
    PersonPhrases, CountryPhrases, CountryDescriptions, PluralGroups, Pronouns, UnnamedPhrases
):
    """One sentence's pass: the rule sets combined, driven by the noun-phrase grammar below."""

    def parse(self, inert: list[bool], unnamed: list[bool]) -> list[ActorMention]:
        out: list[ActorMention] = []
        self.found = out
        i = 0
        while i < len(self.subs):
            if inert[i] or (unnamed[i] and not self.state.named(self.keys[i])):
                i += 1  # most positions: nothing below would start there (see `_skippable`)
                continue
            if self._key(i) == "(" and (close := self._division(i)):
                i = close
                continue
            found = self._description(i) or self._plural(i) or self._phrase(i) or self._pronoun(i)
            if found is None:
                i += 1
                continue
            mentions, i = found
            mentions += self.cataphoric(mentions)
            out.extend(mentions)
            for m in mentions:
                self._party(m)
                self._note_ministry(m)
                for a in m.actors:
                    if a.country:
                        self.state.mentioned_country(a.country)
        out.sort(key=lambda m: m.start)  # a counterpart resolved after its subject (`cataphoric`)
        out[:] = self._coordinated_offices(shared_heads(place_ethnic(out, 0), self.text, self.kb))
        pair = self._pair()
        if pair is not None:
            self.state.last_pair = pair
        groups = self._groups(parties=False)
        self.state.country_groups += [(g, self.state.sentence_no) for _, g in groups if len(g) > 2]
        domestic = self._domestic_pair()
        if domestic is not None:
            self.state.domestic_pair = domestic
        self._note_sentence(out)
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

    def _phrase(self, i: int) -> tuple[list[ActorMention], int] | None:
        p = Phrase(i, i)
        k = i
        if self._key(k) in DETERMINERS:
            k += 1
        k = self._skip_adjectives(p, k)
        # Affiliations: "Russian", "Pakistan's", "U.N.", "Arab League"; several may chain.
        mods_end = k
        while len(p.mods) < 3:
            m = self._kb_match(k) or (None if p.mods else self._regional_demonym(k))
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
        t = self._title_match(k) or self._portfolio_minister(k, lowercase=bool(p.mods))
        if t is None and p.mods and not p.former:
            # "Pakistani army spokesperson", "Chinese Foreign Ministry spokesperson Mao Ning": a body
            # between the country and the title.
            sector, end, _how = self._head_sector(k)
            t = self._title_match(end) if end is not None else None
            if t is not None:
                p.body_sector = sector
        if t is not None:
            (tm, p.plural_title) = t
            p.title_candidates = tm.values
            k = tm.j
            # "President of Armenia", "Minister of Foreign Affairs of Pakistan", "spokesman for the AU"
            m = self._of_country(k, serving=True)
            if m is not None:
                p.mods.append(m.values[0])
                k = m.j
            elif p.mods and (host := self._accredited(k, tm.values)) is not None:
                p.host = (k, host)
                k = host.j
        elif self._key(k) in COUNTERPART_FIRST and any(
            tuple(self.keys[k : k + len(c)]) == c for c in COUNTERPART
        ):
            p.counterpart = True
            k += 2 if self._key(k) == "opposite" else 1
        if p.title_candidates:
            p.title = title_for(list(p.title_candidates), self._mod_country(p))
        # A name: a KB person, an honorific and a capitalised run, or a run after a title.
        ranked = p.title is not None and self._key(k) in RANKS  # "military leader General X"
        if (self._key(k) in HONORIFICS or ranked) and k + 1 < len(self.subs):
            p.honorific = True
            skipped = HONORIFICS | RANKS if ranked else HONORIFICS
            while self._key(k) in skipped and k + 1 < len(self.subs):  # "Datuk Seri", "Dato' Seri"
                k += 2 if self._key(k + 1) in (".", "'", "\u2019") else 1
        elif p.title and not p.plural_title and self._key(k) == "," and self._in_person_span(k + 1):
            # "Malaysia's former prime minister, Najib Razak": the name in apposition to the title.
            run = self._name_run(k + 1)
            if run > k + 2:
                k += 1
        m = self._kb_match(k)
        people = [e for e in m.values if e.kind == "person"] if m else []
        titled = bool(p.title or p.counterpart or p.honorific)
        if m and people:
            run = self._name_run(k)
            if run > m.j and (titled or self._in_person_span(run - 1)):
                p.name = (k, run)  # "Hassan Sheikh Mohamud": the whole name, not an alias it starts with
            else:
                p.name, p.name_entries = (k, m.j), people
            k = p.name[1]
        elif titled or (k == i and (self._in_person_span(k) or self._known_surname(k) is not None)):
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
            found = self._resolve_person_phrase(p)
            if found is not None and p.host is not None:
                found = (self._around_host(p, found[0]), found[1])
            if found is not None or p.title or p.counterpart or p.mods:
                return found
            # A capitalised run the parser calls a person but nobody knows may be a seat of government
            # ("Foggy Bottom said", "Zhongnanhai warned"): read on as the bare phrase it is.
            return self._resolve_bare(i)
        if p.mods:
            p.j = mods_end  # "Indonesia's so-called ...": the adjectives after it are not the country
            return self._resolve_affiliation(p, i)
        return self._agent_in_place(i) or self._resolve_bare(i) or self._unnamed(i)

    def _accredited(self, k: int, titles: tuple) -> Match | None:
        """The host in "to (the) <country or capital>" at k after an envoy's title whose sending country
        the phrase stated ("Dutch Ambassador to Kenya [Name]", "Lithuanian envoy to Oslo"): the name after
        it is the envoy's, not a phrase of its own."""
        if self._key(k) != "to" or not any(t.role in ENVOY_ROLES for t in titles):
            return None
        start = k + 2 if self._key(k + 1) == "the" else k + 1
        m = self._kb_match(start)
        if m is None or self._possessive(m.j) > m.j:
            return None
        host = next((e for e in m.values if e.kind in ("country", "metonym")), None)
        return Match(start, m.j, (host,)) if host is not None else None

    def _around_host(self, p: Phrase, mentions: list[ActorMention]) -> list[ActorMention]:
        """The envoy's phrase in parts around the host country, which stays an actor of its own (the
        host is often the other party: "X summoned the Chinese ambassador to the Philippines")."""
        assert p.host is not None
        to, host = p.host
        country = self.kb.countries.get(host.values[0].key)
        if country is None:
            return mentions
        out = []
        for m in mentions:
            if not (m.start <= self.subs[to].start < m.end):
                out.append(m)
                continue
            out.append(self._mention(p.i, to, m.actors, m.how))
            how = "metonymy" if host.values[0].kind == "metonym" else "country"
            out.append(self._mention(host.i, host.j, (country.actor(),), how))
            name = host.j + (self._key(host.j) == ",")  # "Kenya's envoy to Ethiopia, Wanjiru Kamau,"
            if p.j > name:
                out.append(self._mention(name, p.j, m.actors, m.how))
        return out

    def _skip_adjectives(self, p: Phrase, k: int) -> int:
        """Past "former", "new", "acting" ... and hyphenated lower-case adjectives ("high-profile")."""
        while True:
            key = self._key(k)
            if key in ADJECTIVES and self._starts_name(k):
                return k  # "New Zealand", "New Caledonia": the word opens a name, it does not describe one
            if key in FORMER or key in ADJECTIVES:
                p.former |= key in FORMER
                p.incoming |= key in INCOMING
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

    def _starts_name(self, k: int) -> bool:
        """Whether the capitalised word at k is the first word of a longer KB name ("New Zealand"): then
        it is no adjective to skip, or the rest ("Zealand", a place of its own in the Phoenix list) would
        be read alone."""
        m = self._kb_match(k) if self.subs[k].capitalized else None
        return m is not None and m.j > k + 1

    def _portfolio_minister(self, k: int, lowercase: bool = False) -> tuple[Match, bool] | None:
        """ "Labour Minister", "Planning and Investment Minister": a minister whose portfolio the
        title list does not know (capitalised words, "and", "for" before "Minister"). With `lowercase`
        (after a country: "Indonesia's education minister") the portfolio may be in lower case."""
        window = self.keys[k : k + 5]  # the loop below stops at "minister" within five words or fails
        if "minister" not in window and "ministers" not in window:
            return None
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
        if j == k or j >= len(self.subs) or self._kb_match(k) is not None:
            return None
        t = self._title_match(j)
        if t is None or any(v.role != "minister" for v in t[0].values):
            return None
        m, plural = t
        return Match(k, m.j, m.values), plural
