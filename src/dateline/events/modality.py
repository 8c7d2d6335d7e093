"""Whether an event happened, is planned, hoped for, denied or only imagined: its modality.

The answer comes from the dependency parse around the trigger (a verb or an event noun) and the cue
lexicon in `data/modality.tsv`. Cues of the trigger's own clause come first (modal auxiliaries,
negation, "if", noun modifiers such as "likely" or "planned"); then the link to the governing word
decides what carries over: a governing "agreed to" / "expected to" / "hoped to" / "refused to" sets the
modality of its complement, the tense of a governing verb carries to its object ("will hold a meeting"),
reported speech does not ("said that they met" stays asserted), a denied claim denies its content
("dismissed reports of a meeting"), a concessive or causal clause keeps its own ("while X backs the
accord, its terms should change"). Finally a planned event whose clause is followed by "but nothing
has materialised" (or "but it was cancelled") is negated.

Hand-written because no offline library does modality for event mentions (FactBank-style factuality
models need training data and a transformer); the rules are few, read the parse once, and the
lexicon is data that users extend.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import get_args

from spacy.tokens import Token

from dateline.events.detect import for_clause
from dateline.nlp.sentences import sentence_of
from dateline.records import Modality

LEXICON = Path(__file__).parent / "data" / "modality.tsv"

KINDS: tuple[str, ...] = get_args(Modality)
# When two cues disagree the stronger wins: "did not agree to meet" is negated, "fear that they
# will meet" hypothetical, "hoped that they will meet" hoped.
STRENGTH = {"asserted": 0, "planned": 1, "hoped": 2, "hypothetical": 3, "negated": 4}
SCOPES = frozenset(
    {
        "aux",
        "neg",
        "mark",
        "complement",
        "object",
        "modifier",
        "prep",
        "time",
        "but-not",
        "but",
        "occurrence",
        "question",
        "fulfilled",
        "judge",
        "claim",
        "denial",
    }
)
# "would" is a future seen from the past inside reported speech, a conditional elsewhere.
FUTURE_IN_PAST = "future-in-past"
# Clauses in which "would" reports a future rather than a condition.
REPORTED = frozenset({"ccomp", "acl", "relcl"})
NOUNS = frozenset({"NOUN", "PROPN"})
NEG_DEPS = frozenset({"neg", "det", "advmod", "nsubj", "nsubjpass", "dobj", "preconj"})
MODIFIER_DEPS = frozenset({"amod", "compound", "acl", "relcl", "nmod", "advmod"})
# The verb's participants whose "no" / "neither" denies the act ("No country attended").
NEGATED_BY_DETERMINER = frozenset({"nsubj", "nsubjpass", "dobj"})
PAST_TAGS = frozenset({"VBD", "VBN"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
MAX_DEPTH = 12  # a governing chain longer than this is a parse loop or a run-on sentence


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]  # lemma of the cue word, then the lemmas of particles it needs ("look forward")
    kind: str
    scope: str


class CueLexicon:
    """Cues by scope and by first word, longest first so that "call off" is tried before "call"."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        self._by_scope: dict[str, dict[str, list[Cue]]] = defaultdict(lambda: defaultdict(list))
        for cue in cues:
            self._by_scope[cue.scope][cue.words[0]].append(cue)
        for table in self._by_scope.values():
            for entries in table.values():
                entries.sort(key=lambda c: -len(c.words))
        # `words`, `single` and `phrases` are asked for at every word of a sentence: made once per scope.
        self._words: dict[str, frozenset[str]] = {}
        self._single: dict[str, frozenset[str]] = {}
        self._phrases: dict[str, tuple[tuple[str, ...], ...]] = {}

    def phrase(self, scope: str, words: tuple[str, ...]) -> str | None:
        """The kind of the cue of `scope` spelled exactly `words` (complex prepositions)."""
        for cue in self._by_scope.get(scope, {}).get(words[0], ()):
            if cue.words == words:
                return cue.kind
        return None

    def words(self, scope: str) -> frozenset[str]:
        found = self._words.get(scope)
        if found is None:
            found = self._words[scope] = frozenset(self._by_scope[scope])
        return found

    def single(self, scope: str) -> frozenset[str]:
        """The one-word cues of `scope` ("if", but not the "as" of "as long as")."""
        found = self._single.get(scope)
        if found is None:
            found = self._single[scope] = frozenset(
                w for w, cues in self._by_scope[scope].items() if any(len(c.words) == 1 for c in cues)
            )
        return found

    def phrases(self, scope: str) -> tuple[tuple[str, ...], ...]:
        """Every cue of `scope` as its words ("provided that", "on condition that")."""
        found = self._phrases.get(scope)
        if found is None:
            found = self._phrases[scope] = tuple(
                c.words for cues in self._by_scope[scope].values() for c in cues
            )
        return found

    def kind(self, scope: str, tok: Token, extra: Iterable[str] = ()) -> str | None:
        """The kind of the cue of `scope` that `tok` is, given its children (and `extra` lemmas, e.g.
        the preposition on the path: "call" + "for")."""
        cue = self.match(scope, tok, extra)
        return cue.kind if cue else None

    def match(self, scope: str, tok: Token, extra: Iterable[str] = ()) -> Cue | None:
        table = self._by_scope.get(scope)
        if not table:
            return None
        entries = table.get(tok.lemma_.lower()) or table.get(tok.lower_)
        if not entries and tok.tag_ in INFLECTED:
            entries = next(filter(None, (table.get(stem) for stem in _stems(tok.lower_))), None)
        if not entries:
            return None
        around: set[str] | None = None
        for cue in entries:
            if len(cue.words) == 1:
                return cue
            if around is None:
                around = {c.lemma_.lower() for c in tok.children} | set(extra)
            if all(w in around for w in cue.words[1:]):
                return cue
        return None


# Inflected verb forms the small model's lemmatizer sometimes gets wrong ("hopes" -> "hop").
INFLECTED = frozenset({"VBZ", "VBD", "VBN"})


def _stems(word: str) -> Iterator[str]:
    """The word without its inflection, "-s"/"-d" first ("hopes", "hoped" -> "hope"), then
    "-es"/"-ed" ("wanted" -> "want"); never shorter than three letters."""
    for suffix in ("s", "d", "es", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            yield word[: -len(suffix)]


def read_lexicon(path: Path = LEXICON) -> CueLexicon:
    cues = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            cue, kind, scope = row["cue"].strip().lower(), row["kind"].strip(), row["scope"].strip()
            if not cue:
                continue
            if scope not in SCOPES or (kind not in KINDS and kind != FUTURE_IN_PAST):
                raise ValueError(f"{path}: bad cue row {row!r}")
            cues.append(Cue(tuple(cue.split()), kind, scope))
    return CueLexicon(cues)


@cache
def lexicon() -> CueLexicon:
    return read_lexicon()


def modality(trigger: Token) -> Modality:
    """The modality of the event whose trigger (verb or event noun) is `trigger`. Kept per Doc and
    trigger: the coder's filters and its mention each ask for the same trigger."""
    lex = lexicon()
    kept = trigger.doc.user_data.setdefault((_MODALITIES, lex), {})
    found = kept.get(trigger.i)
    if found is None:
        found = kept[trigger.i] = _modality(trigger, lex, 0)
    return found  # type: ignore[return-value]


_MODALITIES = "dateline.events.modality"


def _strongest(*kinds: str | None) -> str:
    return max((k for k in kinds if k), key=STRENGTH.__getitem__, default="asserted")


def _modality(tok: Token, lex: CueLexicon, depth: int) -> str:
    if for_clause(tok):
        return "hoped"  # "it is now for Russia to accept it": what someone should do, not what was done
    if _yes_no_question(tok):
        return "hypothetical"  # "Will Kenya send troops?", "Did Russia attack the plant?": asked, not told
    if imperative(_clause_head(tok)):
        return "hoped"  # "“Withdraw your troops,” the minister told them": demanded, not done
    if _conditional(tok, lex):
        # "will not accept refugees if war starts": a refusal made in advance is still a refusal.
        marked = _condition_clause(tok, lex)
        return "negated" if not marked and _own(tok, lex) == "negated" else "hypothetical"
    kind = _strongest(_own(tok, lex), _governed(tok, lex, depth))
    if kind in ("planned", "hoped") and _unfulfilled(tok, lex):
        return "negated"
    return kind


def _conditional(tok: Token, lex: CueLexicon) -> bool:
    """In an "if" / "whether" / "provided that" clause, or the clause such a condition governs. The "if"
    clause of a question verb ("asked if they would meet") is what was asked, not a condition on asking."""
    clauses, consequents = _conditions(tok, lex)
    if tok.i in clauses:
        return True  # "if they meet", "discussed whether to hold a summit", "provided that X pays"
    if lex.kind("question", tok) is not None:
        return False
    return tok.i in consequents


def _conditions(tok: Token, lex: CueLexicon) -> tuple[frozenset[int], frozenset[int]]:
    """The condition clauses of `tok`'s sentence and the clauses they govern, as token indices: found
    once per sentence and kept on the Doc, since every trigger of the sentence asks."""
    kept = tok.doc.user_data.setdefault((_CONDITIONS, lex), {})
    sent = sentence_of(tok)
    found = kept.get(sent.start)
    if found is None:
        # Only a word with a `mark` child or a verb can open one (`_condition_clause`).
        marked = {t.head.i for t in sent if t.dep_ == "mark"}
        clauses = [
            verb
            for verb in sent
            if (verb.i in marked or verb.pos_ in ("VERB", "AUX")) and _condition_clause(verb, lex)
        ]
        consequents = (_consequent(verb, lex) for verb in clauses)
        found = kept[sent.start] = (
            frozenset(verb.i for verb in clauses),
            frozenset(then.i for then in consequents if then is not None),
        )
    return found


_CONDITIONS = "dateline.events.conditions"


def _condition_clause(tok: Token, lex: CueLexicon) -> bool:
    """A clause opened by a conditional conjunction: a `mark` child ("if", "unless", "whether"), or a
    conjunction of several words the parser attaches in many ways ("provided that", "on condition
    that", "as long as"), found by the words just before the clause's subject."""
    if any(c.dep_ == "mark" and c.lower_ in lex.single("mark") for c in tok.children):
        return not _evidential(tok)
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "advcl" and _inverted(tok, CONDITION_INVERSION):
        return True  # "Had X refused, ...", "Should X refuse, ...", "Were X to refuse, ...": no "if"
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    start = subject.left_edge.i
    before = [t.lower_ for t in tok.doc[max(start - 3, tok.sent.start) : start]]
    return any(
        len(p) > 1 or p[0] in CONDITION_WORDS for p in lex.phrases("mark") if tuple(before[-len(p) :]) == p
    )


# Verbs of giving credence: "if X is to be believed" names whose word the news rests on.
CREDENCE = frozenset({"believe", "trust"})


def _evidential(clause: Token) -> bool:
    """ "If Norland's account is to be believed, Sudria began shelling ...", "if the
    reports are to be trusted": the clause cites the source the act is told on, it sets no condition
    on the act (round 22)."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() in CREDENCE and any(c.dep_ == "auxpass" for c in v.children) for v in verbs)


# Auxiliaries that open a condition by coming before the subject instead of an "if".
CONDITION_INVERSION = frozenset({"had", "should", "were"})
# Auxiliaries that open a yes/no question by coming before the subject.
QUESTION_INVERSION = frozenset(
    {
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
    }
)
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _inverted(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """The clause opens with one of `auxiliaries` (the verb's own auxiliary, or the verb itself: "Were X
    to ...") and its subject follows it: subject-auxiliary inversion."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    first = next((t for t in verb.subtree if not t.is_punct), None)
    if first is None or first.lower_ not in auxiliaries or first.i > subject.i:
        return False
    return first.i == verb.i or (first.head.i == verb.i and first.dep_ in ("aux", "auxpass"))


def imperative(clause: Token) -> bool:
    """A command: a bare verb that opens its clause with no subject, auxiliary or conjunction, as a
    sentence or a quoted clause ("Withdraw your troops", "“Release them now,” X said")."""
    if clause.tag_ != "VB" or clause.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    if clause.ent_type_ or clause.is_upper:
        return False  # a name the parser took for a verb ("ECOWAS imposed ...")
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") for c in clause.children):
        return False
    first = next((t for t in clause.subtree if not t.is_punct), None)
    return first is not None and first.i == clause.i


def _yes_no_question(tok: Token) -> bool:
    """A clause that asks whether something happens: its auxiliary before its subject, no wh-word before
    that, and a question mark closing it. A wh-question ("Why did X expel Y?") takes the act as given."""
    clause = _clause_head(tok)
    if clause.pos_ not in ("VERB", "AUX") or not _inverted(clause, QUESTION_INVERSION):
        return False
    doc, end = clause.doc, clause.right_edge.i
    while end > clause.i and doc[end].is_quote:
        end -= 1  # the closing quote of a quoted question
    if doc[end].text == "?":
        return True
    return end + 1 < len(doc) and doc[end + 1].text == "?"


# One-word conditional conjunctions that come before the subject without a `mark` link ("providing
# Chile pays", "provided Chile pays"): "if" and "unless" always come with one.
CONDITION_WORDS = frozenset({"provided", "providing"})


def _consequent(verb: Token, lex: CueLexicon) -> Token | None:
    """The clause a condition clause governs: the nearest verb above it outside the condition."""
    marked = any(c.dep_ == "mark" and c.lower_ in lex.single("mark") for c in verb.children)
    if marked:  # "discussed whether to hold a summit": a "whether" complement conditions nothing
        return verb.head if verb.dep_ == "advcl" else None
    first = min(verb.left_edge.i, next((c.i for c in verb.children if c.dep_ == "mark"), verb.i)) - 3
    node, seen = verb.head, 0
    while node.i != node.head.i and seen < MAX_DEPTH:
        if node.pos_ in ("VERB", "AUX") and not first <= node.i <= verb.right_edge.i:
            return node
        node, seen = node.head, seen + 1
    return node if node.pos_ in ("VERB", "AUX") and node.i != verb.i else None


def _own(tok: Token, lex: CueLexicon) -> str | None:
    """Cues on the trigger's own clause or noun phrase."""
    found: list[str | None] = []
    for child in tok.children:
        if child.dep_ in NEG_DEPS and lex.kind("neg", child) and not _focusing(child):
            return "negated"
        if child.dep_ in NEGATED_BY_DETERMINER and any(
            g.dep_ in ("det", "preconj") and lex.kind("neg", g) for g in child.children
        ):
            return "negated"  # "No country attended", "Neither X nor Y signed", "sent no troops"
        if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            kind = lex.kind("aux", child)
            if kind == FUTURE_IN_PAST:
                kind = "planned" if _clause_head(tok).dep_ in REPORTED else "hypothetical"
            found.append(kind)
        elif tok.pos_ in NOUNS and child.dep_ in MODIFIER_DEPS:
            found.append(lex.kind("modifier", child))
    if _future_date(tok, lex):
        found.append("planned")
    return _strongest(*found) if any(found) else None


def denied_at(trigger: Token) -> bool:
    """Does the trigger's own clause deny the act ("did not violate", "would never sabotage", "None of
    them were targeted"), rather than a word above it ("failed to crack down", "did not rule out
    breaking off ties")?"""
    return _own(trigger, lexicon()) == "negated"


# Words after "not" that make it a focus ("not only did X condemn Y, it also ..."), not a negation.
FOCUS_WORDS = frozenset({"only", "just", "merely", "simply", "least"})


def _focusing(neg: Token) -> bool:
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ in FOCUS_WORDS


def _clause_head(tok: Token) -> Token:
    """The verb heading a conjunct's clause: "will meet and discuss" shares the first verb's links."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _future_date(tok: Token, lex: CueLexicon) -> bool:
    """A date such as "next month" on a noun or a non-past verb: "the summit in Beijing next month"."""
    # Only nouns and finite present verbs ("they meet next week"): an infinitive takes its time from
    # the verb it depends on, and a past verb cannot lie ahead.
    progressive = tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in PRESENT_TAGS for c in tok.children
    )  # "is travelling to Kampala next week": the present progressive of an arrangement
    if (
        tok.pos_ not in NOUNS
        and not progressive
        and (
            tok.tag_ not in PRESENT_TAGS or any(c.dep_ == "aux" and c.tag_ in PAST_TAGS for c in tok.children)
        )
    ):
        return False
    return _ahead(tok, lex)


def _ahead(tok: Token, lex: CueLexicon) -> bool:
    """A date that lies ahead ("next month", "upcoming") among the word's dependents."""
    cues = lex.words("time")
    return any(
        child.ent_type_ == "DATE" and any(t.lower_ in cues for t in child.subtree) for child in _attached(tok)
    )


def _complement_cue(head: Token, tok: Token, lex: CueLexicon) -> str | None:
    """The cue `head` sets on its complement `tok`. A decision ("decided to expel the envoy", "the
    decision to lift sanctions") is told as the act done, as every such gold event of the round-15 dev
    sets is (28 articles of all seven sets); an act decided for a date ahead ("decided to meet next
    month") is planned."""
    cue = lex.kind("complement", head)
    return "planned" if cue == "asserted" and _ahead(tok, lex) else cue


def _attached(tok: Token) -> Iterator[Token]:
    """Direct dependents, looking through prepositions and place names ("in Beijing next month")."""
    for child in tok.children:
        yield child
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from (g for g in obj.children if g.dep_ == "npadvmod")


def _governed(tok: Token, lex: CueLexicon, depth: int) -> str | None:
    """What the governing word says about the trigger, by dependency relation."""
    head = tok.head
    if head.i == tok.i or depth >= MAX_DEPTH:
        return None
    dep = tok.dep_
    if dep == "conj":
        if _finite_form(tok) and head.tag_ == "VB":
            # "said it would recall its envoy and demanded that X ...": a finite conjunct cannot share
            # a bare verb's "would" or "to"; the parser hung the second verb of the saying (or the
            # planning) on the verb said (or planned). It is coordinated with that finite verb.
            finite = _finite_governor(head)
            return _modality(finite, lex, depth + 1) if finite else _governed(head, lex, depth + 1)
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
            # "can never accept this and have protested to X": a conjunct with its own auxiliary or
            # subject is a clause of its own; the first conjunct's negation or modal is not its.
            return _governed(head, lex, depth + 1)
        return _modality(head, lex, depth + 1)
    if dep in ("acomp", "attr", "appos", "oprd"):
        return _modality(head, lex, depth + 1)
    if dep == "xcomp":
        going_to = head.lemma_ == "go" and head.tag_ == "VBG" and any(c.lemma_ == "be" for c in head.children)
        cue = "planned" if going_to else _complement_cue(head, tok, lex)
        if cue == "negated" and _negated(head, lex):
            # "will not hesitate to strike": holding back denied is the act readied (said ahead, with a
            # modal), or done ("did not hesitate to criticize").
            return "planned" if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) else None
        return _strongest(cue, _modality(head, lex, depth + 1))
    if dep == "ccomp" and _nonfinite(tok):
        # "allow the base to remain", "let the ships dock": an object's infinitive is governed like an
        # xcomp, not reported speech.
        return _strongest(_complement_cue(head, tok, lex), _modality(head, lex, depth + 1))
    if dep == "ccomp":
        # Reported speech: "said that they met" keeps the clause's own modality; only a governing
        # cue ("hoped that", "feared that", "denied that") changes it. "be" is a cue only with its
        # infinitive ("is to meet"): a finite clause under it ("the point is that X attacked", and
        # the parser's "“We warn X: any provocation is futile”") is no plan.
        return None if head.lemma_ == "be" else lex.kind("complement", head)
    if dep == "advcl":
        outer = _modality(head, lex, depth + 1)
        if _infinitive(tok):
            # Purpose: "sent troops to secure the border" - the securing is what the sending is for; a
            # meeting's talking ("met to discuss the crisis") happens in the meeting. Either shares the
            # main act's fate: "did not meet to discuss".
            return _strongest(outer, None if fulfilled_purpose(tok, lex) else "planned")
        if tok.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None  # "agreed to accept the flights after Trump threatened tariffs": it happened
        if _factual_clause(tok):
            return None  # "while Peru backs the accord, its terms should change": the backing is a fact
        return _without_negation(outer)  # "He did not attend, citing illness": the citing happened
    if dep in ("acl", "relcl"):
        # A noun's complement clause ("the hope that they would meet", "plans to hold"), not a
        # participle describing it ("the decisions made during the visit").
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        if that and _denied_claim(head, lex):
            return "negated"  # "denied reports that the envoys had met"
        cue = _complement_cue(head, tok, lex) if infinitive or that else None
        outer = _without_negation(_modality(head, lex, depth + 1))
        if infinitive and any(c.dep_ == "auxpass" for c in tok.children):
            return _strongest(cue, "planned", outer)  # "the games to be hosted by Japan"
        if infinitive and cue is not None and _own(head, lex) == "negated":
            return "negated"  # "has no plans to attack", "no intention to resign"
        if infinitive:
            return _strongest(cue, outer)  # purpose: "held a conversation to discuss trade"
        return cue
    if dep in ("pobj", "pcomp"):
        return _through_preposition(tok, lex, depth)
    if dep in ("dobj", "nsubjpass"):
        outer = _modality(head, lex, depth + 1)
        if lex.kind("judge", head) is not None:
            # "did not condemn the invasion": the invasion happened whatever was said of it.
            return _without_negation(outer)
        if lex.kind("complement", tok) == "asserted":
            return outer  # "announced its decision to expel X": a decision announced has been made
        return _strongest(lex.kind("object", head), outer)
    if dep == "nsubj" and head.pos_ in NOUNS:
        return None  # "consider the withdrawal a good step": a verbless judgement of the event
    if dep == "nsubj":
        outer = _modality(head, lex, depth + 1)
        if lex.kind("occurrence", head) is not None:
            return _strongest(lex.kind("occurrence", head), outer)  # "the meeting did not take place"
        return _without_negation(outer)  # "the talks did not address X": the talks happened
    return None


# Tags of a finite verb, which carries its own tense.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _finite_form(verb: Token) -> bool:
    """A past or third-person verb spelled apart from its lemma ("demanded", "offers"): the tagger
    reads a bare verb as a present ("launch", VBP) or a bare "set" as a past too often to trust."""
    return verb.tag_ in ("VBD", "VBZ") and verb.lower_ != verb.lemma_.lower()


def _finite_governor(verb: Token) -> Token | None:
    """The nearest finite verb above a bare one ("said" above "would recall"), if any."""
    node = verb
    for _ in range(MAX_DEPTH):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.tag_ in FINITE_TAGS:
            return node
    return None


# Auxiliaries of possibility and ability (modality.tsv: hypothetical).
POSSIBILITY = frozenset({"could", "might", "may", "can"})
# Conjunctions that open a condition; an act under one is left to the rules for conditions.
CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def mere_possibility(trigger: Token) -> bool:
    """An act only said to be possible: the trigger, or a word it hangs on, takes "could", "might", "may"
    or "can", and no "if" / "unless" / "whether" clause comes first on the way up ("armed attacks could
    warrant sending troops", "other matters that can be discussed with X", "X said Y might retaliate").
    A news record tells what was done, planned or refused; a possibility weighed is none of these (round
    13: two dev articles of two sets; the gold holds one hypothetical event in 363). A condition ("will
    retaliate if ...") is not this: it may make a threat (recast.conditional_attack)."""
    node = trigger
    for _ in range(MAX_DEPTH):
        if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY for c in node.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Conjunctions of concession, contrast and cause: the clause they open states a fact the main clause
# builds on, whatever the main clause's mood ("although Chile condemns the strike, it will not ...").
FACTUAL_MARKS = frozenset({"while", "although", "though", "whereas", "because", "since"})


def _factual_clause(tok: Token) -> bool:
    """A finite clause with its own subject opened by a conjunction of `FACTUAL_MARKS`."""
    if not any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in tok.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # "while visiting Lima": a participle shares the main clause's time and mood
    finite = PAST_TAGS | PRESENT_TAGS
    return tok.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in tok.children)


def fulfilled_purpose(clause: Token, lex: CueLexicon) -> bool:
    """A purpose a meeting fulfils by taking place ("met to discuss the crisis": the discussing
    happened), unless the main act only asks for, proposes or plans the occasion ("called for a session
    of parliament to discuss the crisis", "proposed a summit to review the deal"): then the
    discussing is a goal like the occasion itself."""
    return lex.kind("fulfilled", clause) is not None and lex.kind("complement", clause.head) is None


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _nonfinite(tok: Token) -> bool:
    """A "to" infinitive, or a bare one ("let the ships dock"); not a subjunctive "that" clause."""
    if any(c.dep_ == "mark" for c in tok.children):
        return False
    return _infinitive(tok) or (
        tok.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _through_preposition(tok: Token, lex: CueLexicon, depth: int) -> str | None:
    prep = tok.head
    if prep.dep_ not in ("prep", "agent", "dative") or prep.head.i == prep.i:
        return None
    word = prep.lemma_.lower()
    owner = _plan_made(_speech_setting(prep), word, lex)
    if word in CLAIM_PREPS and _denied_claim(owner, lex):
        return "negated"  # "dismissed reports of a phone call as fabricated": the call is denied
    cue = next(filter(None, (lex.phrase("prep", words) for words in _prep_phrases(prep))), None)
    if word == "since" or (word in AFTER_PREPS and any(c.lower_ in EARLIER for c in tok.children)):
        # "will meet next week, a year after their last summit", "his first trip since the summit":
        # an occasion the text places before another is past, whatever lies ahead of that other.
        return None
    for scope in ("complement", "object") if cue is None else ():
        found = lex.match(scope, owner, extra=(word,))
        if found and owner.lemma_ == "be" and word != "to":
            # "be" is a cue only with its infinitive ("is to meet"); "is in Kabul for talks" says
            # where someone is and why: the talks are under way.
            found = None
        # "hopes for a deal", "looked forward to the visit", "invited him to the ceremony" - but
        # not "agreed in a phone call": a verb's cue reaches through "to"/"for" or the preposition
        # its cue names.
        if found and (owner.pos_ in NOUNS or word in ("to", "for") or word in found.words[1:]):
            cue = "hoped" if found.kind == "planned" and _time_left_open(owner) else found.kind
            break
    # The governor's own tense or mood carries to its circumstances ("will meet during the summit"),
    # but not its negation ("did not meet during the summit" says nothing of the summit) nor what it
    # inherits: in "agreed to cooperate during the visit" the visit is not a plan. Its condition does:
    # "if you agree, we will help with the repatriation".
    conditional = "hypothetical" if owner.pos_ in ("VERB", "AUX") and _conditional(owner, lex) else None
    if cue in ("planned", "hoped") and owner.pos_ in NOUNS and _own(owner, lex) == "negated":
        return "negated"  # "has no intention of withdrawing": the intention denied
    return _strongest(cue, conditional, _without_negation(_own(owner, lex) or "asserted"))


# Words of a time phrase that leaves the day to be found ("at an appropriate time", "at a mutually
# convenient time", "at an early date", "in due course").
OPEN_TIME_WORDS = frozenset({"appropriate", "convenient", "early", "due", "suitable", "opportune"})
OPEN_TIME_NOUNS = frozenset({"time", "date", "course", "opportunity"})


def _time_left_open(governor: Token) -> bool:
    """Does the clause of `governor` ("looked forward to his visit to Russia at an appropriate time")
    leave the occasion's time to be found? Then nothing is arranged: an occasion looked forward to is
    only hoped (round 20), not expected."""
    return any(
        t.lemma_.lower() in OPEN_TIME_NOUNS and any(c.lower_ in OPEN_TIME_WORDS for c in t.children)
        for t in governor.subtree
    )


# Verbs that only say a plan exists or was made: the phrase they carry is the plan's.
PLAN_VERBS = frozenset({"be", "make"})
PLAN_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "dobj"})


def _plan_made(owner: Token, word: str, lex: CueLexicon) -> Token:
    """ "No plans had been made for another summit", "there are no plans so far for a call": the
    parser hangs the phrase on "made" or "be", but it tells what the plan is for, so the plan noun (and
    its "no") decides the event's modality, as in "has no plans for a meeting"."""
    if owner.lemma_.lower() not in PLAN_VERBS:
        return owner
    for noun in owner.children:
        if noun.dep_ in PLAN_NOUN_DEPS and noun.pos_ in NOUNS:
            found = lex.match("complement", noun, extra=(word,)) or lex.match("object", noun, extra=(word,))
            if found is not None and found.kind in ("planned", "hoped"):
                return noun
    return owner


def _speech_setting(prep: Token) -> Token:
    """The word a phrase tells the circumstances of. "said at Thursday's meeting they would support
    Italy": the parser hangs a phrase standing between a verb and the subject of its reported clause
    (no "that") on the reported verb, but it tells where the speaking happened, so the meeting takes
    the speaking's modality, not the reported future's."""
    owner = prep.head
    verb = owner.head
    if (
        owner.dep_ == "ccomp"
        and verb.pos_ == "VERB"
        and verb.i < prep.i
        and not any(c.dep_ == "mark" for c in owner.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i for c in owner.children)
    ):
        return verb
    return owner


AFTER_PREPS = frozenset({"after", "following"})
# The prepositions that join a claim to what it claims: "reports of a meeting", "rumours about talks".
CLAIM_PREPS = frozenset({"of", "about"})


def _denied_claim(noun: Token, lex: CueLexicon) -> bool:
    """A report, claim or rumour that the sentence denies: the object of a denial verb ("dismissed
    reports", "rejected claims") or the subject of its passive ("the reports were denied"). What it
    reports did not happen, by the speaker's word; a report merely told ("confirmed reports of a
    meeting", "did not deny reports") keeps its content's own modality."""
    if lex.kind("claim", noun) is None or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    return lex.kind("denial", verb) is not None and not _negated(verb, lex)


# Modifiers that place an occasion before the one it is compared with ("their last summit").
EARLIER = frozenset({"last", "previous", "earlier", "prior", "former"})


def _prep_phrases(prep: Token) -> Iterator[tuple[str, ...]]:
    """The preposition alone and as part of a complex one: "without", "ahead of", "in the event of"."""
    yield (prep.lemma_.lower(),)
    word = prep.head
    if word.pos_ in ("ADV", "ADJ", "NOUN"):
        yield (word.lemma_.lower(), prep.lemma_.lower())
        if word.dep_ == "pobj" and word.head.dep_ == "prep":
            yield (word.head.lemma_.lower(), word.lemma_.lower(), prep.lemma_.lower())


def _without_negation(kind: str) -> str:
    return "asserted" if kind == "negated" else kind


def _unfulfilled(tok: Token, lex: CueLexicon) -> bool:
    """ "..., but nothing has materialised so far": a but-clause coordinated with one of the
    trigger's governing clauses denies that the planned event happened."""
    node, seen = tok, 0
    while seen < MAX_DEPTH:
        has_but = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.children)
        for conj in node.children:
            if conj.dep_ != "conj" or not (has_but or _has_but(conj)):
                continue
            if lex.kind("but", conj) or (lex.kind("but-not", conj) and _negated(conj, lex)):
                return True
            # "but it has failed to materialise" / "but it has yet to take place"
            if any(x.dep_ == "xcomp" and lex.kind("but", x) for x in conj.children):
                return True
        if node.head.i == node.i:
            return False
        node, seen = node.head, seen + 1
    return False


def _has_but(conj: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conj.children)


def _negated(tok: Token, lex: CueLexicon) -> bool:
    return any(c.dep_ in NEG_DEPS and lex.kind("neg", c) and not _focusing(c) for c in tok.children)
