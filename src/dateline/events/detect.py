"""Finding event triggers in a parsed sentence: verbs, nominalisations and light-verb phrases.

Detection is a dictionary lookup by lemma (data/triggers.tsv) refined by the words around the head in
the dependency parse ("lift a curfew" is a concession, "lift sanctions" a retreat, "release a report" no
event at all), so it stays fast and every decision can be read off the lexicon.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from dateline.events.conditions import conditional
from dateline.events.nominalised import PHASES, verb_reading
from dateline.events.ontology import load as load_ontology
from dateline.events.ontology import read_tsv
from dateline.nlp.accents import unaccented

# Dependencies that start a new clause (or a coordinated item): the words behind them belong to another
# predication and must not decide what this word means.
CLAUSE_DEPS = frozenset(
    {"conj", "advcl", "relcl", "ccomp", "parataxis", "cc", "punct", "mark", "appos", "acl"}
)
# What a verb of presiding ("witnessed", "oversaw") makes its subject a party to: papers signed or
# exchanged in its presence ("witnessed the exchange of memoranda").
WITNESSED = frozenset({"SUPPORT", "AGREE"})
POS = {"V": frozenset({"VERB"}), "N": frozenset({"NOUN"}), "A": frozenset({"ADJ", "VERB"})}
ENTRY_TAGS = frozenset().union(*POS.values())
# Entity labels whose words are names, not events ("Shanghai Cooperation Organization", "Security Council").
NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT", "PERSON", "GPE", "NORP"})
# Dependents that belong to the trigger's own wording ("called for", "hunger strike", "imposed a curfew").
WORDING_DEPS = frozenset({"prt", "prep", "compound", "amod", "dobj", "advmod"})
# Spans of time one party grants another for an act ("gave him 72 hours to leave").
TIME_ALLOWED = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})
# A verb form standing where a noun stands ("evacuated the wounded") is not a verb event.
NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


@dataclass(frozen=True)
class Condition:
    words: frozenset[str]
    negated: bool = False
    dep: str | None = None  # "@xcomp": the head must have a dependent with this relation; "@object":
    # an object, a passive subject, or the noun a passive participle modifies; "!@object": must not;
    # "@conditional": the head is put ahead on a condition ("will respond if ...", conditions.py)

    @classmethod
    def parse(cls, text: str) -> Condition:
        negated = text.startswith("!")
        if text.lstrip("!").startswith("@"):
            return cls(frozenset(), negated, dep=text.lstrip("!")[1:])
        words = frozenset(w for w in text.lstrip("!").split("|") if w)
        if any(w.startswith("@") for w in words):
            # "for|@xcomp" would read "@xcomp" as a word that never occurs: a dependency condition is a
            # condition of its own, not one alternative of a word list.
            raise ValueError(f"trigger condition {text!r} mixes words with a dependency condition")
        return cls(words, negated)

    def holds(self, context: set[str], deps: set[str]) -> bool:
        if self.dep:
            return (self.dep in deps) != self.negated
        hit = bool(self.words & context)
        return not hit if self.negated else hit


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str
    conditions: tuple[Condition, ...]
    type: str
    mode: str | None
    confidence: float
    notes: str = ""

    @property
    def specificity(self) -> int:
        return sum(1 for c in self.conditions if not c.negated)


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[Entry, ...]]
    light: frozenset[str]
    speech: frozenset[str]
    obligation: dict[str, str]  # lemma -> "aux" (must) or "verb" (needs to)
    instruments: dict[str, str]
    topical: frozenset[str] = frozenset()  # verbs whose object is a topic ("discussed X")
    agentive: frozenset[str] = frozenset()  # nouns whose "of"-phrase is the doer ("the visit of X")
    advocacy: frozenset[str] = frozenset()  # nouns that hold an event up as a goal ("the need for X")
    consult_cues: dict[str, str] = field(default_factory=dict)  # word -> CONSULT mode it shows
    partitive: frozenset[str] = frozenset()  # "a series of", "ten days of": the event is the of-noun
    commentator: frozenset[str] = frozenset()  # "analyst", "professor": speakers whose words are opinion
    opinion: frozenset[str] = frozenset()  # "suggest", "believe": verbs that report a view
    caution: frozenset[str] = frozenset()  # "warn": a threat only through a conflictive content
    needs_agent: frozenset[str] = frozenset()  # "violate": an act only when someone does it
    judged: frozenset[str] = frozenset()  # "law", "plan": things, not agents, as such a verb's subject
    owned: frozenset[str] = frozenset()  # "investment", "position": a demonym on them names who acts
    stative: frozenset[str] = frozenset()  # "is committed to": the passive subject takes the stand
    denial: frozenset[str] = frozenset()  # "deny", "dismiss": the event they deny is negated
    report: frozenset[str] = frozenset()  # "reports", "claims": nouns that carry a denied event
    volition: frozenset[str] = frozenset()  # "want", "intend": a conflict act they govern is a threat
    habitual: frozenset[str] = frozenset()  # "routinely", "often": a habit, not an event of the week
    duration: frozenset[str] = frozenset()  # "for decades": an ongoing state
    undergo: frozenset[str] = frozenset()  # "faces pressure from X": the subject undergoes the act
    violation: frozenset[str] = frozenset()  # "violate": reported by someone, an accusation by them
    hosting: frozenset[str] = frozenset()  # "welcome": said of a visiting person, hosting them
    command: frozenset[str] = frozenset()  # "order": to one's own forces, the act ordered is one's own
    forces: frozenset[str] = frozenset()  # "military", "troops": those a leader commands
    stance: frozenset[str] = frozenset()  # "recognize", "accept": not done, a rejection ("did not recognize")
    belief: frozenset[str] = frozenset()  # "believe", "expect": a future act under them is a forecast
    mutual: frozenset[str] = frozenset()  # "exchange": each party acts on the other ("exchanged fire")
    shared: frozenset[str] = frozenset()  # "exercise": held by several parties together, cooperation
    occur: dict[str, str] = field(default_factory=dict)  # "begin", "take place": the noun happened
    cause: frozenset[str] = frozenset()  # "spark", "trigger": their object noun happened
    fostering: frozenset[str] = frozenset()  # "promote", "deepen": their object tie is a goal, not an act
    witness: frozenset[str] = frozenset()  # "witnessed the exchange of memoranda": light for a signing only

    def names_an_act(self, noun: Token) -> bool:
        """True when `noun` is an act or stand someone owns (an event noun of the lexicon, whatever its
        conditions, a `judged` or an `owned` noun): "Chinese investment" is China's, "Afghan soil" no
        one's."""
        lemma = noun.lemma_.lower()
        return (lemma, "N") in self.entries or lemma in self.judged or lemma in self.owned

    def lookup(self, token: Token) -> Entry | None:
        """The most specific entry whose conditions hold around `token`, or None."""
        tag = token.pos_
        if tag not in ENTRY_TAGS:
            return None  # no entry for a word of another part of speech: most words stop here
        lemma, around = token.lemma_.lower(), None  # read once: asked at every word
        joined = hyphen_joined(token)
        for pos, tags in POS.items():
            if tag not in tags or (pos == "V" and token.dep_ in NOMINAL_DEPS):
                continue
            # "cease-fire", "air-strike": the parser splits a hyphenated word; its closed form is the entry.
            candidates = (joined and self.entries.get((joined, pos))) or self.entries.get((lemma, pos))
            if not candidates and pos == "N" and token.tag_ == "NNS" and token.lower_.endswith("s"):
                # A plural the lemmatizer mangles ("doses" -> "dos"): its singular is the entry.
                candidates = self.entries.get((token.lower_[:-1], pos))
            if not candidates and pos == "V" and token.lower_ in (lemma + "ed", lemma + "ing", lemma + "es"):
                # A verb in -e the lemmatizer takes for another ("raped" -> "rap", "fined" -> "fin"): its
                # own lemma is the entry.
                candidates = self.entries.get((lemma + "e", pos))
            if not candidates and pos == "V" and lemma.startswith("re"):
                # "reimposed", "re-established": the repeated act is the act.
                base = lemma[2:].lstrip("-")
                candidates = self.entries.get((base, pos))
                if not candidates and base.endswith("e") and token.lower_.endswith("ed"):
                    # "rearrested" is lemmatized "rearreste" (the model's table lacks the word)
                    candidates = self.entries.get((base[:-1], pos))
            if not candidates:
                if pos == "N" and (reading := verb_reading(token, self, *context_of(token))):
                    return reading  # "the restoration of ties": the verb "restore" with its object
                continue
            around = around or context_of(token)
            context, deps = around
            for entry in candidates:
                if all(c.holds(context, deps) for c in entry.conditions):
                    return entry
        return None


@cache
def load_lexicon() -> Lexicon:
    known_types = load_ontology().types
    entries: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for row in read_tsv("triggers.tsv"):
        conditions = tuple(Condition.parse(part) for part in row["with"].split())
        if row["type"] not in known_types:
            raise ValueError(f"triggers.tsv: unknown PLOVER type {row['type']!r} for {row['lemma']!r}")
        # "suspend|halt|freeze": words of one set, with one list of conditions, in one row
        for lemma in row["lemma"].lower().split("|"):
            entry = Entry(
                lemma,
                row["pos"],
                conditions,
                row["type"],
                row["mode"] or None,
                float(row["confidence"]),
                row.get("notes", ""),
            )
            entries[(entry.lemma, entry.pos)].append(entry)
    ranked = {
        key: tuple(sorted(group, key=lambda e: (-e.specificity, -len(e.conditions), -e.confidence)))
        for key, group in entries.items()
    }
    cues: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_tsv("cues.tsv"):
        cues[row["kind"]][row["lemma"].lower()] = row["value"]
    return Lexicon(
        ranked,
        frozenset(cues["light"]),
        frozenset(cues["speech"]),
        dict(cues["obligation"]),
        dict(cues["instrument"]),
        frozenset(cues["topical"]),
        frozenset(cues["agentive"]),
        frozenset(cues["advocacy"]),
        dict(cues["consult-mode"]),
        frozenset(cues["partitive"]),
        frozenset(cues["commentator"]),
        frozenset(cues["opinion"]),
        frozenset(cues["caution"]),
        frozenset(cues["needs-agent"]),
        frozenset(cues["judged"]),
        frozenset(cues["owned"]),
        frozenset(cues["stative"]),
        *(
            frozenset(cues[k])
            for k in (
                *("denial", "report", "volition", "habitual", "duration"),
                *("undergo", "violation", "hosting", "command", "forces"),
                *("stance", "belief", "mutual", "shared"),
            )
        ),
        dict(cues["occur"]),
        frozenset(cues["cause"]),
        frozenset(cues["fostering"]),
        frozenset(cues["witness"]),
    )


def hyphen_joined(token: Token) -> str | None:
    """The closed form of a hyphenated word whose last part is `token` ("cease-fire" -> "ceasefire"),
    or None when no hyphen joins it to the word before."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return doc[i - 2].lower_ + token.lemma_.lower()


def context_of(token: Token, depth: int = 3) -> tuple[set[str], set[str]]:
    """Lemmas of the words governed by `token` within `depth` links inside its own clause (and its
    governing word, marked "^"), and the relations of its direct dependents."""
    words = {"^" + token.head.lemma_.lower()}  # the governing word, for "^a" conditions
    deps = {child.dep_ for child in token.children}
    if deps & {"dobj", "nsubjpass"}:
        deps.add("object")
    if any(_postposed_predicate(child) for child in token.children if child.dep_ == "dobj"):
        deps.add("oprd")  # "called X's words "unacceptable"": parsed as the object's own adjective
    if token.pos_ in ("VERB", "AUX") and conditional(token):
        deps.add("conditional")  # "will respond if X attacks": an act announced on a condition
    if (token.dep_ in ("acl", "relcl") and token.tag_ == "VBN") or relative_object(token):
        # "the games to be hosted by X", "the sanctions imposed on Y": the noun is the verb's object.
        words |= {token.head.lemma_.lower(), token.head.lower_}
        deps.add("object")
    # "called for X to reciprocate": the "for" of a for-to clause is the verb's own preposition.
    words |= {"for" for child in token.children if for_clause(child)}
    # "sent engineers to help build ...": the verb of a "to ..." purpose or complement, marked ">".
    words |= {">" + child.lemma_.lower() for child in token.children if to_clause(child)}
    # "gave the envoy 72 hours to leave", "imposed a deadline for the envoy to leave": a span of time
    # granted is for the act of its own "to ..." clause, which counts as the verb's ("to leave"), and
    # that clause's subject is the one who must act ("the envoy").
    for clause in time_limits(token):
        words.add(">" + clause.lemma_.lower())
        words |= {s.lemma_.lower() for s in clause.children if s.dep_ == "nsubj"}
        deps.add("timelimit")  # "gave X 72 hours to surrender": a time limit set for another's act
    frontier = [token]
    for level in range(depth):
        nxt = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ in CLAUSE_DEPS and not _coordinated_noun(tok, child, token):
                    continue
                if child.dep_ == "aux" and child.lower_ == "to":
                    continue  # the infinitive's "to" ("to provide security") is no "to X" recipient
                if child.lower_ == "according" and child.dep_ == "prep":
                    continue  # "according to X" names a source, no argument ("accord" of "struck an accord")
                words.add(child.lemma_.lower())
                words.add(child.lower_)
                words.add(unaccented(child.lower_))  # "the chargé d'affaires": the lexicon's "charge"
                if child.tag_ in ("NNS", "NNPS") and child.lower_.endswith("s"):
                    # "doses" is lemmatized "dos", a capitalised "Sanctions" keeps its plural as a proper
                    # noun ("decides to lift financial and economic Sanctions"): its singular is the word.
                    words.add(child.lower_[:-1])
                # A "to ..." complement counts by its verb only: its own objects are another event's;
                # so does an "in protest" phrase: what is protested against is not where the act went
                # ("launched missiles in protest against the drills" fired at no one).
                if (child.dep_ != "xcomp" or level > 0) and not in_protest(child):
                    nxt.append(child)
                # "barred from a number of championships": a noun of quantity stands for its "of"-noun,
                # which is read at the quantity's own depth (round 21).
                for counted in _counted(child):
                    words |= {counted.lemma_.lower(), counted.lower_}
                    nxt.append(counted)
        frontier = nxt
    return words, deps


def _counted(noun: Token) -> list[Token]:
    """The noun a partitive counts ("a number of competitions", "a series of raids"), else nothing. A
    span of time is not a count ("halted work on the first day of a strike": the strike is when)."""
    if noun.lemma_.lower() not in load_lexicon().partitive or noun.ent_type_ in ("DATE", "TIME"):
        return []
    return of_objects(noun)


def of_objects(noun: Token) -> list[Token]:
    """The nouns of a word's "of"-phrases ("a series of raids": raids)."""
    return [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def in_protest(word: Token) -> bool:
    """The noun of an "in protest" phrase (recast.protest_motive reads it as the motive of the act)."""
    return word.lemma_.lower() == "protest" and word.dep_ == "pobj" and word.head.lower_ == "in"


def _postposed_predicate(noun: Token) -> bool:
    """An adjective after the object it describes ("called X's actions "provocative""): the parser may
    hang the verb's predicate complement on the object; English puts an attributive adjective before
    its noun."""
    return any(c.dep_ == "amod" and c.i > noun.i for c in noun.children)


def relative_object(verb: Token) -> bool:
    """A restrictive relative clause whose object is the relative pronoun ("the deal that the ministers
    signed", "the plan which Ghana endorsed"): the noun it modifies is the verb's object."""
    return verb.dep_ == "relcl" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "WDT" for c in verb.children
    )


def _coordinated_noun(noun: Token, child: Token, head: Token) -> bool:
    """A noun coordinated with a noun the head governs ("sent police officers and troops", "provided
    tents and blankets"): each conjunct is the head's object as much as the first. The head's own
    conjuncts are other predications ("talks and visits")."""
    return child.dep_ == "conj" and noun.i != head.i and noun.pos_ == "NOUN" and child.pos_ == "NOUN"


def to_clause(token: Token) -> bool:
    """A "to ..." clause hanging on a verb, as its complement or its purpose."""
    return token.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def time_for(clause: Token) -> bool:
    """A "to ..." clause on a span of time or a deadline ("72 hours to leave", "a deadline for X to
    leave"), or on the verb that grants one ("gave Facebook one week to comply", parsed with the week as
    the verb's adverbial and the clause as its own)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if clause.dep_ in ("advcl", "acl", "relcl") and clause.head.lemma_.lower() in TIME_ALLOWED:
        return True
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in TIME_ALLOWED and c.i < clause.i
        for c in clause.head.children
    )


def time_limits(verb: Token) -> list[Token]:
    """The "to ..." clauses a verb sets a time limit for: on its object ("gave the envoy 72 hours to
    leave", "set a deadline for X to withdraw") or on itself ("gave Facebook one week to comply")."""
    spans = [o for o in verb.children if o.dep_ in ("dobj", "npadvmod")]  # "gave X 48 hours": either parse
    on_object = [c for o in spans for c in o.children if time_for(c)]
    return on_object + [c for c in verb.children if time_for(c)]


def for_clause(token: Token) -> bool:
    """A "for X to do" clause ("called for Russia to reciprocate", "it is for Russia to accept")."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


@dataclass(frozen=True)
class Trigger:
    """A word (or light-verb phrase) that reports an event."""

    head: Token  # the word that carries the event meaning
    anchor: Token  # the word whose dependents give the participants: the light verb, else the head
    entry: Entry
    tokens: tuple[Token, ...]  # every word of the trigger wording
    nominal: bool  # a noun standing on its own ("the talks", "his visit"), not a light-verb object

    @property
    def type(self) -> str:
        return self.entry.type

    @property
    def start(self) -> int:
        return min(t.i for t in self.tokens)

    @property
    def end(self) -> int:
        return max(t.i for t in self.tokens) + 1


def as_predicate(token: Token) -> bool:
    """An adjective the parser hangs on "as" as a modifier where it is the predicate of "described X
    as unjustified" (no noun follows it)."""
    return token.dep_ == "amod" and token.pos_ == "ADJ" and token.head.lower_ == "as"


def list_verb(token: Token) -> bool:
    """A verb the parser made a modifier where it goes on a list of acts ("raided the offices, detained
    staff and seized files"; "quit the race and endorsed X"): a past form right after a comma or "and",
    opening its noun phrase (no article, possessive or number before it: "the detained staff" is an
    adjective), with a finite verb before it in the sentence whose list it continues."""
    if token.dep_ != "amod" or token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN") or token.i == 0:
        return False
    noun, before = token.head, token.doc[token.i - 1]
    if noun.i < token.i or not (before.text == "," or before.lower_ in ("and", "or")):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "predet") and c.i < token.i for c in noun.children):
        return False
    if load_lexicon().lookup(noun) is not None:
        return False  # "and alleged attacks": a participle on an event noun qualifies the event
    return any(
        w.pos_ in ("VERB", "AUX") and w.tag_ in ("VBD", "VBZ", "VBP") and w.dep_ != "amod"
        for w in token.sent
        if w.i < token.i
    )


def _is_name(token: Token) -> bool:
    return token.ent_type_ in NAME_LABELS or token.pos_ == "PROPN"


def _wording(head: Token, entry: Entry) -> list[Token]:
    """The head plus its direct dependents named by the entry's conditions, when close to the head."""
    wanted = _wanted(entry)
    return [
        child
        for child in head.children
        if child.dep_ in WORDING_DEPS and child.lemma_.lower() in wanted and abs(child.i - head.i) <= 4
    ]


def _wanted(entry: Entry) -> set[str]:
    """The words an entry's conditions ask for."""
    return set().union(*(c.words for c in entry.conditions if not c.negated)) if entry.conditions else set()


def _light_objects(
    verb: Token, preps: tuple[str, ...] = ("in", "to", "under"), conjuncts: bool = True
) -> list[Token]:
    """The nouns a light verb may govern: its object, or the noun after "in"/"to"/"under" ("engaged in
    talks", "put under investigation"), each followed by the noun of its "of"-phrase for a quantity
    ("launched a series of airstrikes", "ten days of war games", "a new round of talks")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    if relative_object(verb):
        nouns.append(verb.head)  # "the sanctions that Washington imposed": the noun the clause modifies
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            nouns += [p for p in child.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    # "offered condolences and support": a noun coordinated with the object is the verb's object too
    if conjuncts:
        nouns += [c for n in list(nouns) for c in n.conjuncts if c.pos_ == "NOUN" and c.i > n.i]
    out = []
    for noun in nouns:
        out.append(noun)
        if noun.lemma_.lower() in load_lexicon().partitive or noun.lemma_.lower() in PHASES:
            out += [p for p in of_objects(noun) if p.pos_ == "NOUN"]
    return out


def _light_event(verb: Token, lexicon: Lexicon) -> tuple[Token, Entry] | None:
    """The event noun of a light-verb phrase and its entry: the object itself ("held talks") or the
    event noun that names its kind ("undertook a mediation mission")."""
    # A verb of undergoing reads only what its subject is put under ("came under attack"), not where
    # it goes ("came to the talks").
    # What one undergoes is one thing: "faces challenges and support of X remains vital" is a misparse
    # of two clauses, not support faced.
    undergo = verb.lemma_.lower() in lexicon.undergo
    preps = ("under",) if undergo else ("in", "to", "under")
    for noun in _light_objects(verb, preps, conjuncts=not undergo):
        if _is_name(noun):
            continue
        for candidate in (noun, *(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")):
            entry = lexicon.lookup(candidate)
            if entry is not None:
                return candidate, entry
    return None


def detect(sent: Span, lexicon: Lexicon | None = None) -> list[Trigger]:
    """Every event trigger of the sentence, in text order."""
    lexicon = lexicon or load_lexicon()
    types = load_ontology().types
    triggers: list[Trigger] = []
    consumed: set[int] = set()  # nouns already read as the object of a light verb
    for token in sent:
        if token.i in consumed or _is_name(token):
            continue
        if token.dep_ in ("amod", "compound") and not list_verb(token) and not as_predicate(token):
            continue
        own = lexicon.lookup(token)
        lemma = token.lemma_.lower()
        light = lemma in lexicon.light or lemma in lexicon.undergo
        if token.pos_ in ("VERB", "AUX") and (light or lemma in lexicon.witness):
            found = _light_event(token, lexicon)
            if not light and found is not None and found[1].type not in WITNESSED:
                found = None  # "residents witnessed the shelling": no shelling by them
            # The verb's own meaning wins when it is specific ("signed an agreement") or a verbal act
            # whose object is its content ("offered concessions"); otherwise the noun carries the event.
            own_wins = own is not None and (own.specificity > 0 or types[own.type].verbal)
            if found is not None and not own_wins:
                noun, noun_entry = found
                consumed.add(noun.i)
                words = (token, noun, *_wording(noun, noun_entry))
                triggers.append(Trigger(noun, token, noun_entry, tuple(words), nominal=False))
                continue
        if own is None:
            continue
        parts = tuple(token.doc[token.i - 2 : token.i]) if hyphen_joined(token) else ()
        words = (*parts, token, *_wording(token, own))
        if relative_object(token) and token.head.lemma_.lower() in _wanted(own):
            # "the agreement that Kenya and Somalia signed": one signing, as "signed the agreement"
            consumed.add(token.head.i)
        triggers.append(Trigger(token, token, own, tuple(words), nominal=token.pos_ == "NOUN"))
    # A light verb may follow its noun ("talks were held"): drop the noun's stand-alone reading.
    triggers = [t for t in triggers if not (t.anchor.i == t.head.i and t.head.i in consumed)]
    return sorted(triggers, key=lambda t: t.start)
