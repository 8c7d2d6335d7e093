"""Plural groups: "the two leaders", "both sides", "the two foreign ministers".

A group refers to the most recent pair: of people holding the title, of people, or of the two parties of
the latest sentence that named two countries (sentence.py ranks them). When fewer than two holders of an
office were named, the office of each of the two parties stands in.

Round 7: the sides of a dispute are also named without a numeral ("the sides agreed", "the delegations
signed", "the warring sides", "the parties to the conflict", "all parties to the talks"): they take the
latest pair as "both sides" does. Groups as often generic or domestic ("the countries", "the nations",
"the parties", "all parties" with nothing they are parties to) stay unresolved: resolving them to a pair
named within the two sentences before cost events on the corpus's test half. None takes a pair without the
country the document names most as a party, when one leads (`_main_pair`), nor with a postmodifier of its
own other than the dispute ("the countries of the region", "the parties that signed").
"""

from __future__ import annotations

from dateline.actors.persons import HEAD_ROLES, SHARED_ROLES
from dateline.actors.pronouns import controllers
from dateline.actors.sentence import SentenceView
from dateline.records import Actor, ActorMention

PERSON_GROUPS = {"leaders", "heads", "presidents", "premiers", "ministers", "statesmen", "men", "women"}
COUNTRY_GROUPS = {
    "sides", "countries", "nations", "governments", "states", "neighbours", "neighbors", "parties",
    "delegations",
}  # fmt: skip
# Groups that after "the" mean the sides of the story's dispute or talks whenever a pair was named.
SIDES = frozenset({"sides", "delegations"})
# Groups that in a civil war's story mean its domestic sides even with nothing they are parties to.
DOMESTIC_GROUPS = frozenset({"sides", "parties"})
# What a group's sides are sides to: "the parties to the conflict", "the sides in the talks".
# What a bare numeral is when it stands for its noun phrase: "the two agreed", "met the two", "between the
# two".
PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
PEOPLE = frozenset({"person", "role"})
# Numerals of groups larger than a pair ("the three governments"; "the two" is a pair, above).
NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Nouns for a group of that many (round 24): "the trio" after "Mali, Niger and Chad" is those three
# (not `unnamed.COLLECTIVES`, the nouns of a non-state group).
GROUP_NOUNS = {"trio": 3, "quartet": 4}
COUNTRY_GROUP_REACH = 3  # sentences back a group of countries may be named for "the three governments"
DISPUTES = frozenset({"conflict", "war", "dispute", "fighting", "talks", "negotiations", "agreement", "deal",
                      "accord", "ceasefire", "truce", "standoff", "crisis", "row"})  # fmt: skip


class PluralGroups(SentenceView):
    """The rules for plural groups."""

    def _plural(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "the two leaders", "both sides", "the two foreign ministers" -> the most recent pair."""
        k = i
        if self._key(k) == "the" and self._key(k + 1) == "two":
            k += 2
        elif self._key(k) == "both":
            k += 2 if self._key(k + 1) == "the" else 1
        elif self._key(k) == "the" and self._key(k + 1) in NUMBERS:
            return self._the_n(i, k + 1)
        elif self._key(k) == "the" and self._key(k + 1) in GROUP_NOUNS and self._key(k + 2) != "of":
            return self._recent_group(i, k + 2, GROUP_NOUNS[self._key(k + 1)])
        elif self._key(k) == "the":
            return self._definite_plural(i)
        elif self._key(k) == "all" and self._key(k + 1) in NUMBERS:
            return self._the_n(i, k + 1)
        elif self._key(k) == "all":
            return self._sides(i, i + 2 if self._key(i + 1) == "the" else i + 1, generic=True)
        else:
            return None
        if k == i + 2 and self._bare_numeral(i + 1):
            return self._the_two(i)
        k = self._adjective(k)
        t = self._title_match(k)
        state = self.state
        if t is not None:
            (m, _plural) = t
            role = m.values[0].role
            people = self._sides_people()
            refs = [a for a in people if _holds(a.role, role)]
            pair = (
                _two_distinct(refs)
                or (self._office_pair(role) if role != "leader" else None)
                or _two_distinct(people)
                or (self._leaders_pair() if role == "leader" else None)
            )
            end = m.j
        elif self._key(k) in PERSON_GROUPS:
            pair = _two_distinct(self._sides_people())
            end = k + 1
        elif self._key(k) in COUNTRY_GROUPS:
            # The two parties of the latest sentence that named two (this one so far first): "Pakistan
            # and India agreed ... both sides", not whatever two countries were named last.
            named = self._latest_pair()
            # else the two countries named last, not a mediator of the talks ("mediated by Qatar")
            salient = [
                c for c in reversed(state.countries) if c in self.kb.countries and c not in state.mediators
            ]
            isos = named or tuple(salient[:2][::-1])
            countries = [self.kb.countries[c] for c in isos if c in self.kb.countries]
            pair = self._domestic_sides(named) or (
                tuple(c.actor() for c in countries) if len(countries) == 2 else None
            )
            actors = self._subject_actors(i)
            if pair and {a.country for a in pair} & {a.country for a in actors}:
                # "The US and Saudi Arabia urged both sides to ...": a third party's addressees are the
                # two named before it, not itself.
                # Nor the country of a person who addresses them ("X's minister urged both sides").
                own = {a.country for a in actors} - {None}
                pair = _two_sides(
                    [b for b in reversed(state.bodies) if b not in actors and b.country not in own]
                )
            end = k + 1
        else:
            return None
        if not pair:
            return None
        return [self._mention(i, end, pair, "plural")], end

    def _sides_people(self) -> list[Actor]:
        """The people introduced so far, most recent first, without those of a country named as the
        talks' mediator or host ("the meeting facilitated by Ghanaian President X ... the two leaders"
        are the two it brings together), unless that leaves fewer than two."""
        people = [r.actor for r in reversed(self.state.persons)]
        sides = [a for a in people if a.country not in self.state.mediators]
        return sides if len(set(sides)) >= 2 else people

    def _latest_pair(self) -> tuple[str, str] | None:
        """The two parties of this sentence so far, else of the latest sentence that named two; when a
        country of that pair has since been named as a mediator or host ("Angola set a meeting between
        the presidents of Rwanda and the DRC. It is facilitated by Angola's president ... tensions
        between the two nations"), the two other countries named last instead."""
        pair = self._pair() or self.state.last_pair
        mediators = self.state.mediators
        if pair is None or not mediators.intersection(pair):
            return pair
        salient = [c for c in reversed(self.state.countries) if c in self.kb.countries and c not in mediators]
        return (salient[1], salient[0]) if len(salient) >= 2 else None

    def _the_n(self, i: int, k: int) -> tuple[list[ActorMention], int] | None:
        """ "The three governments", "all four countries", "the three African nations": the group of
        that many countries the text last joined by "and" as parties ("Mali, Niger and Chad recalled
        their envoys"), in this sentence so far or the few before; else nothing (a group the text
        never spelled out, "the three Baltic states", is not guessed)."""
        n = NUMBERS[self._key(k)]
        end = k + 1
        while end < k + 4 and self._key(end) not in COUNTRY_GROUPS and self._describes(end):
            end += 1
        if self._key(end) not in COUNTRY_GROUPS - DOMESTIC_GROUPS or self.subs[end].capitalized:
            return None
        return self._recent_group(i, end + 1, n)

    def _recent_group(self, i: int, end: int, n: int) -> tuple[list[ActorMention], int] | None:
        """The group of `n` countries the text last joined by "and", in this sentence so far or the few
        before, as the mention of sub-tokens [i, end); else None."""
        state = self.state
        recent = [g for g, no in state.country_groups if state.sentence_no - no <= COUNTRY_GROUP_REACH]
        recent += [g for _, g in self._groups(parties=False)]
        group = next((g for g in reversed(recent) if len(g) == n), None)
        if group is None or any(c not in self.kb.countries for c in group):
            return None
        actors = tuple(self.kb.countries[c].actor() for c in group)
        return [self._mention(i, end, actors, "plural")], end

    def _describes(self, k: int) -> bool:
        """Whether sub-token k is a word that may describe a group of countries between its numeral
        and its noun: an adjective or participle ("neighbouring", "military-led"), a region's or
        continent's name or adjective ("West African", "Central Asian"), or a hyphen."""
        return self._key(k) == "-" or self._pos(k) in ("ADJ", "VERB", "PROPN")

    def _bare_numeral(self, k: int) -> bool:
        """Whether "two" at sub-token k is a noun phrase of its own ("the two agreed", "between the
        two"), not a numeral on a noun ("the two leaders", "the two sides")."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        return span is not None and span.root.pos_ == "NUM" and span.root.dep_ in PRONOUN_DEPS

    def _the_two(self, i: int) -> tuple[list[ActorMention], int] | None:
        """A bare "the two": the two people named together in this sentence ("X called Y ..., and the two
        discussed") or the one before; else the two countries or bodies that were the main subject of
        the sentence before ("Chile and Bolivia agreed ... The two also pledged")."""
        state = self.state
        people = [m.actors[0] for m in self.found if len(m.actors) == 1 and m.actors[0].kind in PEOPLE]
        distinct = [a for n, a in enumerate(people) if a not in people[:n]]
        pair = (distinct[-2], distinct[-1]) if len(distinct) >= 2 else None
        if pair is None and state.person_pair is not None and state.person_pair[1] == state.sentence_no - 1:
            pair = state.person_pair[0]
        subject = state.subject
        if pair is None and subject is not None and subject.sentence == state.sentence_no - 1:
            pair = _two_distinct(list(subject.actors)[::-1]) if len(subject.actors) == 2 else None
        if pair is None:
            return None
        return [self._mention(i, i + 2, pair, "plural")], i + 2

    def _subject_actors(self, i: int) -> list[Actor]:
        """For a group that is not its clause's subject, the actors of that subject found so far."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None:
            return []
        head = span.root
        while head.dep_ in ("det", "predet", "nummod", "amod", "compound") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass") or head.head.i == head.i:
            return []
        verb = head.head if head.dep_ != "pobj" else head.head.head
        # A clause without a subject of its own addresses the group for its controller ("he had spoken
        # to his counterpart and urged both sides": he).
        subjects = [self.doc[n] for n in controllers(verb)]
        starts = {t.idx for c in subjects for t in c.subtree}
        return [a for m in self.found if m.start in starts for a in m.actors]

    def _definite_plural(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "The presidents discussed ...", "the heads of state", "the leaders" right after a sentence
        that named two people: that pair (holding the office, when one is named). Further back, or with
        an "of"-phrase of its own ("the leaders of the G7"), it is someone else."""
        k = i + 1
        t = self._title_match(k)
        if t is not None:
            (m, plural) = t
            if not plural:
                return None
            role, end = m.values[0].role, m.j
        elif self._key(k) in PERSON_GROUPS:
            role, end = None, k + 1
        else:
            return self._sides(i, k, generic=self._key(self._adjective(k)) not in SIDES)
        if self._key(end) == "of" and not (
            self._key(end + 1) == "state" or self._key(end + 1) == "government"
        ):
            return None
        if self._key(end) == "of":
            end += 2  # "the heads of state"
        state = self.state
        if state.person_pair is None or state.sentence_no - state.person_pair[1] > 2:
            return None
        pair = state.person_pair[0]
        if role is not None and role != "leader" and not all(_holds(a.role, role) for a in pair):
            return None
        return [self._mention(i, end, pair, "plural")], end

    def _adjective(self, k: int) -> int:
        """Past one lower-case adjective or participle before a group of sides ("the two warring
        sides", tagged as a verb), or k."""
        if self._key(k + 1) not in COUNTRY_GROUPS:  # also guards the sentence's end ("... for all.")
            return k
        return k + 1 if self._pos(k) in ("ADJ", "VERB") and not self.subs[k].capitalized else k

    def _sides(self, i: int, k: int, generic: bool) -> tuple[list[ActorMention], int] | None:
        """ "the sides", "the warring sides", "the delegations", "the parties to the conflict": the latest
        pair of countries. A `generic` group ("the countries", "all parties") only with what it is a
        side to."""
        k = self._adjective(k)
        if self._key(k) not in COUNTRY_GROUPS or self.subs[k].capitalized:
            return None  # "the States" is one country
        end = self._dispute_tail(k)
        if end is None:
            return None
        isos = self._latest_pair()
        countries = [self.kb.countries[c] for c in isos or () if c in self.kb.countries]
        # "all parties should respect the deal" alone: in a civil war's story, the domestic sides named
        # before; never a pair of countries (as often generic).
        pair = self._domestic_sides(isos) if self._key(k) in DOMESTIC_GROUPS or end > k + 1 else None
        if pair is None:
            if (generic and end == k + 1) or len(countries) != 2 or not self._main_pair(isos):
                return None
            pair = tuple(c.actor() for c in countries)
        if {a.country for a in pair} & {a.country for a in self._subject_actors(i)}:
            return None  # "Kenya urged the warring sides": the addressees are not the speaker and one other
        return [self._mention(i, end, pair, "plural")], end

    def _main_pair(self, isos) -> bool:
        """Whether a pair holds the country the document names most as a party: in a civil war's story
        (Ethiopia's, say) the last two countries named may be the mediators' ("the warring sides should
        respect the deal" are the domestic sides, whom no pair of countries stands for)."""
        ranked = self.state.country_votes.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return True  # no one country leads
        return ranked[0][0] in isos

    def _domestic_sides(self, isos: tuple[str, str] | None) -> tuple[Actor, Actor] | None:
        """The two sides of one country the text joined as parties before ("the government and the
        TPLF agreed"), when that country leads the story and the latest pair of countries named as
        parties leaves it out (in a civil war's story that pair is the mediators' or the host's: "both
        sides" are the domestic ones) or no two countries were named as parties together."""
        pair = self.state.domestic_pair
        if pair is None or (isos is not None and self._main_pair(isos)):
            return None
        ranked = self.state.country_votes.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return pair if ranked[0][0] == pair[0].country else None

    def _dispute_tail(self, k: int) -> int | None:
        """The end of a group of sides at sub-token k with what it is a side to ("the parties to the
        conflict"); None when another postmodifier makes it someone else ("the countries of the
        region", "the parties that signed", "the sides' fans" is fine)."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        if span is None:
            return None
        head = span.root
        end = k + 1
        for child in head.rights:
            if child.dep_ in ("relcl", "acl", "appos"):
                return None
            if child.dep_ != "prep":
                continue
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ not in ("to", "in", "of") or not any(o.lower_ in DISPUTES for o in objects):
                return None
            last = max(t.idx + len(t) for t in child.subtree)
            while end < len(self.subs) and self.subs[end].end <= last:
                end += 1
        return end

    def _leaders_pair(self) -> tuple[Actor, Actor] | None:
        """ "The two leaders" when fewer than two people were named: for each of the two parties of the
        latest sentence that named two countries, its head named before, else the country ("X held
        talks with South Korea ... the two leaders": X and South Korea)."""
        isos = self._latest_pair()
        if isos is None:
            return None
        actors = []
        for iso3 in isos:
            heads = [
                r.actor for r in self.state.persons if r.actor.country == iso3 and r.actor.role in HEAD_ROLES
            ]
            nation = self.kb.countries.get(iso3)
            actors.append(heads[-1] if heads else nation.actor() if nation else None)
        return (actors[0], actors[1]) if None not in actors and actors[0] != actors[1] else None

    def _office_pair(self, role: str) -> tuple[Actor, Actor] | None:
        """ "The two foreign ministers" when fewer than two were named: that office of each of the two
        parties of the latest sentence that named two countries (introduced, KB holder, or the role)."""
        isos = self._latest_pair()
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
                actors.append(self.kb.office(iso3, role, "GOV"))
        return (actors[0], actors[1]) if len(actors) == 2 and actors[0] != actors[1] else None


def _holds(held: str | None, role: str) -> bool:
    """Does a person's role answer to a group's title: the same, or the title its generic head ("the
    two ministers" for two foreign ministers, round 9b; "the two foreign ministers" stays specific)?"""
    return held is not None and (held == role or held.endswith(f" {role}"))


def _two_sides(bodies: list[Actor]) -> tuple[Actor, Actor] | None:
    """The two latest bodies of two sides: a country and its sectors are one side ("the South Koreans"
    and South Korea named last, the two before them another); named bodies of one country are two (the
    army and the RSF of a civil war)."""
    out: list[Actor] = []
    for b in bodies:
        if all(_side(b) != _side(o) for o in out):
            out.append(b)
        if len(out) == 2:
            return out[1], out[0]  # in order of introduction
    return None


def _side(actor: Actor) -> Actor | str:
    """The country of a country's own actor (its government or a sector of it), else the actor."""
    country, own = actor.country, actor.id or ""
    return country if country and (own == country or own.startswith(f"{country}:")) else actor


def _two_distinct(actors: list[Actor]) -> tuple[Actor, Actor] | None:
    out: list[Actor] = []
    for a in actors:
        if all(a != b for b in out):
            out.append(a)
        if len(out) == 2:
            return out[1], out[0]  # in order of introduction
    return None
