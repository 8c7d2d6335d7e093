"""Background: habitual, generic and long-running statements are not events of the publication week.

"Officials routinely deny ...", "both governments dismiss claims that ...", "the movement has waged an
insurgency for decades", "X has hosted the talks since 2019" describe a habit, a standing position or an
ongoing state. Dated by the time stage they would become events of the week the article appeared, so the
coder drops them. Cues are data (`cues.tsv`: `habitual` adverbs, `duration` nouns); the rest reads the
parse: a present-tense verbal act with a generic subject (a bare plural, or "both/all ..."), and a
present perfect with "since". A relative clause with a date of its own ("Obasanjo, who stepped down
as president in 2007") is an event referred back to, not background: it is kept and dated by its own
expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from dateline.events.detect import Lexicon, Trigger
from dateline.events.ontology import load as load_ontology
from dateline.nlp.sentences import sentence_of
from dateline.records import DateInterval, DocumentTime, Timex

# Determiners and pre-determiners that make a plural subject generic or collective: "both governments",
# "all parties", "many states".
GENERIC_DETS = frozenset({"both", "all", "many", "most"})
PRESENT = frozenset({"VBP", "VBZ"})
# Verbal acts voiced at a target again and again rather than stances held: "has long accused X of ...";
# with an object or a "that"-clause ("have long clashed over the islands" is a standing dispute).
VOICED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# Adverbs that make a present passive a standing state: "are currently occupied", "is still held".
STILL = frozenset({"currently", "still"})
STATE_VERBS = frozenset({"remain", "remains", "stay", "stays"})  # "remains detained" (as an auxiliary the
# parser leaves "remains" unlemmatized)
YEARS = re.compile(r"(1[89]|20)\d\d|(1[89]|20)?\d0s")  # "2019", "the 1990s", "the 80s"


def background_state(trigger: Trigger, lexicon: Lexicon) -> bool:
    """True when the trigger's clause states a habit, a generic position or an ongoing state."""
    if stance_topic(trigger):
        return True  # "a neutral stance on the invasion": what a stance is about (round 11)
    if consequence(trigger.anchor):
        return True  # "the plan would ratify the occupation": what a thing would bring about (round 11)
    if terms(trigger.anchor):
        return True  # "under the plan, X would withdraw its troops": a plan's terms (round 12)
    if requirement(trigger.anchor):
        return True  # "the act requires the US to impose sanctions on ...": a law's standing rule (round 11)
    if _basing(trigger):
        return True  # "Norland hosts a Sudrian air base": a standing arrangement, no visit (round 22)
    if standing_status(trigger, lexicon):
        return True  # "the enclave is recognised by no other state": the status it holds (round 26)
    if held_stance(trigger):
        return True  # "Norland backs the rebel movement": a position held, told in the present (round 27)
    verb = _clause_verb(trigger.anchor)
    if verb is None:
        return False
    host = _absolute_host(verb)
    if host is not None and _present_perfect(host) and _span_to_now(host, lexicon):
        return True  # "tensions have persisted in recent years, with X accusing Y of ..." (round 13)
    children = list(verb.children)
    perfect = _present_perfect(verb)
    verbal = load_ontology().types[trigger.type].verbal
    # An accusation, demand or threat in the present perfect "often" or "long" voiced ("have long
    # accused X of ...", "has often demanded that ...") is one still voiced at its target, which coders
    # read as that act, as "has repeatedly accused" (round 10, NGEC-2025 VOA quotes); a stance held
    # long ("has long rejected X's independence") and "officials routinely deny ..." stay background.
    held = perfect and trigger.type in VOICED and any(c.dep_ in ("dobj", "ccomp") for c in children)
    if perfect and trigger.type == "ACCUSE" and _charge_against_all(verb):
        return True  # "both sides have been accused of atrocities": a charge no one named makes (round 12)
    if not held and any(_habit_adverb(v, lexicon) for v in _sharing_subject(verb)):
        return True  # "routinely deny", "often clash", "seldom tours the coast or asks guests to stay"
    if _used_to(verb):
        return True  # "Kenya used to host the talks": a past habit
    if _whenever(verb):
        return True  # "when we raise the dispute with X they choose not to hold talks": a habit (round 22)
    if _early_life(verb):
        return True  # "went there often in his childhood to visit his aunt": a past habit (round 11)
    near = list(_clause_words(verb))
    progressive = _progressive(verb)
    if not progressive and any(_every(t) for t in near):
        # "every year, X and Y hold talks", "meet twice a year": a recurring occasion. "X is shelling
        # our towns every week" tells a campaign going on now: news.
        return True
    simple_present = _simple_present(verb)
    if simple_present and any(_habitual_adjective(c, lexicon) for c in trigger.head.children):
        return True  # "X and Y hold annual talks", "hold regular consultations" (not "commit to
        # frequent meetings": the adjective is on the event itself)
    kind = load_ontology().types[trigger.type]
    # Meetings and cooperation summed up over recent weeks are a history of occasions ("have held talks
    # over the last few weeks", "lately"); a stance voiced then is still held ("has been criticized over
    # recent weeks") and a conflict over the past month is news of that month (PLOVER codes both).
    weeks = kind.cooperative and not verbal
    if (perfect or simple_present) and any(_stretch(t, lexicon, weeks) for t in near):
        return True  # "have clashed over the border in the past", "has sent troops in recent years"
    if (perfect or simple_present) and not verbal and any(_iterative(t) for t in near):
        # "have repeatedly clashed", "has shelled the town several times": history. A verbal act
        # repeated ("has repeatedly accused X of ...") is a position still held, which coders read as
        # that act (NGEC-2025 VOA quotes).
        return True
    if any(_lasting(c, lexicon) for c in children):
        return True  # "has waged an insurgency for decades", "over the years"
    if _present_passive(verb) and any(c.dep_ == "advmod" and c.lower_ in STILL for c in children):
        return True  # "the islands are currently occupied by X": a standing state
    if perfect and weeks and any(c.dep_ == "advmod" and c.lower_ in LATELY for c in children):
        return True  # "the two sides have had good talks lately": a summary of recent weeks
    if _remains(verb):
        return True  # "X remains detained in Russia", "the border stays closed": a standing state
    if perfect and any(_since_year(c) for c in children):
        return True  # "has occupied the island since 1974", "has been bombing the grid since 2022"
    if perfect and not held and any(c.dep_ == "advmod" and c.lower_ == "long" for c in children):
        return True  # "the rebels have long opposed the deal": a standing position, not news
    if verb.tag_ in PRESENT and not _has_aux(verb) and any(_generic(c) for c in children):
        return True
    return backdrop(trigger.anchor, verbal)


# Military units a state keeps on another's soil: what it "hosts" is a base, not a guest.
GARRISONS = frozenset(
    {"troop", "soldier", "force", "base", "fleet", "headquarters", "garrison", "contingent", "personnel"}
)


def _basing(trigger: Trigger) -> bool:
    """ "Norland hosts 800 Sudrian soldiers and a Sudrian air base", "Lakeland hosts a Sudrian
    river fleet": a state that hosts another's troops, base or fleet keeps a standing arrangement;
    no one visits (round 22: a background paragraph of the Gulf story; the guest "hosted the Sudrian
    defence minister" stays a visit)."""
    verb = trigger.anchor
    if trigger.type != "CONSULT" or verb.lemma_.lower() != "host" or trigger.nominal:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    # the form less its "s" as well: spaCy lemmatizes "bases" as "basis"
    return bool(objects) and all({o.lemma_.lower(), o.lower_.removesuffix("s")} & GARRISONS for o in objects)


# Links inside one clause through which a time phrase can hang on the verb, its object or its
# prepositional phrase ("hold talks twice a year", "accused X of violating it in recent years").
LOCAL_DEPS = frozenset({"dobj", "prep", "pobj", "pcomp", "npadvmod", "advmod", "amod"})
LOCAL_DEPTH = 4
# Nouns of a calendar unit: "every year", "twice a month".
TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "summer", "winter", "spring", "autumn"})
EVERY = frozenset({"every", "each"})
# "once a year", "twice a month", "three times a week".
PER = frozenset({"once", "twice", "thrice", "times"})
# Adverbs of repetition: with a perfect or a present they sum up a history ("have repeatedly clashed");
# with a past they may tell one day's events ("repeatedly shelled the town on Monday").
# ("has consistently refused" is a stance a coder still reads as a rejection: not listed.)
ITERATIVE = frozenset({"repeatedly", "continually"})
# Vague counts of occasions: "several times", "on many occasions".
SEVERAL = frozenset({"several", "many", "numerous", "multiple", "countless", "repeated", "various"})
# Modifiers that make a span of years a stretch up to now: "in recent years", "over the past decade".
RECENT = frozenset({"recent", "past", "last", "previous"})
# Shorter spans that make such a stretch too ("over the last few weeks", "in recent months"); not in the
# `duration` cues, which also make "for weeks" a lasting state whatever the tense.
SHORT_SPANS = frozenset({"week", "month"})
LATELY = frozenset({"lately"})


def standing_status(trigger: Trigger, lexicon: Lexicon) -> bool:
    """ "The enclave is recognised by no other state", "a self-declared republic not recognised by its
    neighbours":
    a stance verb (`stance` cues: recognise, accept, back ...) as a simple-present passive or a bare
    participle after its noun, with no date of its own, tells the status its subject holds, not an act
    of the week (round 26). "Has been recognised as persona non grata" (a perfect, an expulsion) and
    "did not recognise the result on Monday" (an active, dated refusal) stay events."""
    head = trigger.head
    if trigger.nominal or head.tag_ != "VBN" or head.lemma_.lower() not in lexicon.stance:
        return False
    if trigger.type not in ("SUPPORT", "REJECT"):
        return False
    reduced = head.dep_ == "acl" and not _has_aux(head)
    if not (reduced or _present_passive(head)):
        return False
    return not _dated(head)


# Stance verbs whose simple present in the narrator's own main clause tells a position the subject
# holds ("Norland backs the rebel movement"), not an act of the week; "endorse" and "approve" are left
# out, their present being a headline's or a vote's.
HELD_STANCES = frozenset({"support", "back", "oppose"})
# Subjects that make a present stance a declaration made there and then ("we support the plan").
SPEAKERS = frozenset({"i", "we", "you"})
# A sentence's closing mark (a closing quote or bracket may follow): a headline has none.
CLOSED = re.compile(r"[.!?][\"”’')\]]*$")
QUOTES = frozenset({'"', "“", "”", "‘", "'"})
NOW = frozenset({"now"})  # "X now backs Y": a change of position, news
DESCRIPTIONS = frozenset({"relcl", "acl", "appos"})  # clauses and phrases that describe a noun


def held_stance(trigger: Trigger) -> bool:
    """ "Norland backs the rebel movement", "Sudria vehemently opposes the dam": support or opposition
    told in the simple present as the narrator's own main clause, with no date, quote or speaker of its
    own, is the position the subject holds, background to the news (round 27: profile sentences of
    four articles in three sets, none a gold event). A stance declared ("X declared that it backs Y":
    a reported clause), quoted or voiced ("we support the plan"), dated ("now backs", "on Monday backs"),
    or a headline's present (no closing mark) stays an act."""
    head = trigger.head
    if trigger.nominal or trigger.type not in ("SUPPORT", "REJECT"):
        return False
    if head.lemma_.lower() not in HELD_STANCES:
        return False
    clause = head.head if head.dep_ == "conj" else head
    if clause.dep_ != "ROOT" or not (_simple_present(head) and _simple_present(clause)):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in SPEAKERS for s in subjects):
        return False
    sent = sentence_of(head)
    if any(t.text in QUOTES for t in sent) or not CLOSED.search(sent.text.strip()):
        return False
    return not _own_date(clause) and not any(c.dep_ == "advmod" and c.lower_ in NOW for c in clause.children)


def _own_date(verb: Token) -> bool:
    """A date in the verb's clause outside the descriptions of its nouns ("backs the front, a group
    that has fought for decades" has none of its own)."""
    frontier = [verb]
    while frontier:
        tok = frontier.pop()
        if tok.ent_type_ in ("DATE", "TIME"):
            return True
        frontier += [c for c in tok.children if c.dep_ not in DESCRIPTIONS]
    return False


def _clause_words(verb: Token) -> Iterator[Token]:
    """The verb's dependents within its clause, through objects and prepositional phrases."""
    frontier = [verb]
    for _ in range(LOCAL_DEPTH):
        frontier = [c for t in frontier for c in t.children if c.dep_ in LOCAL_DEPS]
        yield from frontier


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in PRESENT for c in verb.children)


def _absolute_host(verb: Token) -> Token | None:
    """The clause a "with" absolute hangs on: "..., with the Malian side accusing Algeria of ...",
    "..., with Pyongyang accused of providing arms" (a participle with its own subject after "with")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with" or verb.head.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.head.head


def _span_to_now(verb: Token, lexicon: Lexicon) -> bool:
    """The clause spans a stretch of years up to now: "in recent years", "for decades", "since 2022",
    "since the war began in 2022". An absolute hanging on such a clause tells what went on over that
    stretch (round 13: two dev articles of two outlets), not an act of the week, whatever its own tense:
    "talks ended on Monday, with both sides agreeing to meet again" stays news."""
    if any(_stretch(t, lexicon, False) for t in _clause_words(verb)):
        return True
    return any(_lasting(c, lexicon) or _since_year(c) for c in verb.children)


def _simple_present(verb: Token) -> bool:
    """A finite present without auxiliary; the parser tags some after a joined subject as a base form
    ("Chile and Peru hold talks")."""
    if _has_aux(verb):
        return False
    return verb.tag_ in PRESENT or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children))


def _used_to(verb: Token) -> bool:
    """ "X used to host the talks"; not "used tear gas to disperse them" (an instrument and a purpose)."""
    used = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or used.lower_ != "used" or used.i + 1 >= len(used.doc):
        return False
    return used.doc[used.i + 1].lower_ == "to" and not any(c.dep_ == "dobj" for c in used.children)


# Words that open a clause of the occasions on which something is done: "when", "whenever".
OCCASIONS = frozenset({"when", "whenever"})


def _whenever(verb: Token) -> bool:
    """ "When we raise the dispute with X, they choose not to hold talks", "whenever Norland protests,
    Sudria summons its envoy": a simple present over a simple present "when" clause says what is done
    on such occasions, a habit, not one act (round 22). "When they meet on Monday, they will sign" and
    "when X visited, Y signed" tell one occasion."""
    node = verb
    while node.dep_ == "xcomp" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "choose not to hold talks": the habit is the choosing's
    if not _simple_present(node):
        return False
    return any(
        c.dep_ == "advcl"
        and _simple_present(c)
        and any(m.dep_ in ("advmod", "mark") and m.lower_ in OCCASIONS for m in c.children)
        for c in node.children
    )


# Stages of a life that place a clause in its doer's youth: "as a boy", "in his childhood".
LIFE_STAGES = frozenset(
    {"child", "boy", "girl", "teenager", "schoolboy", "schoolgirl", "student", "youngster"}
)
EARLY_YEARS = frozenset({"childhood", "boyhood", "girlhood", "youth", "adolescence", "teen", "teens"})
# Links through which a clause hangs on the one whose early-life phrase covers it ("spent summers as a
# boy visiting his aunt", "went there in his childhood to visit her").
COVERED_BY = frozenset({"advcl", "xcomp", "conj", "relcl"})


def _early_life(verb: Token) -> bool:
    """The clause, or one it hangs on, is set in its doer's youth ("as a child", "as boys", "in his
    childhood", "during her teens"): what one did then is a past habit, not an event of the story."""
    node = verb
    while True:
        if node.dep_ == "acl" and node.head.lemma_.lower() in LIFE_STAGES and node.head.head.lower_ == "as":
            return True  # the parser hangs "visiting his aunt" on "as a boy"
        for prep in (c for c in node.children if c.dep_ == "prep"):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                lemma = noun.lemma_.lower()
                if prep.lower_ == "as" and lemma in LIFE_STAGES:
                    return True
                early = prep.lower_ in ("in", "during") and lemma in EARLY_YEARS
                if early and any(c.dep_ == "poss" for c in noun.children):
                    return True
        if node.dep_ not in COVERED_BY or node.head.i == node.i:
            return False
        node = node.head


# Nouns of a standing attitude: what they are "on" or "towards" is their topic.
STANCE_NOUNS = frozenset({"stance", "position", "view", "attitude", "neutrality", "silence", "posture"})
TOPIC_PREPS = frozenset({"on", "over", "toward", "towards", "regarding", "about"})


def stance_topic(trigger: Trigger) -> bool:
    """ "Beijing has sought a neutral stance on the Russian invasion", "Vietnam's position on Chinese
    drills near the islands": a material act named, with no date of its own, as what a stance is about
    is the topic of a standing attitude, not an event the sentence reports (its own reports tell it)."""
    noun = trigger.head
    if not trigger.nominal or load_ontology().types[trigger.type].verbal or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in TOPIC_PREPS or prep.head.lemma_.lower() not in STANCE_NOUNS:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


# Nouns of a plan, deal or deed that, as the subject of a "would", tell what it would bring about.
CAUSE_NOUNS = frozenset(
    {
        "plan",
        "proposal",
        "deal",
        "agreement",
        "accord",
        "purchase",
        "acquisition",
        "sale",
        "move",
        "decision",
        "measure",
        "law",
        "bill",
        "policy",
        "resolution",
        "treaty",
        "scheme",
        "initiative",
        # a response's effects, as the speculation of what it "would" do: "any retaliation would close
        # its consulates" (round 22)
        "retaliation",
        "response",
        "reprisal",
        "countermeasure",
    }
)


def consequence(anchor: Token) -> bool:
    """ "the peace plan would ratify the occupation", "its purchase would endanger ... and provide funds
    to X": a material or verbal act whose subject is a plan, a deal or a deed, under "would", "could" or
    "might", is what someone says that thing would bring about, not an act of anyone's (the plan itself,
    and who warned of it, are coded from their own words)."""
    verb = anchor
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "would endanger ... and provide": the modal and the subject are the first verb's
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in CAUSE_NOUNS for c in children)


# Links from an act up to the clause whose modal and framing phrase it shares: "X would hold talks and
# Y would withdraw", "would work together to support ...".
TERM_LINKS = frozenset({"conj", "xcomp", "advcl"})


def terms(anchor: Token) -> bool:
    """ "Under the plan, X and Y would hold direct talks", "As part of the resolution, the monitors
    could ensure ...; and the donors would work together to support ...": acts under "would", "could"
    or "might" in a clause framed by "under" or "as (a) part of" a plan, deal or resolution (on the
    clause, or opening the sentence, whose list of terms the parser often cuts into loose clauses) are
    that plan's terms, not acts anyone did or has fixed (the plan itself is coded from its own words).
    "Under the deal, X will withdraw" is a planned act and stays; so do "as part of the deal, X
    withdrew" and a reported future ("X said it would hold talks under the plan")."""
    opening = _framing_plan(anchor.sent[0])
    verb, modal = anchor, False
    while verb.pos_ in ("VERB", "AUX"):
        # A complement clause is a reported "will" ("said it would ...") unless the verb it hangs on is
        # itself a term ("monitors could ensure ...; X would hold talks", which the parser joins so).
        term_complement = verb.dep_ == "ccomp" and _modal(verb.head)
        if _modal(verb):
            if verb.dep_ == "ccomp" and not term_complement:
                return False
            modal = True
        if modal and (opening or any(_framing_plan(c) for c in verb.children)):
            return True
        if (verb.dep_ not in TERM_LINKS and not term_complement) or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _framing_plan(prep: Token) -> bool:
    """ "under the plan", "as (a) part of that resolution"."""
    if prep.dep_ != "prep" or prep.lower_ not in ("under", "as"):
        return False
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        if prep.lower_ == "under" and noun.lemma_.lower() in CAUSE_NOUNS:
            return True
        if prep.lower_ == "as" and noun.lemma_.lower() == "part":
            return any(
                o.dep_ == "pobj" and o.lemma_.lower() in CAUSE_NOUNS
                for of in noun.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for o in of.children
            )
    return False


# Verbs by which a rule lays down what someone must or may do: "the act requires X to ...".
OBLIGING = frozenset(
    {"require", "oblige", "obligate", "mandate", "compel", "authorize", "authorise", "empower"}
)
# Nouns of a rule (a named act is a LAW entity): "the statute requires ...", "the treaty obliges ...".
RULE_NOUNS = frozenset(
    {
        "law",
        "act",
        "statute",
        "bill",
        "rule",
        "regulation",
        "constitution",
        "treaty",
        "charter",
        "legislation",
        "provision",
        "clause",
        "article",
        "resolution",
        "directive",
        "decree",
        "ordinance",
        "code",
    }
)
PAST = frozenset({"VBD", "VBN"})


def requirement(anchor: Token) -> bool:
    """ "the act requires the government to impose sanctions on firms that ...", "the treaty obliges
    both states to notify ...": what a rule, in the simple present, lays down is a standing requirement
    (generic), not an act anyone has done or announced. The rule is the requiring verb's subject (a rule
    noun or a named law), or, when the verb has no subject of its own, is told by the shift to the
    present from the past verb it is joined to ("CAATSA was passed in 2017 and requires ...", which the
    parser may hang on another past verb of the sentence). "The court required him to pay" (past) and
    "Washington requires Ankara to release him" (a state's demand) are not this."""
    verb = _clause_verb(anchor)
    if verb is None or verb.dep_ != "xcomp":
        return False
    rule = verb.head
    if rule.lemma_.lower() not in OBLIGING or rule.tag_ not in PRESENT or _has_aux(rule):
        return False
    subjects = [c for c in rule.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return any(s.ent_type_ == "LAW" or s.lemma_.lower() in RULE_NOUNS for s in subjects)
    return rule.dep_ == "conj" and rule.head.tag_ in PAST


def _every(tok: Token) -> bool:
    """ "every year", "each month", "twice a year", "three times a week"."""
    if tok.lemma_.lower() not in TIME_UNITS:
        return False
    return any(c.lower_ in EVERY or (c.dep_ == "predet" and c.lower_ in PER) for c in tok.children) or (
        tok.head.lower_ in PER and tok.head.i != tok.i
    )


def _habitual_adjective(tok: Token, lexicon: Lexicon) -> bool:
    """An adjective whose adverb is a habitual cue: "annual" (annually), "regular" (regularly)."""
    lemma = tok.lemma_.lower()
    return tok.dep_ == "amod" and (lemma in lexicon.habitual or lemma + "ly" in lexicon.habitual)


def _iterative(tok: Token) -> bool:
    """ "repeatedly", "time and again" is left to the parser; "several times", "on many occasions"."""
    if tok.dep_ == "advmod" and tok.lower_ in ITERATIVE:
        return True
    if tok.lemma_.lower() in ("time", "occasion") and tok.tag_ == "NNS":
        return any(c.dep_ in ("amod", "nummod") and c.lower_ in SEVERAL for c in tok.children)
    return False


def _stretch(tok: Token, lexicon: Lexicon, weeks: bool = True) -> bool:
    """ "in recent years", "over the past two decades", "in the past": the time up to now; with
    `weeks`, shorter spans too ("over the last few weeks")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "over", "during", "within"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "past":
        return any(c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ == "prep" for c in tok.children
        )
    spans = lemma in lexicon.duration or (weeks and lemma in SHORT_SPANS)
    return spans and any(c.lower_ in RECENT for c in tok.children)


def _remains(verb: Token) -> bool:
    """A participle complementing a present "remain" or "stay" ("remains jailed", "stay closed"; the
    parser makes the verb either the participle's head or its passive auxiliary)."""
    if verb.tag_ != "VBN":
        return False
    states = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ in ("acomp", "xcomp", "oprd"):
        states.append(verb.head)
    return any(t.lemma_.lower() in STATE_VERBS and t.tag_ in PRESENT for t in states)


def _habit_adverb(verb: Token, lexicon: Lexicon) -> bool:
    return any(c.dep_ == "advmod" and c.lemma_.lower() in lexicon.habitual for c in verb.children)


def _sharing_subject(verb: Token) -> list[Token]:
    """The verb, and the verb it is a conjunct of in the same tense with no subject of its own: "seldom
    tours the coast with visiting ministers, or asks them to stay on" tells both habits (round 25); "often
    criticises X and on Monday invited Y" tells news."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == head.tag_ and head.pos_ in ("VERB", "AUX"):
        return [verb] if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else [verb, head]
    return [verb]


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause the trigger is in (the trigger itself when it is a verb); a noun's verb
    only when it is that verb's object ("routinely hold talks")."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def _lasting(child: Token, lexicon: Lexicon) -> bool:
    """ "for decades", "for many years", "over the years" (no number: "jailed for five years" is a
    sentence's length, not a state)."""
    if child.dep_ != "prep" or child.lower_ not in ("for", "over"):
        return False
    for noun in child.children:
        if noun.dep_ != "pobj" or noun.tag_ != "NNS" or noun.lemma_.lower() not in lexicon.duration:
            continue
        if not any(c.dep_ == "nummod" for c in noun.children):
            return True
    return False


def _since_year(child: Token) -> bool:
    """ "since 2020", "since the 1990s", "since the war began in 2022" (round 13): a stretch of years,
    not an occasion ("demobilized since the August 13 accord" reports a result of the accord)."""
    if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children):
        return any(t.ent_type_ == "DATE" and YEARS.fullmatch(t.lower_) for t in child.subtree)
    if child.dep_ != "prep" or child.lower_ != "since":
        return False
    return any(c.dep_ == "pobj" and YEARS.fullmatch(c.lower_) for c in child.children)


def _present_passive(verb: Token) -> bool:
    """ "is occupied", "are held": a passive in the simple present (no other auxiliary)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in PRESENT


def _charge_against_all(verb: Token) -> bool:
    """A passive with no "by ..." agent whose subject is every party ("both sides have been accused
    of", "all parties have been blamed for"): a summary of charges, not one made. "The group has been
    accused of ..." may stand for a determination the article tells (the corpus gold codes one so)."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    return any(
        c.dep_ == "nsubjpass"
        and any(d.dep_ in ("det", "predet") and d.lower_ in ("both", "all") for d in c.children)
        for c in children
    )


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _generic(child: Token) -> bool:
    """A generic or collective subject: "both governments", "all parties", "officials" (a bare common
    plural with no modifier: "Kenyan officials deny" may report this week's denial)."""
    if child.dep_ != "nsubj" or child.tag_ != "NNS":
        return False
    dets = [c for c in child.children if c.dep_ in ("det", "predet", "poss", "nummod")]
    if not dets:
        return not any(c.dep_ in ("amod", "compound", "nmod") for c in child.children)
    return all(d.lower_ in GENERIC_DETS for d in dets)


FULL_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


def dated_present(root: Token) -> bool:
    """A sentence whose main verb is in the simple present and carries a dated phrase with a year of
    its own ("A coast guard ship blocks a supply boat near the shoal on August 5, 2023"): the form of a
    photo caption (checked first: it is cheaper than dating). Whether the date lies before the article
    decides (`caption`)."""
    if root.dep_ != "ROOT" or root.tag_ not in PRESENT or root.pos_ != "VERB" or _has_aux(root):
        return False
    for child in root.children:
        if child.dep_ in ("prep", "npadvmod") and any(
            t.ent_type_ == "DATE" and FULL_YEAR.search(t.text) for t in child.subtree
        ):
            return True
    return False


# Entities a photo caption names its place by, right before the picture's date.
PLACES = frozenset({"GPE", "LOC", "FAC"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip


def photo_dateline(sent: Span) -> Span | None:
    """The date that closes a photo caption ("X greets supporters at a rally in Norport, Norland
    March 3, 2019.", "Marines arrive at the air base, Sudria, June 2018."): a month and a year as the
    sentence's last words, straight after the place with no preposition before them, in a sentence
    with no past tense or auxiliary for its main verb. News prose puts a preposition before a date
    ("in Norport on March 3"). Returns the date entity, else None."""
    doc = sent.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    last = doc[end - 1] if end > sent.start else None
    if last is None or last.ent_type_ != "DATE" or not FULL_YEAR.fullmatch(last.text):
        return None
    start = end - 1  # back to the entity's first word (not `sent.ents`, which scans the whole document)
    while start > sent.start and doc[start].ent_iob_ != "B" and doc[start - 1].ent_type_ == "DATE":
        start -= 1
    date = doc[start:end]
    if not any(t.lower_ in MONTHS for t in date):
        return None
    before = date.start - 1
    if before > sent.start and doc[before].text == ",":
        before -= 1
    if before <= sent.start or doc[before].ent_type_ not in PLACES:
        return None
    root = sent.root
    return None if root.tag_ in ("VBD", "VBN") or _has_aux(root) else date


def pictured_by_then(date: Span, timexes: list[Timex], document: DocumentTime) -> bool:
    """A `photo_dateline` date no later than the article's day (the last it may have been written, for
    an article of unknown date): a picture of that day or of one gone by."""
    timex = next((t for t in timexes if t.start <= date.start_char < t.end), None)
    if timex is None or timex.interval is None or timex.interval.end is None:
        return False
    latest = document.dct or document.interval.end
    return latest is None or timex.interval.end <= latest


def caption(when: DateInterval, document: DocumentTime) -> bool:
    """A `dated_present` sentence dated before the article it is in is a caption under a file photo
    (news prose tells past events in the past tense; the present with a date is for what is scheduled):
    no event of its own."""
    published = document.dct or document.interval.start
    return published is not None and when.end is not None and when.end < published


# Modal auxiliaries that make a clause what a plan, deal or proposal would bring about.
MODALS = frozenset({"would", "could", "might"})
# Links through which a trigger's clause hangs on the clause that frames it ("which has led X to
# impose", "which would see X deporting").
FRAMED_BY = frozenset({"xcomp", "ccomp", "dobj", "conj", "advcl"})


def backdrop(anchor: Token, verbal: bool) -> bool:
    """True when the trigger's clause describes a noun rather than reporting the news (round 9):

    - a material act in a relative clause in the perfect with no date of its own ("the refugees, who
      have been living in the embassy seeking asylum", "the annexation, which has led X to impose
      sanctions"): a description of the noun (one with a date, "who had met him in June 2019", is an
      occasion referred back to and is kept; a verbal act in the perfect, "where the group has been
      accused of ...", is a position still held, which coders read as that act);
    - a relative clause under "would", "could" or "might" ("a scheme which would see X deporting Y"): the
      terms of a plan or deal, not an act of its own (the plan itself is coded from its own verb);
    - a relative clause in the progressive with no date of its own ("the consul, who was touring the
      border when the clash broke out", "the militias who are battling in the north", "a minister who has been
      pressing X to ..."): what the noun was doing while the news happened, its circumstances (round 23).

    A past perfect in the narrator's voice is no such cue: the corpus gold codes "X had previously
    determined that ..." as an event referred back to (measured: dropping it cost a dev gold event).
    """
    verb: Token | None = anchor if anchor.pos_ in ("VERB", "AUX") else None
    if verb is None and anchor.dep_ in ("dobj", "nsubjpass", "attr") and anchor.head.pos_ in ("VERB", "AUX"):
        verb = anchor.head
    if verb is None:
        return False
    clause = verb
    while clause.dep_ in FRAMED_BY and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children):
        return True
    if _progressive(clause):
        return not _dated(clause)
    return not verbal and _perfect(clause) and not _dated(clause)


def _progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _dated(verb: Token) -> bool:
    """A date in the clause other than the start of a stretch ("since May 2" leaves the clause undated):
    "had met in June 2019" is an occasion referred back to, kept and dated by its own expression."""
    for tok in verb.subtree:
        if tok.ent_type_ in ("DATE", "TIME") and not any(a.lower_ == "since" for a in tok.ancestors):
            return True
    return False
