"""A country named again by what it is: "the Baltic country", "the South Pacific nation", "the
archipelago", "the Gulf kingdom", "the Jewish state", "the former Soviet republic", "the Central Asian
countries".

News names a country once and then, to vary the wording, describes it: "Moscow cut its ties with Estonia
after the Baltic country expelled two of its diplomats", "New Zealand flew doctors to the
archipelago", "he asked the Pacific nation's leadership not to sign". Such a description was no mention
at all, so the event lost that side. It is now the country it describes: among the countries the
document named so far (as parties or places), those the description's region or kind words fit
(`lexicon.regions`: the UN M49 regions, the Gulf and Arab states, island states, kingdoms), the one named
most as a party (the story's, not a passing one: "the Baltic country" after "Estonia ... its consul
in Latvia" is Estonia), the most recent on a tie; never the country of a subject that commands
it ("Russia said it would close its consulate in the Baltic country"). A plural ("the Central Asian
countries") is every fitting country named so far, when there are two or more.

A description without such a word ("the country", "the nation") is left alone: it is as often the
outlet's own country or a place ("in the country") as the other side, and nothing says which. A
capitalised word the region table lacks ("the Hoang Sa archipelago", "the Paracel Islands") makes a
name, not a description.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dateline.actors.lexicon import regions
from dateline.actors.pronouns import SUBJECT_DEPS
from dateline.actors.sentence import SentenceView
from dateline.records import ActorMention

DESCRIPTION = "country description"  # `ActorMention.how`
COMPASS_NAME = "compass short name"  # `ActorMention.how` of "the North" (round 31)
# "state" and "republic" only with a word of the table ("the Gulf state", "the former Soviet republic"):
# alone they are the country's own state or its name.
SINGULAR_HEADS = frozenset(
    {"country", "nation", "state", "republic", "archipelago", "kingdom", "sultanate", "emirate", "monarchy"}
)
PLURAL_HEADS = frozenset({"countries", "nations", "states"})
HEADS = SINGULAR_HEADS | PLURAL_HEADS
# Words before the head that make it some other country than the one named before ("the other country",
# "the host nation", "the two countries": groups.py) or no particular one ("a member state").
NOT_DESCRIPTIVE = frozenset({
    "other", "same", "only", "whole", "entire", "first", "second", "third", "last", "next", "host", "home",
    "member", "neighbouring", "neighboring", "foreign", "respective", "own", "two", "both", "each",
    "every", "three", "four", "five", "six", "seven", "several", "many", "some", "few", "all",
})  # fmt: skip
REACH = 6  # sub-tokens between "the" and the head noun


class CountryDescriptions(SentenceView):
    """The rule for a country described instead of named."""

    found: list[ActorMention]

    def _description(self, i: int) -> tuple[list[ActorMention], int] | None:
        if self._key(i) != "the":
            return None
        k = i + 1
        words: list[str] = []
        while self._key(k) not in HEADS or self.subs[k].capitalized:
            if k - i > REACH or k >= len(self.subs):
                return None
            if self._key(k) != "-":
                if not self._descriptive(k):
                    return None
                words.append(self._key(k) if not self.subs[k].capitalized else self.subs[k].text)
            k += 1
        head = self._key(k)
        fits = self._fitting(words, head)
        if fits is None or self._key(k + 1) == "of" or not self._heads_phrase(k):
            return None
        barred = self._subject_countries(k)
        candidates = [c for c in self.state.mentioned if c in fits and c not in barred]
        if head in PLURAL_HEADS:
            chosen = candidates if len(candidates) >= 2 else []
        else:
            votes, counts = self.state.country_votes, self.state.mention_counts
            chosen = (
                [max(candidates, key=lambda c: (votes[c], counts[c], candidates.index(c)))]
                if candidates
                else []
            )
        actors = tuple(self.kb.countries[c].actor() for c in chosen if c in self.kb.countries)
        if not actors:
            return None
        return [self._mention(i, k + 1, actors, DESCRIPTION)], k + 1

    def _compass_name(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "the North", "the South" alone: the one country named so far whose name starts with that word
        ("North Korea fired a missile ... the North's launch"), as Korean news shortens it; not "the
        South China Sea" (a longer name) nor a region where no such country was named."""
        word = self.subs[i + 1] if self._key(i) == "the" and i + 1 < len(self.subs) else None
        if word is None or not word.capitalized or word.key not in ("north", "south"):
            return None
        nxt = self.subs[i + 2] if i + 2 < len(self.subs) else None
        if nxt is not None and nxt.capitalized and nxt.key.isalpha():
            return None
        named = [
            c
            for c in dict.fromkeys(self.state.mentioned)
            if c in self.kb.countries and self.kb.countries[c].name.lower().split()[0] == word.key
        ]
        if len(named) != 1:
            return None
        return [self._mention(i, i + 2, (self.kb.countries[named[0]].actor(),), COMPASS_NAME)], i + 2

    def _descriptive(self, k: int) -> bool:
        """Whether sub-token k may describe the country: a word of the region table ("gulf", "island",
        "of" in "Horn of Africa"), a capitalised word (`_fitting` rejects those the table lacks) or an
        adjective or participle ("tiny", "war-torn"); not "the attack on the ...", "the other ..."."""
        key = self._key(k)
        if not key.isalpha() or key in NOT_DESCRIPTIVE:
            return False
        hyphenated = "-" in (self._key(k - 1), self._key(k + 1))  # "war-torn", "oil-rich"
        return (
            key in _table_words() or self.subs[k].capitalized or hyphenated or self._pos(k) in ("ADJ", "VERB")
        )

    def _fitting(self, words: list[str], head: str) -> frozenset[str] | None:
        """The countries the words before the head (and a head of a kind: "archipelago") fit, or None
        when nothing narrows them or a capitalised word is no region's."""
        table = regions()
        fits: frozenset[str] | None = table.get(head)
        n = 0
        while n < len(words):
            for size in (3, 2, 1):
                phrase = " ".join(words[n : n + size]).lower()
                if n + size <= len(words) and phrase in table:
                    fits = table[phrase] if fits is None else fits & table[phrase]
                    n += size
                    break
            else:
                if words[n][:1].isupper():
                    return None  # "the Hoang Sa archipelago": a name
                n += 1  # "the small island nation": a plain adjective
        return fits

    def _heads_phrase(self, k: int) -> bool:
        """Whether the head noun at k heads its phrase ("the Gulf nation's leaders"), not modifies another
        noun ("the Baltic country office")."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        return (
            span is not None
            and span.root.pos_ in ("NOUN", "PROPN")
            and span.root.dep_ not in ("compound", "amod")
        )

    def _subject_countries(self, k: int) -> set[str]:
        """The countries of the subjects of the clauses the description at k is in, up to the first
        relative clause, other than a subject it is part of: a description never means a subject that
        commands it ("New Zealand flew doctors to the archipelago", "Jakarta said the archipelago had asked
        for help": neither is New Zealand or Indonesia), as a name never does."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        if span is None:
            return set()
        tok: Token = span.root
        clauses: list[Token] = []
        for verb in tok.ancestors:
            clauses.append(verb)
            if verb.dep_ == "relcl":
                break  # "X gets help from New Zealand, which flew doctors to the archipelago": X may be it
        starts = {
            t.idx
            for verb in clauses
            for s in verb.children
            if s.dep_ in SUBJECT_DEPS and s != tok and not s.is_ancestor(tok)
            for t in s.subtree
        }
        return {
            a.country
            for m in self.found
            if any(m.start <= s < m.end for s in starts)
            for a in m.actors
            if a.country
        }


@cache
def _table_words() -> frozenset[str]:
    return frozenset(w for key in regions() for w in key.split())
