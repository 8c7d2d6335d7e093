"""Countries, demonyms, organizations, capitals and places as actors, or as mere places.

"Pakistan", "Russian officials", "the UN", "Moscow's envoy", "Darfur rebels", "security forces in
Guinea", "the Foreign Office": an affiliation without title or name is the country or body itself (with
the sector of the agent noun after it). A country that is only where something happened ("an attack in
Pakistan", "Germany-based") is emitted as a place for the event coder; one that is part of a longer name
("South China Sea", "Radio France") or qualifies another actor ("Afghanistan's neighbours") is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.actors.kb import AliasEntry, Country, KnowledgeBase, alias_key
from dateline.actors.matching import Match
from dateline.actors.prepared import per_sentence
from dateline.actors.sentence import DETERMINERS, HONORIFICS, WEEKDAYS, Phrase, SentenceView
from dateline.records import Actor, ActorMention

FOREIGN_OFFICE = {("foreign", "office"), ("foreign", "ministry"), ("ministry", "of", "foreign", "affairs"),
                  ("fo",), ("mofa",), ("mfa",), ("foreign", "affairs", "ministry"),
                  # the same office under other governments' names (Philippines, Ireland; India)
                  ("department", "of", "foreign", "affairs"), ("ministry", "of", "external", "affairs"),
                  ("external", "affairs", "ministry")}  # fmt: skip
FOREIGN_OFFICE_FIRST = {fo[0] for fo in FOREIGN_OFFICE}
# Endings that make a region's adjective of its name ("Tigray-an", "Crimea-n", "Darfur-i", "Kashmir-i").
REGIONAL_ENDINGS = ("an", "n", "i", "ian")
ETHNIC = "ethnic"  # "ethnic Albanians": a people by descent, coded where it lives
ETHNIC_HOW = "ethnic group"
# Nouns that make a demonym before them a people by descent ("the Serb minority", "the Albanian population").
POPULATIONS = frozenset({"population", "populations", "minority", "minorities", "community", "communities",
                         "diaspora"})  # fmt: skip
# Prepositions that make the following name a location ("in Baghdad", "near Samarra").
LOCATIVE = {"in", "at", "near", "inside", "across", "throughout", "around", "within", "outside"}
# Nouns of a settlement: a city they name ("the city of Putrajaya", "the capital, Kyiv") is a place, never
# the government that sits there.
SETTLEMENTS = {"city", "capital", "town", "port", "village", "seat"}
# Last words of body names generic enough to end other bodies' names too ("Liberal Democratic Party").
GENERIC_BODY_HEADS = {"party", "council", "congress", "front", "movement", "union", "assembly", "commission",
                      "committee", "court", "league", "alliance", "parliament"}  # fmt: skip
# "U.S.-designated", "Chinese-funded", "Germany-based": the country qualifies the head noun through a
# participle; the head ("terrorist group", "gas pipeline", "think tank") is not that country's.
# "-led" is left out: CAMEO codes "Vietnamese-led forces", "the Saudi-led coalition" as that country's.
PARTICIPLES_IRREGULAR = {"run", "made", "held", "born", "built", "owned", "grown", "brokered"}
# Modifiers that make an agent noun outsiders to the place after it ("foreign forces from Afghanistan").
OUTSIDERS = {"foreign", "international", "coalition", "western", "allied", "multinational", "overseas"}
# Lower-case nouns of an organisation's units that a region's name can head ("the Iran desk").
UNITS = {"division", "desk", "department", "bureau", "directorate", "section", "unit", "cell"}
# Participles that join a country to a thing registered, owned or run in it ("a British-flagged tanker",
# "an Iranian-owned ship"): the thing is the country's, as "a British tanker" is.
REGISTRY_PARTICIPLES = frozenset({"flagged", "registered", "owned", "operated"})
UNIT_REACH = 6  # subtokens between the country and its unit noun ("and West Asia", "-Pacific")
# Nouns that, after "X's", denote other actors related to X ("Afghanistan's neighbours", "Iran's rivals").
RELATIONAL = {"neighbours", "neighbors", "neighbour", "neighbor", "rivals", "rival", "enemies", "enemy",
              "foes", "critics", "opponents", "allies", "ally", "partners", "adversaries",
              "detractors"}  # fmt: skip
# "Afghanistan's neighbouring countries": the adjective of the same relation before a noun for states;
# the phrase names those other states, not Afghanistan ("the envoys of Iran's neighbouring states" had
# been Iran's).
RELATIONAL_ADJECTIVES = {"neighbouring", "neighboring", "allied", "rival", "partner"}
STATE_NOUNS = {"countries", "country", "states", "state", "nations", "nation", "governments"}
# The relations of one state to others that a country's name or adjective may modify without "'s" ("a US
# ally", "Russian neighbours"); not "critics" or "opponents", who are often the country's own people.
STATE_RELATIONS = {"ally", "allies", "neighbours", "neighbors", "neighbour", "neighbor", "rivals", "rival",
                   "adversary", "adversaries", "enemy", "enemies", "foe", "foes"}  # fmt: skip


class CountryPhrases(SentenceView):
    """The rules for affiliations without title or name, and for what the phrase parser left."""

    def _not_an_affiliation(
        self, m: Match, entry: AliasEntry, after: int
    ) -> tuple[list[ActorMention], int] | None:
        """The phrase's first country or body, when it does not say who the phrase is: part of a longer
        name ("Radio France International", "the South China Sea"), the object of "anti-"/"pro-", a
        participle compound ("U.S.-designated", "Chinese-funded", "Germany-based") or the possessor of
        a relational noun ("Afghanistan's neighbours", "Iran's neighbouring states"). Returns what to
        emit instead and where to go on."""
        body = entry.kind == "organization"
        # A body's full name is evidence enough ("the Islamist Hayat Tahrir al-Sham"); only a generic
        # one ("Democratic Party" in "Liberal Democratic Party") may be part of another's name.
        if (not body or self.subs[m.j - 1].key in GENERIC_BODY_HEADS) and self._inside_name(m.i, m.j):
            return [], m.j
        if self._opposed(m.i):
            return [], m.j
        if self._key(m.j) == "-" and m.j + 1 < len(self.subs) and not body:
            word = self.subs[m.j + 1].text
            participle = (word.endswith("ed") and word != "led") or word in PARTICIPLES_IRREGULAR
            if word.isalpha() and word.islower() and participle and word not in REGISTRY_PARTICIPLES:
                if word != "based" or entry.kind not in ("country", "metonym", "place"):
                    return [], m.j + 2
                country = self.kb.countries[entry.key]
                actor = Actor(country.iso3, country.name, country.iso3, None, None, "country")
                return [self._mention(m.i, m.j, (actor,), "place")], m.j + 2  # "Germany-based": where
        if after > m.j and self._key(after) in RELATIONAL:
            return [], after + 1
        if after > m.j and self._key(after) in RELATIONAL_ADJECTIVES and self._key(after + 1) in STATE_NOUNS:
            return [], after + 2  # "Iran's neighbouring states": other states
        if after == m.j and self._key(m.j) in STATE_RELATIONS and not body:
            return [], m.j + 1  # "Israel, a US ally", "both U.S. allies": other states, not the US
        if (unit := self._unit_named_after(m.j)) is not None:
            return [], unit + 1
        return None

    def _unit_named_after(self, j: int) -> int | None:
        """Where a lower-case unit noun ends the name a country or region starts ("the Afghanistan and
        West Asia division", "its Iran desk", "the ministry's Africa bureau"): a ministry's own office
        named for the region it covers, not an actor of that country. A capitalised head ("the US
        State Department") is the country's own body and is left alone."""
        for k in range(j, min(j + UNIT_REACH, len(self.subs))):
            sub = self.subs[k]
            if sub.key in UNITS and not sub.capitalized:
                return k
            if not (sub.key in ("and", "&", "-") or (sub.capitalized and sub.text.isalpha())):
                return None
        return None

    def _resolve_affiliation(self, p: Phrase, i: int) -> tuple[list[ActorMention], int] | None:
        """Affiliations without title or name: "Pakistan", "Russian officials", "UN", "Pakistan's FO"."""
        first = p.mods[0]
        # Conjoined modifiers share the head: "Hungarian and Romanian officials".
        group = [(p.mod_start, p.j, first)]
        k = p.j
        while self._key(k) in ("and", ",") and first.kind == "demonym":
            m = self._kb_match(k + 1)
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
        # "ethnic Albanian unrest" is a thing, read as before; "ethnic Albanians", "ethnic Albanian
        # rebels" are people.
        people = sector is not None or self._demonym_as_noun(group[0][0], group[0][1])
        if first.kind in ("country", "demonym") and people and self._key(p.mod_start - 1) == ETHNIC:
            # "ethnic Albanians in Serbia": a minority, not the state its name recalls (placed below).
            start = p.mod_start - 1
            end_at = max(end or 0, k, p.j)
            name = self.text[self.subs[start].start : self.subs[end_at - 1].end]
            actor = Actor(None, name, None, sector or "CVL", None, "group")
            return [self._mention(start, end_at, (actor,), ETHNIC_HOW)], end_at
        if len(group) == 1 and first.kind in ("country", "demonym") and self._key(k) in POPULATIONS:
            # "the Albanian population", "the Kurdish minority": a people by descent too, placed where
            # the sentence says it lives ("... in Montenegro"), else the country its name recalls.
            country = self.kb.countries[first.key]
            return [self._mention(p.mod_start, k + 1, (country.actor("CVL"),), ETHNIC_HOW)], k + 1
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

    def _note_ministry(self, m: ActorMention) -> None:
        """Remember the ministry a mention names, for a later bare "the ministry"."""
        if m.actors and m.actors[0].kind != "person" and "ministry" in m.text.lower():
            self.state.ministry = m.actors[0]

    def _regional_demonym(self, k: int) -> Match | None:
        """ "Tigrayan forces", "Darfuri rebels", "Crimean officials": the adjective of a region the KB
        knows as a place, before an agent noun, reads as the place itself ("Tigray forces")."""
        s = self.subs[k] if k < len(self.subs) else None
        if s is None or not (s.capitalized and s.key.isalpha()) or not s.key.endswith(REGIONAL_ENDINGS):
            return None
        for ending in REGIONAL_ENDINGS:
            if not s.key.endswith(ending):
                continue
            places = [e for e in self.kb.lookup((s.key[: -len(ending)],)) if e.kind == "place"]
            if places and self._head_sector(k + 1, max_skip=1)[0] is not None:
                return Match(k, k + 1, (places[0],))
        return None

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

    @per_sentence
    def _head_sector(self, k: int, max_skip: int = 3) -> tuple[str | None, int | None, str]:
        """An agent noun right after the modifiers ("officials", "security forces", "Foreign Office")."""
        for skip in range(max_skip):
            if k + skip >= len(self.subs):
                break
            if self.subs[k + skip].key in FOREIGN_OFFICE_FIRST:  # the tuple only where one may start
                key = tuple(s.key for s in self.subs[k + skip : k + skip + 4])
                for fo in FOREIGN_OFFICE:
                    if key[: len(fo)] == fo and (fo != ("fo",) or self.subs[k + skip].text == "FO"):
                        return "GOV", k + skip + len(fo), "foreign office"
            m = self._agent_match(k + skip)
            if m is not None:
                return m.values[0], m.j, ""
            s = self.subs[k + skip]
            if not (s.key.isalpha() and s.text.islower()) and s.key != "-":
                break
            # "a British-flagged tanker", "a Chinese-owned firm": the participle joins the country to the noun
            hyphened = s.key in REGISTRY_PARTICIPLES and skip > 0 and self.subs[k + skip - 1].key == "-"
            phrase_word = s.key in ("-", "and") or self._pos(k + skip) in ("ADJ", "NOUN", "ADV", "PROPN")
            if not (phrase_word or hyphened):
                break  # "Cuba to hold migrants", "China lost world court": not one noun phrase
        return None, None, ""

    @per_sentence
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
        m = self._kb_match(k)
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
            country = self._home_body(i, end)
            if country:
                return [self._mention(i, end, (country.actor(),), "foreign office (home country)")], end
        ministry = self.state.ministry
        bare = self._key(i) == "the" and self._key(k) == "ministry" and self._key(k + 1) not in ("of", "for")
        if ministry is not None and bare:
            # "The Russian Foreign Ministry summoned ... The ministry said": the ministry named last.
            return [self._mention(i, k + 1, (ministry,), "body coreference")], k + 1
        if bare and (country := self._home_body(i, k + 1)):
            # No ministry named before in a form read as one ("A Foreign Ministry statement said ... The
            # ministry urged Nairobi"): a ministry speaks for its own state, so it is the document's home
            # country as "the foreign ministry" is, never the side its act names; the scene of the story
            # (`place_unnamed`) is as often the other side.
            return [self._mention(i, k + 1, (country.actor(),), "ministry (home country)")], k + 1
        if self.subs[i].capitalized and self._key(i) not in HONORIFICS and not self._inside_run(i):
            # The longest prefix of a capitalised run that names someone already introduced
            # ("Khan noted", "Qureshi Says" in a title-case headline). Grown from the shortest: once a
            # prefix's words are nobody's, no longer one names anyone (`by_name` asks for a subset), so
            # a long run costs one pass, not one set per prefix (cubic on a 20,000-character token).
            keys: set[str] = set()
            found = None
            for run in range(i + 1, self._name_run(i) + 1):
                key = self.subs[run - 1].key
                if key[:1].isalpha():
                    keys.add(key)
                if not keys:
                    continue
                ref = self.state.by_name(keys)
                if ref is None:
                    break
                found = (ref, run)
            if found is not None:
                ref, run = found
                return [self._mention(i, run, (ref.actor,), "name coreference")], run
        return None

    def _home_body(self, i: int, end: int) -> Country | None:
        """The country of a body of state at sub-tokens i..end the text gives none: the document's home,
        unless its own act names that country as the other side (`DocState.home_unless`)."""
        return self.kb.countries.get(self.state.home_unless(self._acted_on(i, end)) or "")

    @per_sentence
    def _in_place_object(self, k: int) -> bool:
        """Whether the name at k is itself the object of a place preposition ("in Afghanistan")."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        # "in Malawi and Mozambique", "in Qatar's capital", "in Kabul's western neighbourhood", and the
        # country after a city: "in Bali, Indonesia"
        while tok.dep_ in ("conj", "poss", "compound", "appos") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE

    @per_sentence
    def _locative(self, k: int) -> bool:
        """Whether the word at k is the object of a place preposition ("in", "near", "across" ...)."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        head = span.root if span is not None else None
        while head is not None and head.dep_ in ("compound", "amod", "poss") and head.head.i != head.i:
            head = head.head
        if head is None:
            return False
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in SETTLEMENTS:
            return True  # "the Malaysian city of Putrajaya"
        if head.dep_ == "appos" and head.head.lemma_.lower() in SETTLEMENTS:
            return True  # "the Ukrainian capital, Kyiv"
        return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE

    def _agent_in_place(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "rebels in Darfur", "security forces in Guinea", "refugees from Sierra Leone": an agent
        noun without nationality, located in a country or place, is that country's (CAMEO's rule)."""
        k = i + 1 if self._key(i) in DETERMINERS else i
        a = self._agent_match(k)
        # Lower case (a capitalised agent word is part of a name), bar the sentence's first word.
        if a is None or not all(s.text.islower() or s is self.subs[0] for s in self.subs[a.i : a.j]):
            return None
        j = a.j
        if self._key(j) not in ("in", "from", "throughout", "across", "inside"):
            return None
        if k > 0 and self._key(k - 1) in OUTSIDERS:
            return None  # "foreign forces from Afghanistan": outsiders, not Afghanistan's
        if k > 1 and self._key(k - 1) == "led" and self._key(k - 2) == "-":
            # "the US-led forces from Afghanistan": the agent has the leader's nationality already
            # (CAMEO codes "-led" as that country's), so the place is where they are, not who they are.
            return None
        j += 2 if self._key(j + 1) == "the" else 1
        m = self._kb_match(j)
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


def place_ethnic(mentions: list[ActorMention], start: int) -> list[ActorMention]:
    """An ethnic group ("ethnic Albanians", "ethnic Russians in eastern Ukraine") is coded, as CAMEO
    codes it, to the country it lives in: the one country the sentence's place phrases name (from
    mention `start` on); with none, or several, it keeps no country."""
    ethnic = [m for m in mentions[start:] if m.how == ETHNIC_HOW]
    if not ethnic:
        return mentions
    places = {a.country for m in mentions[start:] if m.how == "place" for a in m.actors if a.country}
    if len(places) != 1:
        return mentions
    country = places.pop()
    placed = {
        id(m): replace(
            m,
            actors=(replace(m.actors[0], id=f"{country}:{m.actors[0].sector}", country=country),),
            how=f"{ETHNIC_HOW} (placed)",
        )
        for m in ethnic
    }
    return [placed.get(id(m), m) for m in mentions]


# "North and South Korea", "East and West Germany": a bare capitalised word joined to a two-word country
# name just before it (bounded: one word, "and", spaces).
SHARED_HEAD_BEFORE = re.compile(r"\b([A-Z][a-z]{1,15}) (?:and|&) $")


def shared_heads(mentions: list[ActorMention], text: str, kb: KnowledgeBase) -> list[ActorMention]:
    """A word joined by "and" to a country's name that shares the name's last words is a country of its
    own when the KB knows it so ("the leaders of North and South Korea": North Korea too, as "North
    Korea and South Korea" would give); before, the bare word was no mention and the pair read as one
    country. The KB lookup is the guard: "Japan and South Korea" makes no "Japan Korea"."""
    added: list[ActorMention] = []
    for m in mentions:
        words = m.text.split()
        if len(words) < 2 or len(m.actors) != 1 or m.actors[0].kind != "country":
            continue
        before = SHARED_HEAD_BEFORE.search(text, max(0, m.start - 24), m.start)
        if before is None:
            continue
        key = alias_key(" ".join([before.group(1), *words[1:]]))
        other = [e.key for e in kb.lookup(key) if e.kind == "country" and e.key != m.actors[0].country]
        if len(other) != 1 or other[0] not in kb.countries:
            continue
        actor = kb.countries[other[0]].actor(m.actors[0].sector)
        added.append(ActorMention(before.start(1), before.end(1), before.group(1), (actor,), m.how))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _kind_how(entry: AliasEntry) -> str:
    return {"country": "country", "demonym": "demonym", "metonym": "metonymy"}.get(entry.kind, "alias")


# Short names two countries share: the country the knowledge base gives the name to, and the one news
# about the other often means by it. AP and Reuters write "Congo" for the Democratic Republic of the
# Congo; the KB (like the PLOVER gold: "ties with Congo and Costa Rica") gives it to the Republic of the
# Congo. Words that make a mention of the KB's country explicit ("Republic of Congo", "Brazzaville").
SHARED_SHORT_NAMES = {"Congo": ("COG", "COD", ("Republic", "Brazzaville"))}


def shared_short_names(mentions: list[ActorMention], kb_countries: dict[str, Country]) -> list[ActorMention]:
    """A short name two countries share is the other country in a document that names that one (by a
    name of its own: "DRC", "Kinshasa", "Congolese") and never the KB's by an explicit form: "the Congo
    government" in a story of the DRC and Rwanda is the DRC's. Run before the scene places unnamed
    actors (a bare "eastern Congo" then places them in the DRC too)."""
    out = mentions
    for name, (default, other, explicit) in SHARED_SHORT_NAMES.items():
        if other not in kb_countries:
            continue

        def bare(m: ActorMention) -> bool:
            return name in m.text and not any(w in m.text for w in explicit)  # noqa: B023

        countries = [(m, {a.country for a in m.actors}) for m in out]
        if not any(other in cs for _, cs in countries) or any(
            default in cs and not bare(m) for m, cs in countries
        ):
            continue
        swap = kb_countries[other]
        out = [
            replace(m, actors=tuple(_swapped(a, default, swap) for a in m.actors)) if bare(m) else m
            for m in out
        ]
    return out


def _swapped(actor: Actor, default: str, other: Country) -> Actor:
    # a person the KB knows keeps the country of the office it gives ("Congo's President Sassou Nguesso")
    if actor.country != default or actor.kind == "person":
        return actor
    name = other.name if actor.kind == "country" else actor.name
    actor_id = actor.id.replace(default, other.iso3) if actor.id else actor.id
    return replace(actor, id=actor_id, name=name, country=other.iso3)
