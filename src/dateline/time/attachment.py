"""Which word a time expression modifies, and which expressions govern an event trigger.

Following Reimers et al. (TACL 2018), an event is dated by the time expression of its own clause
when there is one. "Its own clause" is read off the dependency parse: an expression governs a trigger
when it modifies the trigger ("the conversation of Aug. 25"), the verb that takes a noun trigger as
argument ("on Monday held a telephonic conversation"), or a verb the trigger is coordinated with or
is the purpose of ("visited X last week and signed ..."); never a verb of another clause (a relative
clause, a reported clause, an adverbial clause of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.records import Timex
from dateline.time.ordering import OPENERS, clause_opener
from dateline.time.tense import Tense, clause_verb, copula_of, cues, is_verb, tense

_PREP_DEPS = ("prep", "agent")
_PREP_EXTENDERS = ("ADV", "ADP", "ADJ", "NOUN")  # "ahead of", "prior to", "in advance of"
# How a noun trigger reaches its verb; prepositional links are followed unless relational.
_ADVERBIAL_DEPS = ("advmod", "npadvmod")  # how an adverbial time expression ("two years ago") hangs
_OBJECT_DEPS = ("dobj", "xcomp", "attr", "oprd", "dative")
_PLACE_ENTITIES = ("GPE", "LOC", "FAC")
_NOUN_MODIFIER_DEPS = ("nummod", "compound", "poss", "amod")
_RELATING_PREPS = frozenset({"before", "after", "since", "following", "until", "ahead of", "prior to"})
_ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "appos", "dative", "compound"}


@dataclass(frozen=True)
class Attachment:
    timex: Timex
    span: Span
    head: Token | None  # the word the expression modifies; None when it is the sentence root
    prep: str | None  # the preposition that introduces it ("on", "since", "ahead of"), lower case
    # the event noun the expression dates where `prep` relates the head to that noun ("before the 2013
    # election"): the noun's event lies somewhere inside the expression's time
    noun: Token | None = None


def _span(doc: Doc, timex: Timex) -> Span | None:
    return doc.char_span(timex.start, timex.end, alignment_mode="expand")


def _climb_prep(prep_token: Token) -> tuple[str, Token]:
    """From a preposition to the word its phrase modifies, collecting multi-word prepositions."""
    words = [prep_token.lower_]
    head = prep_token.head
    while (
        head.i != head.head.i
        and head.pos_ in _PREP_EXTENDERS
        and head.dep_ in ("advmod", "prep", "amod", "pobj")
        and head.i < prep_token.i
        and prep_token.i - head.i <= 2
        and not is_verb(head)
    ):
        words.insert(0, head.lower_)
        if head.dep_ == "pobj" and head.head.dep_ == "prep":  # "in advance of": advance <- in
            head = head.head
            words.insert(0, head.lower_)
        head = head.head
    return " ".join(words), head


def attach(doc: Doc, timexes: Sequence[Timex]) -> list[Attachment]:
    """Attachments of every timex that aligns with the tokens. An expression in apposition to
    another ("Monday, March 18") takes the attachment of the one it depends on."""
    spans = [(t, _span(doc, t)) for t in timexes]
    spans = [(t, s) for t, s in spans if s is not None and len(s)]
    owner = {tok.i: k for k, (_, s) in enumerate(spans) for tok in s}
    raw: list[tuple[Token | None, str | None, int | None, Token | None]] = []
    for timex, span in spans:
        root = span.root
        prep = noun = None
        if root.dep_ in _PREP_DEPS:  # the tagger kept the preposition inside the span
            prep, head = _climb_prep(root)
        elif root.head.i == root.i:
            head = None
        elif root.head.dep_ in _PREP_DEPS and root.dep_ == "pobj":
            prep, head = _climb_prep(root.head)
        else:
            head = root.head
        if head is not None and _takes_effect(head):
            # "will impose a tariff starting on February 1", "cut relations, starting today", "end
            # sales effective January 22": the day a measure takes effect dates the act that takes
            # it (the small parser hangs the day on the participle or adjective)
            head = head.head
        if head is not None and head.dep_ in ("aux", "auxpass") and is_verb(head.head):
            # "was on Monday validated", "will on Thursday host": an expression between an auxiliary
            # and its verb dates the verb (the small parser hangs it on the auxiliary)
            head = head.head
        if head is not None and timex.type in ("DATE", "TIME") and _ahead_of_opener(span, head):
            # "submit the plan to a ballot next spring before the senators adjourned": a clause's words
            # follow the word that opens it; a date written before that word, which the small parser
            # hangs on the clause's verb, dates what it follows (a length there measures the clause
            # off, "two days after the talks began": `event_date._gap_mark` reads it where it hangs)
            head = _written_after(doc, span) or head.head
        if head is not None and head.dep_ in ("nsubj", "nsubjpass") and span.end <= head.head.i:
            # "The two presidents on Monday held talks": the small parser often hangs the expression
            # on the subject; between subject and verb it dates the verb.
            head = head.head
        elif prep is None and _adverbial_on_object(root, head):
            # "began talks two years ago": an adverbial expression the parser hangs on the verb's
            # object dates the verb (nouns take dates as modifiers, "the 2013 accord", not adverbs).
            head = head.head
        elif prep is None and (asked := _asked_occasion(span, head)) is not None:
            # "invited both factions to peace talks in Lakeport this weekend": an adverbial time
            # written after the occasion an invitation or a request names is the occasion's
            # (round 22); the invitation's own time comes before it ("on Monday invited ...")
            head = asked
        elif prep is None and _ago_on_purpose(root, head):
            # "began talks to mend ties two years ago": what lies "ago" is not the purpose (which
            # comes after its head) but the verb that takes the purpose's noun
            head = head.head.head
        elif prep is None and (related := _related_noun(root, head)) is not None:
            # "promised before the 2013 election", "met ahead of next week's summit": an expression
            # that dates the noun of a relating phrase bounds the verb the phrase hangs on
            noun, (prep, head) = head, related
        elif (told := _issued_with(head)) is not None:
            # "said in a press release issued early on Thursday", "In a statement released Saturday
            # morning, the office expressed regret", "The statement issued on Friday said": the day a
            # statement was issued is the day of the words it carries (round 28), as "in a statement
            # on Monday" is (`_in_setting_phrase`)
            head = told
        elif (place := _placed_phrase(head)) is not None:
            # "met in Doha, Qatar in 2022", "talks in Geneva last week": a place is not dated; an
            # expression the parser hangs on a place name dates what the place's phrase modifies
            head = place
        elif head is not None and _in_setting_phrase(head, root):
            # "In a post earlier on Thursday, she said", "At a news conference on Monday, he said":
            # an expression left on a phrase that sets the scene dates what that phrase modifies
            head = head.head if head.pos_ == "ADP" else head.head.head
        link = owner.get(head.i) if head is not None else None
        raw.append((head, prep, link, noun))
    out = []
    for k, (timex, span) in enumerate(spans):
        head, prep, link, noun = raw[k]
        hops = 0
        while link is not None and link != k and hops < 3:  # follow apposition to the other timex
            head, prep2, link, noun2 = raw[link]
            prep, noun, hops = prep or prep2, noun or noun2, hops + 1
        out.append(Attachment(timex, span, head, prep, noun))
    return out


_EFFECT_WORDS = frozenset({"starting", "beginning", "effective"})


def _ahead_of_opener(span: Span, head: Token) -> bool:
    """Whether `head` is the verb of an adverbial clause ("after the delegates voted", "because talks
    failed") whose opening word comes after the expression `span`."""
    return (
        head.dep_ == "advcl"
        and is_verb(head)
        and head.head.i != head.i
        and any(c.dep_ == "mark" and c.i >= span.end for c in head.children)
    )


def _written_after(doc: Doc, span: Span) -> Token | None:
    """The verb of the clause the word before `span` belongs to ("submit" for "submit the plan to a
    ballot | next spring"), if there is one."""
    before = span.start - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    return clause_verb(doc[before]) if before >= 0 else None


def _takes_effect(head: Token) -> bool:
    """Whether `head` is a participle or adjective ("starting", "beginning", "effective") that
    introduces the day a measure takes effect, hung on the word it modifies (round 19)."""
    return head.lower_ in _EFFECT_WORDS and head.tag_ in ("VBG", "JJ") and head.head.i != head.i


def _related_noun(root: Token, noun: Token | None) -> tuple[str, Token] | None:
    """The relating preposition ("before", "ahead of") and the verb it hangs on, where the expression
    modifies (`_NOUN_MODIFIER_DEPS`: "the 2013 election", "next week's summit") the object of such a
    preposition; else None."""
    if noun is None or root.dep_ not in _NOUN_MODIFIER_DEPS or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    if noun.head.dep_ not in _PREP_DEPS:
        return None
    prep, verb = _climb_prep(noun.head)
    return (prep, verb) if prep in _RELATING_PREPS and is_verb(verb) else None


def _placed_phrase(word: Token | None) -> Token | None:
    """The word a place name's prepositional phrase modifies ("met" in "met in Doha, Qatar"), where
    `word` is a place name (spaCy's GPE, LOC or FAC entity) inside such a phrase."""
    if word is None or word.ent_type_ not in _PLACE_ENTITIES:
        return None
    hops = 0
    while word.dep_ in ("appos", "compound", "conj") and hops < 3:  # "Doha, Qatar", "Addis Ababa"
        word, hops = word.head, hops + 1
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ not in _PREP_DEPS or prep.head.i == prep.i:
        return None
    return prep.head


# Participles by which a statement is put out ("a statement released on Monday", "remarks made on
# Friday", "a video posted late on Sunday"): round 28, hand-written from the verbs of publishing
_ISSUING = frozenset(
    {"release", "issue", "publish", "post", "make", "give", "send", "broadcast", "air", "carry", "deliver",
     "televise", "circulate", "share", "read", "tweet", "upload"}
)  # fmt: skip


def _issued_with(word: Token | None) -> Token | None:
    """The verb whose words a statement carries, where `word` is the participle that tells when the
    statement was put out (`_ISSUING`, modifying its noun): the verb a non-relational phrase of that
    noun hangs on ("said in a release issued on Thursday", "according to a message published
    yesterday"), or the verb of saying it is the subject of ("The statement issued on Friday said")."""
    if word is None or word.dep_ != "acl" or word.tag_ not in ("VBN", "VBD"):
        return None
    if word.lemma_.lower() not in _ISSUING:
        return None
    noun = word.head
    said = noun.head
    if noun.dep_ == "nsubj" and said.lemma_.lower() in cues()["reporting"] and said.i > word.i:
        return said if _told_back(said) else None
    if noun.dep_ != "pobj" or noun.head.dep_ not in _PREP_DEPS:
        return None
    prep, verb = _climb_prep(noun.head)
    if verb.lower_ == "according" and verb.dep_ == "prep":  # "according to": the phrase hangs on its verb
        prep, verb = f"according {prep}", verb.head
    if not is_verb(verb) and verb.dep_ in _OBJECT_DEPS:
        # "condemned the raid in a statement issued on Monday": the parse hangs the phrase on the object
        verb = verb.head
    return verb if prep not in cues()["relational_preps"] and _told_back(verb) else None


def _told_back(verb: Token) -> bool:
    """A verb in a past tense: the participle's day lies before the report, and a bare weekday read in
    the verb's direction would be a day ahead for a present ("call for a summit in a statement released
    on Friday")."""
    return is_verb(verb) and tense(verb) in (Tense.PAST, Tense.PRESENT_PERFECT, Tense.PAST_PERFECT)


def _in_setting_phrase(word: Token, root: Token) -> bool:
    """The preposition, or its object, of a non-relational phrase on a verb ("in a statement", "at a
    briefing", "during talks"); "after the meeting" relates two times and is left alone, and so is
    a date that names the noun ("the 2026 World Cup") rather than saying when ("late on Thursday")."""
    if word.pos_ != "ADP" and root.dep_ not in (*_PREP_DEPS, *_ADVERBIAL_DEPS):
        return False
    prep = word if word.pos_ == "ADP" else word.head if word.dep_ == "pobj" else None
    if prep is None or prep.pos_ != "ADP" or prep.dep_ not in _PREP_DEPS or prep.head.i == prep.i:
        return False
    return prep.lower_ not in cues()["relational_preps"] and (word.i == prep.i or is_verb(prep.head))


_INVITING = frozenset({"invite"})  # beside the verbs of requesting (`requesting` in tense_cues.json)


def _asked_occasion(span: Span, head: Token | None) -> Token | None:
    """The noun of the "to" phrase ("to peace talks") of a verb of inviting or requesting that the
    adverbial expression `span` (no preposition of its own) is written after, whether the parser
    hangs the expression on the verb or on that noun (where it is no scene of the verb's, as "in a
    statement on Monday" is)."""
    if head is None or span.root.dep_ not in _ADVERBIAL_DEPS:
        return None
    if head.dep_ == "pobj" and head.pos_ == "NOUN" and head.head.lower_ == "to" and head.head.dep_ == "prep":
        return head if _inviting(head.head.head) and head.i < span.start else None
    if not _inviting(head):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and head.i < prep.i < span.start:
            noun = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            if noun is not None:
                return noun
    return None


def _inviting(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return is_verb(verb) and (lemma in _INVITING or lemma in cues()["requesting"])


def _adverbial_on_object(root: Token, head: Token | None) -> bool:
    return (
        head is not None
        and root.dep_ in _ADVERBIAL_DEPS
        and not is_verb(head)
        and head.dep_ in _OBJECT_DEPS
        and is_verb(head.head)
        and head.head.i < head.i < root.i
    )


# "protesters marched on the eve of the summit", "tonight is the eve of the vote": what a phrase of
# "eve" names lies on the day after the eve's (round 31)
DAY_AFTER = "the day after"


def _eve_of(prep: str, head: Token) -> bool:
    """ "on the eve of" climbed as one preposition up to the verb, or "of" on the noun "eve"."""
    return prep.split()[-2:] == ["eve", "of"] or (prep == "of" and head.lemma_.lower() == "eve")


def governors(trigger: Token) -> list[tuple[Token, str]]:
    """Words whose time expressions date `trigger`, nearest first, each with how the trigger's time
    relates to theirs: "same", "after"/"before" across a relational preposition ("ahead of the
    summit", "after the talks") or an intention ("agreed to meet"), or DAY_AFTER across "the eve of"."""
    chain: list[tuple[Token, str]] = [(trigger, "same")]
    # "the agreement, announced on Sunday", "talks held last week": a participle that modifies a noun
    # trigger tells when that very event took place (the small parser tags some of them VBD).
    if not is_verb(trigger):
        chain += [(c, "same") for c in trigger.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    else:
        chain += [(c, "same") for c in trigger.children if _setting_participle(c)]
    token, relation, steps = trigger, "same", 0
    relational = cues()["relational_preps"]
    while steps < 6:
        steps += 1
        if not is_verb(token):
            if announced_object(token):
                break  # the announcement's date is not the date of what it announces
            if (
                (token.dep_ in _ARGUMENT_DEPS and not _object_of_prep(token))
                or (token.dep_ == "conj" and not is_verb(token.head))
                or copula_of(token) is not None
            ):
                token = token.head
            elif (token.dep_ == "pobj" or _object_of_prep(token)) and token.head.dep_ in _PREP_DEPS:
                prep, head = _climb_prep(token.head)
                if prep in relational:
                    relation = relational[prep] if relation == "same" else relation
                elif _eve_of(prep, head):
                    relation = DAY_AFTER if relation == "same" else relation
                token = head
            else:
                break
            chain.append((token, relation))
            continue
        # A verb: auxiliaries carry no expressions of their own in spaCy's scheme, so what is left
        # is coordination and non-finite complements that share the head's time.
        if token.dep_ == "conj" and is_verb(token.head) and _compatible(token, token.head):
            token = token.head
        elif relation == "same" and (order := _clause_order(token)) is not None:
            # "talks were to begin in August after the government agreed", "paused relations later in
            # 2022 after accusing the firms": the clause's event lies before (or, with "before",
            # after) the time of the clause it depends on
            relation, token = order
        elif token.dep_ in ("xcomp", "advcl", "acl") and _infinitive(token):
            head = token.head
            if head.lemma_.lower() in cues()["intention"] and token.dep_ == "xcomp":
                relation = "after" if relation == "same" else relation
            token = head
        elif _bare_participle(token) or _means_gerund(token) or _content_participle(token):
            token = token.head if token.dep_ == "advcl" else token.head.head
        else:
            break
        chain.append((token, relation))
    return chain + _later_conjuncts(trigger, chain)


# what a verb's own time can hang on before it ("and on Monday signed", "and later signed")
_ADJUNCT_DEPS = ("prep", "npadvmod", "advmod", "tmod")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")


def _later_conjuncts(trigger: Token, chain: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "Quito broke off relations and recalled its envoys in May 2017", "met Lavrov and signed the
    accord on Monday": a time at the end of verbs coordinated in one tense is the time of them all,
    but the parse hangs it on the last verb only. The verbs coordinated after the trigger's clause
    (after the trigger, in its tense) come last in the chain, so a time of the trigger's own still wins.
    Not a verb with an adjunct of its own before it ("and on Monday signed": that day is its alone),
    nor one with a subject of its own ("demanded a ransom, but negotiations broke off on Thursday":
    another clause, which tells its own time)."""
    if not is_verb(trigger):
        return []
    mine = {t.i for t, _ in chain}
    found: list[tuple[Token, str]] = []
    for verb, relation in chain:
        if relation != "same" or not is_verb(verb):
            continue
        for c in verb.children:
            if (
                c.dep_ == "conj"
                and c.i > trigger.i
                and c.i not in mine
                and is_verb(c)
                and tense(c) == tense(trigger)
                and not any(_own_to(a, c) for a in c.children)
            ):
                found.append((c, "same"))
                mine.add(c.i)
    return found


def _own_to(child: Token, verb: Token) -> bool:
    """A subject of the verb's own, or an adjunct before it ("and on Monday signed")."""
    return child.dep_ in _SUBJECT_DEPS or (child.dep_ in _ADJUNCT_DEPS and child.i < verb.i)


def _object_of_prep(token: Token) -> bool:
    """ "signed the treaty on Wednesday following their talks": a preposition in the form of a
    participle ("following", "including", "regarding") is parsed as a verb with an object; it still
    relates its noun to the word it modifies as a preposition does."""
    return token.dep_ == "dobj" and token.head.dep_ == "prep" and token.head.tag_ == "VBG"


def _setting_participle(clause: Token) -> bool:
    """ "Addressing the nation on Monday, the president promised ...", "Speaking to reporters in Lima
    on Friday, she said ...": a clause opened by a present participle before its verb sets the scene
    of that verb's act, so its time is the verb's. Not a clause opened by a word that orders the two
    ("After visiting Paris on Monday, he flew home": `_clause_order`)."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.i < clause.head.i
        and clause.left_edge.i == clause.i
    )


def _bare_participle(clause: Token) -> bool:
    """ "released a note on Sunday, calling home their consuls", "Police fired on the crowd on
    Monday, killing two": a present-participle clause with no word to order it (no "after",
    "before", "while") and no tense of its own tells an act of its verb's time, as the opening
    participle does the other way round (`_setting_participle`)."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
    )


def _content_participle(clause: Token) -> bool:
    """ "issued a statement on Sunday asking the mayor for a report", "sent a letter urging
    talks": a present participle on the object of a verb, with no word to order it, tells what that
    object says or does as the verb produces it, at the verb's time."""
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and clause.i > noun.i
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
        and noun.dep_ == "dobj"
        and not is_verb(noun)
        and is_verb(noun.head)
    )


# Prepositions whose gerund is the act of the verb itself: "responded by summoning the envoy", "in
# doing so"; not "for" ("thanked him for hosting": before)
_MEANS_PREPS = frozenset({"by", "in"})


def _means_gerund(verb: Token) -> bool:
    """A gerund after one of `_MEANS_PREPS` on a verb, or after "to" on a verb that gives its object to
    it ("devoted an hour to discussing trade", "dedicated the session to reviewing ..."): the verb's time is
    its own. Not "to" without an object ("objected to hosting", "looked forward to meeting", "committed
    to holding elections": a goal, ahead if anywhere) nor after an intention ("agreed to ...")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or not is_verb(prep.head):
        return False
    host = prep.head
    if host.lemma_.lower() in cues()["intention"]:
        return False
    return prep.lower_ in _MEANS_PREPS or (
        prep.lower_ == "to" and any(c.dep_ == "dobj" for c in host.children)
    )


_COMPLETING_PREPS = frozenset({"of", "for"})  # a noun's complement: "a meeting of the panel for the accord"
_SETTING_PREPS = frozenset({"at", "in", "on", "during"})  # the scene: "on the sidelines of the summit"
_WITHIN_DEPTH = 3


def hosts_of(noun: Token) -> list[Token]:
    """The words a noun's chain of phrases hangs on, nearest first: "the accord" in "a meeting of the
    panel for the accord" gives panel and meeting; "the summit" in "held talks on the sidelines of the
    summit" gives sidelines and held. A phrase of its complement ("of", "for") or of the scene ("at",
    "in", "on", "during") is followed; a verb is reached only through a phrase of the scene
    ("recalled the massacre of the village" does not make the village's day the recalling's)."""
    found: list[Token] = []
    token = noun
    for _ in range(_WITHIN_DEPTH):
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            break
        word, host = prep.lower_, prep.head
        if word not in _COMPLETING_PREPS | _SETTING_PREPS or (is_verb(host) and word not in _SETTING_PREPS):
            break
        found.append(host)
        if is_verb(host):
            break
        token = host
    return found


def announced_object(noun: Token) -> bool:
    """ "confirmed his visit", "the talks were announced": an event named as what a verb of saying
    reports happens at its own time, before or after the report; the report's date does not date it."""
    return (
        not is_verb(noun)
        and noun.dep_ in ("dobj", "nsubjpass")
        and is_verb(noun.head)
        and noun.head.lemma_.lower() in cues()["reporting"]
    )


# how an ordered clause's time relates to its head's, from how the head's relates to the clause's
_INVERSE = {"after": "before", "before": "after", "same": "same"}


def _clause_order(verb: Token) -> tuple[str, Token] | None:
    """How the time of an adverbial clause opened by "after", "before", "once", "when" or "as"
    (`ordering.OPENERS`: "relations soured in 2018 when Colombia refused ..."), or of a gerund after
    "after"/"before" on a verb ("after accusing the firms"), relates to its head's, and that head."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        prep = verb.head
        if prep.dep_ == "prep" and prep.lower_ in ("after", "before") and is_verb(prep.head):
            return _INVERSE[OPENERS[prep.lower_]], prep.head
        return None
    opener = clause_opener(verb)
    return (_INVERSE[OPENERS[opener]], verb.head) if opener is not None else None


def _ago_on_purpose(root: Token, head: Token | None) -> bool:
    return (
        head is not None
        and root.lower_ == "ago"
        and root.dep_ in _ADVERBIAL_DEPS
        and head.dep_ == "acl"
        and _infinitive(head)
        and head.head.dep_ in _OBJECT_DEPS
        and is_verb(head.head.head)
    )


def requested_object(noun: Token) -> bool:
    """ "called for an emergency meeting", "urged a ceasefire", "sought the release": what a request
    asks for has not happened when it is asked for; it lies after the request, if at all."""
    if is_verb(noun):
        return False
    head, verbs = noun.head, cues()["requesting"]
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        head, verbs = head.head, (*verbs, *cues()["requesting_for"])
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return is_verb(head) and head.lemma_.lower() in verbs


def _infinitive(verb: Token) -> bool:
    return verb.tag_ in ("VB", "VBG") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _compatible(a: Token, b: Token) -> bool:
    """Coordinated verbs share a time expression unless one is future and the other is not."""
    ta, tb = tense(a), tense(b)
    return (ta == Tense.FUTURE) == (tb == Tense.FUTURE) or Tense.NONFINITE in (ta, tb)
