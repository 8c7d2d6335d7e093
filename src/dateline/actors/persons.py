"""Persons: names and titles resolved to KB people, office holders on the article's date, counterparts.

"Foreign Minister X", "the premier", "his Russian counterpart", "President of Armenia": a name is looked
up (narrowed by country, role and date; fuzzy for long tokens nobody has), a title without a name is
the person introduced with it earlier or the office's holder on the date, and a name the KB does not
know keeps what its title and affiliation say. Naming an office holder emits a `TenureHint`, evidence
for the article's date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.actors.countries import FOREIGN_OFFICE
from dateline.actors.document import PersonRef, name_keys
from dateline.actors.kb import Person, possessive
from dateline.actors.lexicon import common_name_parts, title_for
from dateline.actors.prepared import per_sentence
from dateline.actors.sentence import FORMER, NAME_PARTICLES, Phrase, SentenceView
from dateline.actors.unnamed import PRONOUN
from dateline.nlp.accents import unaccented
from dateline.nlp.sentences import sentence_of
from dateline.records import Actor, ActorMention, DateInterval, TenureHint

if TYPE_CHECKING:
    from spacy.tokens import Token

# Name tokens at least this long may be matched with one typo (edit) when nobody has them.
FUZZY_MIN = 7
# Offices several people hold at once: a bare "the Pakistani envoy" is not the one KB holder.
SHARED_ROLES = {"spokesperson", "ambassador", "special envoy", "minister", "leader",
                "deputy foreign minister"}  # fmt: skip
# "the U.S. leader", "the Egyptian leader": whoever of that country's heads the document introduced.
HEAD_ROLES = ("head of state", "head of government")


# Dependents of an appositive noun that state a nationality: "a Turkish adviser", "Kenya's negotiator".
NATIONALITY_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# "spokesman for", "adviser to", "head of": what an appositive office serves (`_office_served`).
SERVED_PREPOSITIONS = frozenset({"for", "of", "to"})
# Mentions that name where, not whom: "spokesman for the mission in Kenya" is not Kenya's.
SERVED_NOT = frozenset({"place", "metonymy (place)"})


# Appositive heads a nationality adjective does not make a national of: the adjective is the subject
# of the expertise ("a North Korean expert", "a China hand") or the noun is a place ("her Somali hometown").
TOPIC_NOUNS = frozenset({"expert", "analyst", "specialist", "scholar", "researcher", "watcher", "observer",
                         "historian", "correspondent", "hand", "chair", "desk"})  # fmt: skip
PLACE_NOUNS = frozenset({"hometown", "home", "town", "city", "village", "capital", "port", "region",
                         "province", "district", "county", "state", "country", "island", "base"})  # fmt: skip


# Offices named by their kind alone ("the minister"): any office of that kind refers back.
GENERIC_ROLES = frozenset({"minister", "secretary"})


# Entity labels a lone surname may carry: the small parser often reads one as an organisation or a place
# ("Lavrov and Blinken met"), never as a date or a number ("May").
NAME_LABELS = ("", "PERSON", "ORG", "GPE", "NORP")


class PersonPhrases(SentenceView):
    """The rules for phrases with a title, a name or "counterpart"."""

    def _resolve_person_phrase(self, p: Phrase) -> tuple[list[ActorMention], int] | None:
        country = self._mod_country(p) or self._owning_pronoun(p.i)
        role = p.title.role if p.title else None
        if p.counterpart:
            return self._counterpart(p, country)
        if p.name and not p.title and self._key(p.j) in GOVERNMENTS:
            return self._leaders_government(p)
        if p.name:
            found = self._named(p, country, role)
            if found or p.title is None:
                return found
            p.j = p.name[0] - (self._key(p.name[0] - 1) == ",")  # "PM Office": the title alone
        assert p.title is not None
        if p.plural_title:
            # "Qatari envoys", "Chinese diplomats": several office holders of one country act for it.
            # Former ones speak for nobody (the words after "former" are not read again as a phrase).
            if p.former:
                return [], p.j
            # "M23 leaders", "UN envoys": a body's office holders act for the body.
            org = self._mod_org(p)
            nation = self.kb.countries.get(country or "") if p.mods else None
            found = org.actor() if org else nation.actor() if nation else None
            return ([self._mention(p.i, p.j, (found,), "title (plural)")], p.j) if found else None
        if country is None and len(p.title.countries) == 1 and not self._mod_org(p):
            country = next(iter(p.title.countries))
        actor, how = self._office(p, country, role)
        if actor is None:
            # "the former French foreign minister": nobody to name, and not its current holder either
            # (the words after "former" must not be read again as a phrase of their own).
            return ([], p.j) if p.former else None
        return [self._mention(p.i, p.j, (actor,), how)], p.j

    def _owning_pronoun(self, i: int) -> str | None:
        """The country a possessive pronoun right before sub-token i was resolved to: "its foreign
        minister" after "Greece denied ..." is Greece's."""
        last = self.found[-1] if self.found and i > 0 else None
        if last is None or last.how != PRONOUN or last.end != self.subs[i - 1].end or len(last.actors) != 1:
            return None
        owner = last.actors[0]
        return owner.country if owner.kind == "country" and self._key(i - 1) in OWNERS else None

    def _leaders_government(self, p: Phrase) -> tuple[list[ActorMention], int] | None:
        """ "the Biden administration", "the Maduro government", "the Assad regime": a leader's
        government is the country's, whoever the name is among namesakes of one country ("the Bush
        administration")."""
        assert p.name is not None
        found = self._named(p, None, None)
        countries = {a.country for m in found[0] for a in m.actors} if found else set()
        if not countries:
            keys = {s.key for s in self.subs[p.name[0] : p.name[1]] if s.key[:1].isalpha()}
            countries = {self._common_country(p, keys, None)}
        nation = self.kb.countries.get(countries.pop() or "") if len(countries) == 1 else None
        if nation is None:
            return found
        end = p.j + 1
        return [self._mention(p.i, end, (nation.actor(),), "leader's government")], end

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
            if person is not None and role and p.title:
                self._hint(self._text(p), person, role, p)
        else:
            person = self._person(p, keys, country, role)
            if person is not None:
                actor = person.actor(self._role(person, role, p.former), self.on)
                if role and (p.title or not p.former):
                    self._hint(name_text if not p.title else self._text(p), person, role, p)
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
                    country
                    or (org.country if org else None)
                    or only
                    or self._common_country(p, keys, role)
                    or self._listed_with(p.i)
                    or self._ministry_of(p)
                    or self._home_of_titles(p)
                )
                # "Hamas spokesman X", "a spokesman for the TPLF": the body's sector, not the title's.
                sector = p.body_sector or (org.sector if org else None) or p.title.sector
                actor = Actor(None, name_text, country, sector, None if p.former else role, "person")
                how = "title (not in KB)"
            elif not p.title and (nationality := self._appositive_nationality(a, b)) is not None:
                # "Mehmet Kaya, a Turkish presidential adviser": no office, but a nationality.
                actor = Actor(None, name_text, nationality, None, None, "person")
                how = "apposition (nationality)"
            else:
                return None
        self.state.person(
            PersonRef(actor, frozenset(keys) | name_keys(actor), home=country is None), bool(p.title)
        )
        return [self._mention(p.i, p.j, (actor,), how)], p.j

    def _home_of_titles(self, p: Phrase) -> str | None:
        """The country whose officials the document titles without a nationality ("President William
        Ruto ... Interior Minister X"): an outlet writes its own government's titles bare. Only from
        known officials so titled (`DocState.home_votes`), never from countries merely named; failing
        those, the country of the address's domain where the text has named it and the header names
        no other (a ".pl" outlet's "Deputy Foreign Minister X" in a story of Poland and Russia)."""
        if p.mods or p.former:
            return None
        state = self.state
        if state.home_votes:
            return state.home_votes.most_common(1)[0][0]
        if state.header and state.named_domain not in state.header:
            return None
        return state.named_domain

    def _ministry_of(self, p: Phrase) -> str | None:
        """ "The ministry's spokesperson X", "Foreign Ministry spokesman X": an office of a ministry is
        that ministry's country — the one the mention right before it (and its "'s") resolved to, or,
        for a foreign office written before the title without a country, the ministry named last, else
        the document's home country, as for "the foreign ministry" alone."""
        last = self.found[-1] if self.found else None
        between = self.text[last.end : self.subs[p.i].start].strip() if last is not None else None
        if (
            last is not None
            and between in POSSESSIVE_MARKS
            and len(last.actors) == 1
            and "ministry" in last.text.lower()
        ):
            return last.actors[0].country
        before = tuple(s.key for s in self.subs[max(0, p.i - 4) : p.i])
        if not any(before[-len(fo) :] == fo for fo in FOREIGN_OFFICE):
            return None
        ministry = self.state.ministry
        return ministry.country if ministry is not None else self.state.home

    def _listed_with(self, i: int) -> str | None:
        """ "Norwegian Prime Minister A and Finance Minister B", "Chilean ministers: Foreign Minister A,
        Trade Minister B": a titled person listed right after a titled person of a stated country, with only a
        comma or "and" between, sits in the same government (as CAMEO codes such lists)."""
        last = self.found[-1] if self.found else None
        if last is None or len(last.actors) != 1 or not last.actors[0].country:
            return None
        between = self.text[last.end : self.subs[i].start].strip(" ,;")
        if last.how == "title (plural)":  # "Chilean ministers: Foreign Minister A, ..."
            return last.actors[0].country if between == ":" else None
        prev = last.actors[0]
        if prev.kind not in ("person", "role") or not prev.role:
            return None
        return prev.country if between in ("", "and", ", and") else None

    def _apposition(self, k: int) -> tuple[ActorMention, int] | None:
        """An office phrase at k ("the UN secretary-general", "Russia's special envoy")."""
        if k >= len(self.subs):  # a name and its comma closing a line the sentence splitter ended there
            return None
        saved = list(self.state.persons)
        found = self._phrase(k)
        self.state.persons = saved  # the office's holder is not the person being described
        if found and not found[0]:
            return self._former_office(k, found[1])
        if not found or len(found[0]) != 1:
            return None
        mention = found[0][0]
        # "X, the Ethiopian government representative": a country's phrase that goes on to a common
        # noun places the person as an office does ("X, a North Korean expert" is no such phrase).
        agent = mention.how == "country" and mention.text.split()[-1].islower()
        if mention.how not in ("office holder", "office (no holder)", "title+organization") and not agent:
            return None
        return mention, found[1]

    def _appositive_nationality(self, a: int, b: int) -> str | None:
        """The country a common-noun apposition to the name at [a, b) states before its head: "X, a
        Chinese student attending ...", "X, a former Danish diplomat", "X, Kenya's top negotiator"; not
        a country after the head ("X, a critic of the Iranian government")."""
        span = self.doc.char_span(self.subs[a].start, self.subs[b - 1].end, alignment_mode="expand")
        if span is None:
            return None
        for appos in span.root.children:
            if appos.dep_ != "appos" or appos.i < span.end or appos.pos_ != "NOUN":
                continue
            if appos.lemma_.lower() in TOPIC_NOUNS | PLACE_NOUNS:
                continue  # "a North Korean expert", "her Somali hometown": a subject or a place
            head = next((x for x, s in enumerate(self.subs) if s.start == appos.idx), None)
            titled = head is not None and self._title_match(head) is not None
            for mod in appos.lefts:
                if mod.dep_ not in NATIONALITY_DEPS:
                    continue
                k = next((x for x, s in enumerate(self.subs) if s.start == mod.idx), None)
                m = self._kb_match(k) if k is not None else None
                for e in m.values if m else ():
                    # A demonym is a nationality; a country's own name only before an office ("a
                    # U.S. deputy secretary"): "an Iran analyst", "a Vietnam resident" are not Iran's.
                    if e.kind == "demonym" or (e.kind == "country" and titled):
                        return e.key
            if titled and (served := self._office_served(appos)) is not None:
                return served
        return None

    def _office_served(self, office: Token) -> str | None:
        """The country of the body or office an appositive office serves: "X, spokesman for the North
        Kivu governor", "X, a spokeswoman for the Kenyan police", "X, an adviser to the Zemblan
        president" are of that country; an office title is needed ("a critic of the Iranian
        government" is nobody's), and the object must resolve to one country's body, office or
        forces, not to a person, a place alone or an international body."""
        for prep in office.children:
            if prep.dep_ != "prep" or prep.lower_ not in SERVED_PREPOSITIONS:
                continue
            obj = next((t for t in prep.children if t.dep_ == "pobj"), None)
            start = None if obj is None else obj.left_edge.idx
            k = next((x for x, s in enumerate(self.subs) if s.start == start), None)
            if k is None:
                continue
            saved = list(self.state.persons)
            found = self._phrase(k)
            self.state.persons = saved  # the served office's holder is not the person described
            mentions = found[0] if found else []
            if len(mentions) == 1 and len(actors := mentions[0].actors) == 1:
                actor = actors[0]
                if actor.country and actor.kind != "person" and mentions[0].how not in SERVED_NOT:
                    return actor.country
        return None

    def _former_office(self, k: int, j: int) -> tuple[ActorMention, int] | None:
        """ "X, a former Lithuanian prime minister": a former office has no holder to name, but its country
        is the person's (CAMEO codes former officials by their country); no role is held now."""
        if not any(self._key(x) in FORMER for x in range(k, j)):
            return None
        for x in range(k, j):
            m = self._kb_match(x)
            country = next((e.key for e in m.values if e.kind in ("country", "demonym")), None) if m else None
            if country:
                start, end = self.subs[k].start, self.subs[j - 1].end
                actor = Actor(None, self.text[start:end], country, None, None, "role")
                return ActorMention(start, end, self.text[start:end], (actor,), "former office"), j
        return None

    def _person(self, p: Phrase, keys: set[str], country: str | None, role: str | None) -> Person | None:
        """The KB person a name denotes, or None when unknown or ambiguous (a bare "Khan")."""
        people = self._candidates(p, keys, country, role)
        if people is None or len(people) != 1:
            return None
        person = people[0]
        if len(keys) == 1 and not (role or p.honorific) and self._known_surname(p.name[0]) is not person:
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
            # Particles vary between spellings ("Omar El Bashir", "Omar al-Bashir"); initials are
            # written or left out at will ("S Jaishankar", "Subrahmanyam Jaishankar").
            significant = {k for k in keys if k not in NAME_PARTICLES and len(k) > 1}
            sets = [self._named_token(k) for k in significant]
            ids = set.intersection(*sets) if sets else set()
            if not (role or p.honorific or len(significant) >= 2):  # "Abu Khadija" is one name
                # A lone capitalised word is not enough to pick a KB person, unless it is the surname
                # of exactly one hand-written KB person and no other entry ("Lavrov and Blinken met in
                # Vienna" in a story that never gives the full names).
                return self._lone_surname(p, ids)
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

    def _lone_surname(self, p: Phrase, ids: set[str]) -> list[Person] | None:
        assert p.name is not None
        k = p.name[0]
        person = self._known_surname(k) if p.name[1] - k == 1 else None
        if person is not None and _surname(person) != self.subs[k].key and self._inside_run(k):
            return None  # "Roberto Velasco Álvarez": a match through the accents alone ends no longer name
        return [person] if person is not None and person.id in ids else None

    def _known_surname(self, k: int) -> Person | None:
        """The hand-written KB person whose surname the proper noun at k is: the one who has it, or of
        several, the one holding an office on the article's date when exactly one does (two leaders
        called Aoun, one in office then), unless the surname is one too widely shared to pick anyone by
        ("Khan")."""
        holders = self._surname_holders(k)
        # Spelt otherwise than the KB spells it ("Chávez" for a KB "Hugo Chavez"): only someone in office
        # on the date, not a namesake long gone ("Betssy Chávez" in a 2025 story).
        key, on = self.subs[k].key, self.on
        holders = tuple(x for x in holders if _surname(x) == key or (on and self.kb.roles_of(x.id, on)))
        if len(holders) > 1 and self.on is not None and _surname(holders[0]) not in common_name_parts():
            holders = tuple(x for x in holders if self.kb.roles_of(x.id, self.on))
        return holders[0] if len(holders) == 1 else None

    @per_sentence
    def _surname_holders(self, k: int) -> tuple[Person, ...]:
        """The hand-written KB people whose surname the proper noun at k is, when no country,
        organisation or place is called so ("Petro" is Gustavo Petro, not Petro Poroshenko, whose first
        name it is). The parser's entity label is often wrong for a lone surname ("Lavrov and Blinken
        met" reads ORG and GPE); a date ("May") never is one. Date-free (kept for both passes); the
        article's date chooses among them in `_known_surname`."""
        sub = self.subs[k]
        if not sub.capitalized or self.kb.lookup((sub.key,)):
            return ()
        if k > 0 and self._key(k - 1) == "the":
            return ()  # "the West", "the North": a region, never a person's surname
        # Accents are written or dropped at will ("Orban" for Viktor Orbán, whose namesake Ludovic Orban
        # the date rules out): names compare without them.
        plain = unaccented(sub.key)
        ids = self.kb.people_named(sub.key) | self.kb.people_named(plain)
        people = [self.kb.people[i] for i in sorted(ids)]
        holders = tuple(x for x in people if not x.secondary and unaccented(_surname(x)) == plain)
        if not holders:
            return ()
        span = self.doc.char_span(sub.start, sub.end, alignment_mode="expand")
        if span is None or span.root.ent_type_ not in NAME_LABELS:
            return ()
        if span.root.pos_ != "PROPN" and not span.root.ent_type_:  # "Carney met ..." is tagged NOUN, GPE
            return ()
        return holders

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

    def _hint(self, text: str, person: Person, role: str, p: Phrase) -> None:
        """The days the article can be from, as naming this person with this title says: within the
        span of their tenures in the office; with a title put in the past ("former President X", "the
        late Prime Minister Y", "ousted leader Z"), once the first of them had ended (a later second
        term leaves the days between the terms possible too); with one put ahead ("incoming Prime
        Minister X"), before the last of them began."""
        tenures = self.kb.tenures(person.id, role)
        if not tenures:
            return
        starts = [t.start for t in tenures]
        ends = [t.end for t in tenures]
        held = ", ".join(f"{t.start or '?'}..{t.end or 'now'}" for t in tenures)
        if p.former:
            if (left := min((e for e in ends if e), default=None)) is not None:
                basis = f"{person.name} was {role} {held}: named as a former one, so after {left}"
                self.hints.append(TenureHint(text, person.id, DateInterval(left, None, "range", 0.8, basis)))
            return
        if p.incoming:
            if (took := max((s for s in starts if s), default=None)) is not None:
                basis = f"{person.name} was {role} {held}: named as an incoming one, so before {took}"
                self.hints.append(TenureHint(text, person.id, DateInterval(None, took, "range", 0.8, basis)))
            return
        end = None if None in ends else max(e for e in ends if e)
        start = None if None in starts else min(s for s in starts if s)
        basis = f"{person.name} was {role} {held}"
        self.hints.append(TenureHint(text, person.id, DateInterval(start, end, "range", 0.8, basis)))

    def _text(self, p: Phrase) -> str:
        return self.text[self.subs[p.i].start : self.subs[p.j - 1].end]

    def _office(self, p: Phrase, country: str | None, role: str) -> tuple[Actor | None, str]:
        """A title without a name: the holder of the office on the date, else a role actor."""
        if p.former:
            return None, ""  # "the former premier": not today's holder, and no name to say who
        org = self._mod_org(p)
        if org is not None and country is None:
            # "the EU special envoy": named as a country's office is ("ECOWAS's head of state").
            name = f"{possessive(org.name)} {role}"
            return Actor(None, name, org.country, org.sector, role, "role"), "title+organization"
        if country is None:
            if self._key(p.j) in ("of", "for"):
                return None, ""  # "president of the Committee for ...": some other body's office
            # A bare title ("the premier") refers back; with nobody to refer to it stays unresolved
            # rather than guessing a country.
            # Nobody addresses their own country: "The minister thanked Washington" after an Indian and
            # an American minister met is the Indian.
            addressed = self._addressed(p.i)
            topic = self._topic_holding(p, role, addressed)
            if topic is not None:
                return topic, "title coreference"
            ref = self.state.by_role(role, prefer_home=True, unless=addressed) or self._by_kin_role(
                p, role, addressed
            )
            return (ref.actor, "title coreference") if ref is not None else (None, "")
        roles = HEAD_ROLES if role == "leader" and org is None else (role,)
        refs = [r for r in (self.state.by_role(x, country) for x in roles) if r is not None]
        if not refs and role in GENERIC_ROLES:
            # "the Italian minister" after "Italy's Foreign Minister X": an office of that kind there.
            refs = [
                r for r in self.state.persons if r.actor.country == country and _kind_of(r.actor.role, role)
            ]
        if refs:  # "the U.S. leader" after "President Trump"
            return max(refs, key=self.state.persons.index).actor, "title coreference"
        holders = self.kb.holders(country, role, self.on) if self.on is not None else []
        if len(holders) == 1 and role not in SHARED_ROLES:
            actor = holders[0].actor(role, self.on)
            self.state.person(PersonRef(actor, name_keys(actor), home=not p.mods))
            return actor, "office holder"
        sector = p.body_sector or (org.sector if org else None) or (p.title.sector if p.title else "GOV")
        actor = self.kb.office(country, role, sector)
        # Kept for "the two foreign ministers" and later bare titles; no name keys, so no name matches it.
        self.state.person(PersonRef(actor, frozenset(), home=not p.mods))
        return actor, "office (no holder)"

    def _coordinated_offices(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "the Kyrgyz and Tajik presidents", "the foreign ministers of India and China": one plural
        office title over two or more coordinated countries is each country's holder of that office
        (the person the document introduced with it, else the one KB holder on the date); a country
        with nobody to name stays the country. Read over a sentence's mentions once they are all found,
        since the parser splits such a phrase into one mention per country."""
        groups: dict[int, list[tuple[int, str]]] = {}
        for n, m in enumerate(mentions):
            if len(m.actors) != 1 or m.actors[0].kind != "country" or not m.actors[0].country:
                continue
            head = self._office_head(m)
            if head is not None:
                groups.setdefault(head, []).append((n, m.actors[0].country))
        out = list(mentions)
        for head, members in groups.items():
            if len({c for _, c in members}) < 2:
                continue
            candidates = self._plural_title_at(head)
            for n, country in members if candidates else ():
                holder = self._holder(title_for(candidates, country).role, country)
                if holder is not None:
                    m = mentions[n]
                    out[n] = ActorMention(m.start, m.end, m.text, (holder,), "office holder (coordinated)")
            if candidates:
                self._title_holds_all(out, head, [n for n, _ in members])
        return out

    def _title_holds_all(self, out: list[ActorMention], head: int, members: list[int]) -> None:
        """The mention holding the plural title ("the leaders of Armenia", "The national security
        advisors of the U.S.") stands for every office holder its "of" list names: the event coder
        reads the title's phrase, and the later conjuncts ("and Azerbaijan") are only its qualifiers
        (round 31)."""
        at = self.doc[head].idx
        title = next((n for n, m in enumerate(out) if m.start <= at < m.end), None)
        if title is None:
            return
        actors = dict.fromkeys(out[title].actors)
        for n in members:
            actors.update(dict.fromkeys(out[n].actors))
        if len(actors) > len(out[title].actors):
            m = out[title]
            out[title] = ActorMention(m.start, m.end, m.text, tuple(actors), m.how)

    def _office_head(self, m: ActorMention) -> int | None:
        """The plural noun whose countries a country mention lists: "Kyrgyz" (and its conjunct "Tajik")
        modifying "presidents", "India" (and "China") after "the foreign ministers of"."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.tag_ == "NNS":  # the mention holds the title: "Tajik presidents", "the envoys of India"
            head = tok
        elif tok.dep_ in ("amod", "compound", "nmod"):
            head = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
            head = tok.head.head
        else:
            return None
        return head.i if head.tag_ == "NNS" else None

    @per_sentence
    def _plural_title_at(self, head: int) -> list:
        """The title rows of a plural office title ending at token `head` ("presidents", "foreign
        ministers"), or none."""
        tok = self.doc[head]
        for k, s in enumerate(self.subs):
            if tok.left_edge.idx <= s.start <= tok.idx:
                t = self._title_match(k)
                if t is not None and t[1] and self.subs[t[0].j - 1].end == tok.idx + len(tok):
                    return list(t[0].values)
        return []

    def _holder(self, role: str, country: str) -> Actor | None:
        """The holder of `role` for `country`: whom the document introduced with it, else the KB's one
        holder on the date (never for an office several people hold at once)."""
        roles = HEAD_ROLES if role == "leader" else (role,)
        refs = [r for r in (self.state.by_role(x, country) for x in roles) if r is not None]
        if refs:
            return max(refs, key=self.state.persons.index).actor
        if role in SHARED_ROLES or self.on is None:
            return None
        holders = [h for x in roles for h in self.kb.holders(country, x, self.on)]
        if len(holders) != 1:
            return None
        actor = holders[0].actor(role, self.on)
        self.state.person(PersonRef(actor, name_keys(actor), home=False))
        return actor

    def _topic_holding(self, p: Phrase, role: str, unless: frozenset[str]) -> Actor | None:
        """The subject of the sentence before, when it holds the bare title's office (or one of its kind):
        "X held talks with his Greek counterpart Y. The minister said ..." is X, the one the text is
        about, not the one named last."""
        topic = self.state.topic
        if topic is None or self.state.sentence_no - topic[1] != 1 or topic[0].country in unless:
            return None
        held = topic[0].role
        roles = {role} | {t.role for t in p.title_candidates}
        return topic[0] if held in roles or (role in GENERIC_ROLES and _kind_of(held, role)) else None

    def _by_kin_role(self, p: Phrase, role: str, unless: frozenset[str] = frozenset()) -> PersonRef | None:
        """A bare title another spelling of an office introduced before: "the foreign secretary" after
        "Britain's Foreign Secretary X" (the title's other readings), "the minister" after "Foreign
        Minister Y" (a generic office: the most recent person holding an office of that kind)."""
        for other in {t.role for t in p.title_candidates} - {role}:
            ref = self.state.by_role(other, unless=unless)
            if ref is not None:
                return ref
        if role not in GENERIC_ROLES:
            return None
        found = [
            r for r in self.state.persons if _kind_of(r.actor.role, role) and r.actor.country not in unless
        ]
        return found[-1] if found else None

    def _counterpart(self, p: Phrase, country: str | None):
        related = next((r for r in reversed(self.state.persons) if r.actor.role), None)
        role = related.actor.role if related else None
        if p.name:
            # "his Russian counterpart Sergey Lavrov": the name decides; the relation gives the role.
            found = self._named(p, country, role)
            if found:
                mentions, j = found
                return [_with_how(m, "counterpart") for m in mentions], j
            return self._unknown_counterpart(p, country, related)
        if country is not None and (subject := self._fronted_subject(p.i)) is not None:
            # "In a call with his Indian counterpart, Wang Yi said ...": the relation is to the subject
            # the sentence names after the phrase; resolved once the sentence is read (`cataphoric`).
            self.pending.append((p.i, p.j, country, subject))
            return [], p.j
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
        return [self._mention(p.i, p.j, (self._counterpart_in(country, related.actor),), "counterpart")], p.j

    def _counterpart_in(self, country: str, related: Actor) -> Actor:
        """Whoever holds, in `country`, the office of the person a counterpart relates to: introduced, the
        knowledge base's one holder on the date, else a role actor."""
        role = related.role
        assert role is not None
        holders = self.kb.holders(country, role, self.on) if self.on is not None else []
        ref = self.state.by_role(role, country)
        if ref is not None:
            return ref.actor
        if len(holders) == 1:
            actor = holders[0].actor(role, self.on)
            self.state.person(PersonRef(actor, name_keys(actor), home=False))
            return actor
        return self.kb.office(country, role, related.sector)

    def _fronted_subject(self, i: int) -> Token | None:
        """The subject of the sentence's main clause when the phrase at sub-token i is in an adjunct
        fronted before it ("In a phone call with his Indian counterpart, Wang Yi ...", "Following talks
        with his Kenyan counterpart, X said ..."); else None."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None:
            return None
        node = span.root
        root = sentence_of(node).root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or node.i > subject.i:
            return None
        while node.head.i != root.i and node.head.i != node.i:
            node = node.head
        return subject if node.head.i == root.i != node.i and node.dep_ in FRONTED_DEPS else None

    def cataphoric(self, found: list[ActorMention]) -> list[ActorMention]:
        """The counterparts of a fronted adjunct (`pending`) whose subject person is among the mentions
        just `found`, resolved as related to that person."""
        added, left = [], []
        for i, j, country, subject in self.pending:
            related = [m.actors[0] for m in found if m.start <= subject.idx < m.end and len(m.actors) == 1]
            if not related:
                left.append((i, j, country, subject))
            elif related[0].kind in ("person", "role") and related[0].role and related[0].country != country:
                added.append(self._mention(i, j, (self._counterpart_in(country, related[0]),), "counterpart"))
        self.pending = left
        return added

    def _unknown_counterpart(self, p: Phrase, country: str | None, related: PersonRef | None):
        """ "his Italian counterpart Marco Bianchi", a name the KB lacks: like a title, the relation says
        who this is: the stated country, and the office of the person it relates to."""
        assert p.name is not None
        a, b = p.name
        if country is None or related is None or self._in_other_entity(a):
            return None
        if not (p.name_entries or self._in_person_span(a) or b - a >= 2):
            return None
        name_subs = self.subs[a:b]
        keys = frozenset(s.key for s in name_subs if s.key[:1].isalpha())
        name_text = self.text[name_subs[0].start : name_subs[-1].end]
        actor = Actor(None, name_text, country, related.actor.sector, related.actor.role, "person")
        self.state.person(PersonRef(actor, keys | name_keys(actor), home=False), True)
        return [self._mention(p.i, p.j, (actor,), "counterpart")], p.j

    def _in_other_entity(self, k: int) -> bool:
        """Whether sub-token k is inside a named place or body ("Queen Elizabeth Central Hospital")."""
        s = self.subs[k]
        return any(a <= s.start < b for a, b in self.other_spans) and not self._in_person_span(k)

    def _mod_org(self, p: Phrase):
        for e in p.mods:
            if e.kind == "organization":
                return self.kb.organizations[e.key]
        return None


def _kind_of(held: str | None, generic: str) -> bool:
    """An office of a generic kind: "foreign minister" is a minister."""
    return bool(held) and held.endswith(" " + generic)


def _with_how(m: ActorMention, how: str) -> ActorMention:
    return ActorMention(m.start, m.end, m.text, m.actors, how)


# Relations of an adjunct before the main clause's subject ("In a call with ..., X said").
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod"})
# What may stand between an owning body and its office ("the ministry's spokesperson", "ministry spokesman").
POSSESSIVE_MARKS = frozenset({"", "'s", "’s"})
# Possessive pronouns that may stand for a country owning an office ("its foreign minister").
OWNERS = frozenset({"its", "their"})
# Nouns of a leader's government ("the Biden administration", "the Assad regime").
GOVERNMENTS = frozenset({"administration", "government", "regime", "cabinet", "junta"})

# Countries whose names put the family name first ("Xi Jinping" is Xi, "Yoon Suk Yeol" is Yoon), as
# English-language news keeps them; elsewhere the surname is the last name word.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})


def _surname(person: Person) -> str:
    words = person.name.split()
    return (words[0] if person.country in FAMILY_NAME_FIRST else words[-1]).lower()
