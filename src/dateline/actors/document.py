"""What one document has introduced so far, for coreference across its sentences.

The resolver reads a document sentence by sentence; surnames ("Khan noted"), bare titles ("the premier")
and plural groups ("both sides") refer back to people and countries named earlier. `DocState` keeps
them, most recent last, and guesses the outlet's home country from titles given without a nationality.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dateline.records import Actor


@dataclass(frozen=True, slots=True)
class MainSubject:
    """The countries or bodies a sentence's main subject names, the numbers of the pronouns that agree
    with it ("it" False, "they" True; both for a body named by a collective noun: "The ministry
    rejected ... They demanded"), and the sentence's number."""

    actors: tuple[Actor, ...]
    plural: frozenset[bool]
    sentence: int


@dataclass
class PersonRef:
    """A person introduced in the document, for coreference."""

    actor: Actor
    keys: frozenset[str]  # lower-cased name tokens
    home: bool  # introduced without a foreign country modifier ("Foreign Minister X")


@dataclass
class DocState:
    """The people and countries earlier sentences introduced, and the votes for the home country."""

    text: str = ""  # doc.text once: spaCy rebuilds it from the tokens on every access
    persons: list[PersonRef] = field(default_factory=list)  # most recent last
    countries: list[str] = field(default_factory=list)  # salient country mentions, most recent last
    home_votes: Counter = field(default_factory=Counter)  # titled people with no nationality
    # The countries the article's dateline and headline name (context.py), weaker evidence of the home
    # country than a titled official, stronger than the countries the body names as parties.
    header: list[str] = field(default_factory=list)
    # The country of the address's country-code domain (context.py): the weakest evidence, only ever a
    # choice among the countries the text names.
    domain: str | None = None
    country_votes: Counter = field(default_factory=Counter)  # countries as parties
    # The two parties of the latest sentence that named two or more (for "both sides").
    last_pair: tuple[str, str] | None = None
    # The two sides of one country that the latest sentence naming such a pair named as parties ("the
    # Ethiopian government and the TPLF agreed"): whom "both sides" means in a civil war's story.
    domestic_pair: tuple[Actor, Actor] | None = None
    # Groups of three or more countries a sentence joined by "and" as parties, with that sentence's number,
    # most recent last: whom "the three governments" means (groups.py).
    country_groups: list[tuple[tuple[str, ...], int]] = field(default_factory=list)
    # Countries named as mediators of talks ("talks mediated by Qatar"): never one of "both sides".
    mediators: set[str] = field(default_factory=set)
    # Countries, bodies and groups named as parties, most recent last: "both sides" urged by a third
    # party are the two named before it ("the army and the RSF ... the US urged both sides").
    bodies: list[Actor] = field(default_factory=list)
    ministry: Actor | None = None  # the ministry named last, for "the ministry said"
    # For pronouns (pronouns.py): the sentence being read, the person who was the subject of a recent
    # sentence and when, and the two people a sentence named together and when.
    sentence_no: int = 0
    topic: tuple[Actor, int] | None = None
    person_pair: tuple[tuple[Actor, Actor], int] | None = None
    # Character spans of the people resolved so far: a person named after them whom nobody resolved
    # ("Mhlanga") is who a later "he" means, so no known person is.
    person_spans: list[tuple[int, int]] = field(default_factory=list)
    last_seen: dict[Actor, int] = field(default_factory=dict)  # where each person was last mentioned
    # The main subject of the latest sentence that named countries or bodies: what a sentence-initial
    # "It" or "They" after it means (pronouns.py).
    subject: MainSubject | None = None
    # The one group of people the latest sentence named by a plural noun, wherever in it ("the fate of
    # six Ruritanian opposition aides"), and that sentence's number: what a following "them" means.
    plural_group: tuple[tuple[Actor, ...], int] | None = None
    # Per kind (organization, group), the body named last and in which sentence ("the bloc", "the group").
    bodies_named: dict[str, tuple[Actor, int]] = field(default_factory=dict)
    # The country of the embassy named last with its nationality ("the Argentine embassy", "Mexico's
    # Embassy", "the embassy of Chile"): whose "the embassy" is in the sentences after (unnamed.py).
    embassy: str | None = None
    # Per sector (REB, PTY, ...), the named groups in the order they were last named, with the sentence:
    # whom "the rebels", "the militia" mean (unnamed.py).
    groups_named: dict[str, list[tuple[Actor, int]]] = field(default_factory=dict)
    # Acronyms the text defined after their long form ("the Department of Foreign Affairs (DFA)"), as
    # written, and the long form's actors (unnamed.py).
    acronyms: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    # Bodies of state named before anything showed the home country (a first sentence's "the Department
    # of Foreign Affairs (DFA)"): placed in the document's home country after the last sentence.
    unhomed: set[Actor] = field(default_factory=set)
    # Every country any mention named, as a party or a place, most recent last, and how often: what "the
    # Baltic country" may describe (descriptions.py).
    mentioned: list[str] = field(default_factory=list)
    mention_counts: Counter = field(default_factory=Counter)

    def person(self, ref: PersonRef, titled: bool = False) -> None:
        known = any(p.actor == ref.actor for p in self.persons)
        self.persons = [p for p in self.persons if p.actor != ref.actor or p.keys != ref.keys]
        self.persons.append(ref)
        if ref.actor.country:
            self.country(ref.actor.country)
            # A title without a nationality ("Foreign Minister X") is the outlet's own country's.
            if titled and ref.home and not known:
                self.home_votes[ref.actor.country] += 3

    def mentioned_country(self, iso3: str) -> None:
        if iso3 in self.mentioned:
            self.mentioned.remove(iso3)
        self.mentioned.append(iso3)
        self.mention_counts[iso3] += 1

    def country(self, iso3: str) -> None:
        if iso3 in self.countries:
            self.countries.remove(iso3)
        self.countries.append(iso3)

    @property
    def home(self) -> str | None:
        """The country of a body of state the text names without one ("the foreign ministry")."""
        if self.home_votes:
            return self.home_votes.most_common(1)[0][0]
        if self.header:
            return self.header[0]
        if self.named_domain is not None:
            return self.named_domain
        return self.country_votes.most_common(1)[0][0] if self.country_votes else None

    def home_unless(self, others: frozenset[str]) -> str | None:
        """`home`, unless its sentence names that country as the other side of the body's own act ("the
        Ministry of Foreign Affairs summoned the Ruritanian envoy" in a story whose headline names
        Ruritania first): then the next kind of evidence (titled officials, the header's first country,
        the domain's, the parties' count), never the other side itself."""
        first = [
            self.home_votes.most_common(1)[0][0] if self.home_votes else None,
            self.header[0] if self.header else None,
            self.named_domain,
        ]
        voted = [c for c, _ in self.country_votes.most_common()]
        return next((c for c in [*first, *voted] if c is not None and c not in others), None)

    @property
    def named_domain(self) -> str | None:
        """The domain's country once the text has named it, else None."""
        return self.domain if self.domain is not None and self.domain in self.countries else None

    def by_name(self, keys: set[str], country: str | None = None) -> PersonRef | None:
        for ref in reversed(self.persons):
            if keys <= ref.keys and (country is None or ref.actor.country == country):
                return ref
        return None

    def named(self, key: str) -> bool:
        """Whether a person introduced so far has `key` among their name keys (`by_name` finds no one
        for a set of keys holding a word nobody has), or the text defined it as an acronym."""
        return any(key in ref.keys for ref in self.persons) or any(a.lower() == key for a in self.acronyms)

    def by_role(
        self,
        role: str,
        country: str | None = None,
        prefer_home: bool = False,
        unless: frozenset[str] = frozenset(),
    ) -> PersonRef | None:
        """The person named last with that role (of that country; of none of the countries `unless`)."""
        found = [
            r
            for r in self.persons
            if r.actor.role == role and (country is None or r.actor.country == country)
            and r.actor.country not in unless
        ]  # fmt: skip
        if prefer_home and any(r.home for r in found):
            found = [r for r in found if r.home]
        return found[-1] if found else None


def name_keys(actor: Actor) -> frozenset[str]:
    return frozenset(w.lower() for w in actor.name.replace("-", " ").split() if w[:1].isalpha())
