"""Events an article refers back to by naming an occasion (issue 12).

News recalls earlier occasions of the act it reports in a noun phrase with a date of its own: "the
India-Australia Leaders' Summit on 4 June 2020", "the Consultative Meeting of the Heads of State in early
August", "a summit of the Peruvian and Chilean leaders in Lima in January". They are events of their own,
dated by their own expression (the time tagger reads the noun's phrase), so that they merge with the
primary reports of those occasions. Three things kept them out:

- a meeting noun that heads a name ("Summit", "Meeting", "Dialogue") is a proper noun, and the detector
  reads no name as an event (`named_occasions`);
- the "of"-phrase of a meeting noun is a topic for the participant rules ("a discussion of the plan"),
  so "a summit of A and B" had nobody in it (`gathered`);
- "the summit, held in Santiago on 3 January" names nobody; like "their last summit" it is the story's
  parties' occasion (`story_occasion`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.events.detect import Entry, Lexicon, Trigger, context_of
from dateline.events.draft import DraftEvent
from dateline.events.modality import PAST_TAGS
from dateline.events.participants import MEMBERSHIP_VERBS, MentionIndex
from dateline.records import DateInterval, EventActor, Timex

# Dependents of a name's head that make it part of a longer word or name ("Summit Declaration").
NAME_PARTS = frozenset({"compound", "amod", "nmod", "poss"})
# Modes of the meeting nouns whose "of"-phrase names who met ("meeting", "summit", "conference").
GATHERING_MODES = frozenset({"meet", "multilateral"})
# Dependents through which an "of"-object names its actors: "of the Kenyan and Ugandan ministers" (and
# their conjuncts).
MEMBER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def dated(noun: Token) -> bool:
    """A date in the word's own phrase: "the 4 February call", "the summit in June 2019"."""
    for child in noun.children:
        if child.ent_type_ == "DATE":
            return True
        if child.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in child.children):
            return True
    return False


def named_occasions(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """Names headed by a consultation noun with a date of their own ("the Leaders' Summit on 4 June
    2020", "the Consultative Meeting ... in early August"): an occasion of the act, a nominal trigger.
    Without its own date a named summit is mostly the story's own occasion or a standing forum ("the G20
    Summit" as a series), which the reports around it already tell."""
    out = []
    for token in sent:
        if token.pos_ != "PROPN" or token.dep_ in NAME_PARTS:
            continue
        if not (dated(token) or _name_date(token) is not None):
            continue
        entry = _consultation(token, lexicon)
        if entry is not None:
            out.append(Trigger(token, token, entry, (token,), nominal=True))
    return out


def _name_date(name: Token) -> Token | None:
    """The date of a named occasion in a phrase that follows the name, which the parser hangs on the
    verb ("held ... during the Leaders' Virtual Summit on 04 June 2020", "a commitment made at the
    Ministerial Meeting or 2+2 in April 2022"; round 14). A short alias after a dangling "or" ("or 2+2",
    its words parsed elsewhere) is still the name."""
    if name.dep_ != "pobj" or name.head.lower_ not in OCCASION_PREPS:
        # Only a name that places the clause ("made at the Meeting"), not a part of it ("the opening
        # remarks of the Summit ... on July 24, 2025": a caption of the story's own summit).
        return None
    dates = [t for p in _trailing(name, _alias_end(name)) for t in p.subtree if t.ent_type_ == "DATE"]
    # With a year: "the EU-China Summit on Thursday" is mostly the story's own summit, told by its reports.
    return dates[0] if dates and _with_year(dates[0]) else None


def _with_year(word: Token) -> bool:
    """Whether the date entity `word` names a year ("on 04 June 2020", "in April 2022")."""
    span = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    return span is not None and any(t.like_num and len(t.text) == 4 for t in span)


# Prepositions by which a named occasion is the time or place of the clause's act.
OCCASION_PREPS = frozenset({"at", "during", "after", "before", "following", "since"})
# How many words a name's alias after "or" may have ("or 2+2", "or BIMSTEC"): a name, not a clause.
ALIAS = 3


def _alias_end(name: Token) -> int:
    """The index after the name's phrase, past an alias the parser left outside it ("Meeting or 2+2":
    "or" a dangling child of the name, "2+2" hung elsewhere)."""
    end = max(t.i for t in name.subtree) + 1
    doc = name.doc
    if doc[end - 1].dep_ != "cc" or doc[end - 1].lower_ != "or":
        return end
    alias = end
    while alias < min(end + ALIAS, len(doc)) and doc[alias].pos_ in ("NUM", "SYM", "PROPN", "PUNCT"):
        alias += 1
    return alias


def _consultation(token: Token, lexicon: Lexicon) -> Entry | None:
    """The CONSULT noun entry a capitalised word would take as a common noun ("Summit", "Talks")."""
    lemma = token.lemma_.lower()
    forms = (lemma, lemma[:-1]) if lemma.endswith("s") else (lemma,)
    context, deps = context_of(token)
    for form in forms:
        for entry in lexicon.entries.get((form, "N"), ()):
            if entry.type == "CONSULT" and all(c.holds(context, deps) for c in entry.conditions):
                return entry
    return None


def gathered(index: MentionIndex, trigger: Trigger, actors: list[EventActor]) -> list[EventActor]:
    """The actors of a meeting noun, with those its "of"-phrase names as the ones who met ("a summit of
    Peru and Chile", "a meeting of the Kenyan and Ugandan foreign ministers") when no doer with a country
    was found. Only actors the "of"-object is, or that modify it (or its conjuncts), or that a clause on
    it says it includes ("a meeting of the committee that included envoys of A and B") count: "a meeting
    of the committee on Iran's programme" is no meeting of Iran."""
    if _elliptic(trigger.head) and not actors:
        return _elided_actors(index, trigger.head)
    if trigger.nominal and not _has_country_doer(actors) and clause_date(trigger.head) is not None:
        # "talks that concluded on 6 June between A and B": the clause that dates them names the sides
        clauses = [c for c in trigger.head.children if c.dep_ == "relcl"]
        sides = [o for c in clauses for p in _preps(c, "between") for o in p.children if o.dep_ == "pobj"]
        met = list(dict.fromkeys(a for o in sides for m in index.under(o) for a in m.actors))
        if len({a.country for a in met if a.country}) >= 2:
            return [EventActor(a, "participant") for a in met] + actors
    entry = trigger.entry
    if not trigger.nominal or entry.type != "CONSULT" or entry.mode not in GATHERING_MODES:
        return actors
    if _has_country_doer(actors):
        return actors
    noun = trigger.head
    members = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            words = _naming_words(pobj)
            members += [m for m in index.under(pobj, (noun.i,)) if index.root_of(m) in words]
            # "a meeting of the monitoring committee that included representatives of A and B"
            clauses = [
                c for c in pobj.children if c.dep_ in ("relcl", "acl") and c.lemma_ in MEMBERSHIP_VERBS
            ]
            members += [m for c in clauses for o in c.children if o.dep_ == "dobj" for m in index.under(o)]
    if not members:
        return actors
    met = list(dict.fromkeys(a for m in members for a in m.actors))
    # Countryless doers ("the leaders", unresolved) give way; targets not among those who met stay.
    rest = [ea for ea in actors if ea.side not in ("source", "participant") and ea.actor not in met]
    return [EventActor(a, "participant") for a in met] + rest


def _has_country_doer(actors: list[EventActor]) -> bool:
    return any(ea.side in ("source", "participant") and ea.actor.country for ea in actors)


def _elided_actors(index: MentionIndex, word: Token) -> list[EventActor]:
    """The parties of an elided occasion ("that of the Ugandan president to Nairobi"): its "of"-phrase
    names who did it, its "to"-phrase whom it was done to (a visit's host)."""
    doers = [o for p in _preps(word, "of") for o in p.children if o.dep_ == "pobj"]
    tos = [p for w in (word, *doers) for p in _preps(w, "to")]
    tos += [p for p in _trailing(word) if p.lower_ == "to"]
    hosts = [o for p in tos for o in p.children if o.dep_ == "pobj"]
    out = [EventActor(a, "source") for d in doers for m in index.under(d, ()) for a in m.actors]
    return out + [EventActor(a, "target") for h in hosts for m in index.under(h, ()) for a in m.actors]


def _preps(word: Token, text: str) -> list[Token]:
    return [c for c in word.children if c.dep_ == "prep" and c.lower_ == text]


def _naming_words(noun: Token) -> set[int]:
    """The noun, its conjuncts and the words that modify them, down through modifiers of modifiers ("the
    Ghanaian and Togolese fisheries ministers"), never into a prepositional phrase or a clause."""
    words, todo = set(), [noun]
    while todo:
        word = todo.pop()
        if word.i not in words:
            words.add(word.i)
            todo += [c for c in word.children if c.dep_ in MEMBER_DEPS or c.dep_ == "conj"]
    return words


def story_occasion(trigger: Trigger) -> bool:
    """ "The summit, held in Santiago on 3 January, ended without a deal", "last week's meeting": a
    definite occasion of the act with a date of its own, and nobody named in the sentence, is one the
    story's parties held; the coder gives it the parties of the story's latest report of the act, as it
    does for "their last summit, in Osaka in June 2019" (framing.their_occasion)."""
    noun = trigger.head
    if not trigger.nominal:
        return False
    if clause_date(noun) is not None:
        return True  # "talks that concluded on 6 June", "clashes that erupted in 2021": one occasion told
    if not (dated(noun) or any(c.dep_ == "acl" and dated(c) for c in noun.children)):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.ent_type_ == "DATE")
        for c in noun.children
    )


def clause_date(noun: Token) -> Token | None:
    """The date of a past relative clause on an event noun that tells when that occasion was held (round
    22): "the talks that concluded on 6 June", "clashes that erupted near the border in 2021". The
    clause names the occasion as a past one, whatever the noun's determiner; its date is the occasion's
    own, not the date of the clause the noun sits in. A clause with a subject of its own tells someone
    else's act on the occasion ("the summit that the minister attended in May") and is left to the
    verb's own event."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.tag_ not in PAST_TAGS:
            continue  # only a past form ("that concluded", "which broke out") tells an occasion held before
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES for c in clause.children):
            continue
        for child in clause.children:
            if child.ent_type_ == "DATE" and child.dep_ in ("npadvmod", "nmod", "advmod"):
                return child
            if child.dep_ == "prep":
                found = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
                if found:
                    return found[0]
    return None


# Relative pronouns, the clause's subject standing for the noun itself.
RELATIVES = frozenset({"that", "which", "who"})


def story_parties(story: dict[str, list[EventActor]], event_type: str) -> list[EventActor]:
    """Whose occasion a story occasion is (`story_occasion`, `framing.their_occasion`): the parties of the
    story's latest report of the act; when the article has told no such act with a doer before ("the
    clashes went on; the arrangement was agreed at the commanders' meeting on 6 June"), the two sides of
    the story, those of its latest report between two countries (round 22)."""
    if event_type in story:
        return list(story[event_type])
    sides = [actors for actors in story.values() if len({ea.actor.country for ea in actors} - {None}) >= 2]
    return list(sides[-1]) if sides else []


def previous_occasions(triggers: list[Trigger], events: list[DraftEvent]) -> list[DraftEvent]:
    """ "arrived on Sunday, the first visit to China by a US secretary of state since October 2018",
    "met on Monday for their first meeting since 2019", "the last time they met was in May 2019" (round
    11, r11recall2): the first occasion of an act since a date tells
    that the act took place then, between the same parties (round 11). That earlier occasion is an event
    of its own, asserted, with the actors of the report the noun restates, dated by the "since" phrase's
    expression (`own_date`) so that it merges with the article's other reports of it."""
    out = []
    for trigger in triggers:
        date = clause_date(trigger.head) if trigger.nominal else None
        if date is not None:  # "the talks that concluded on 6 June": dated by their own clause
            for event in (e for e in events if e.trigger.head.i == trigger.head.i):
                event.dated_by = date
        if _elliptic(trigger.head):  # "after that of the French president to Beijing, in April 2023"
            for event in (e for e in events if e.trigger.head.i == trigger.head.i):
                event.dated_by, event.modality = _elided_date(trigger.head), "asserted"
            continue
        if trigger.nominal and trigger.head.pos_ == "PROPN" and not dated(trigger.head):
            # "during the Leaders' Virtual Summit on 04 June 2020": the date the parser hung on the verb
            for event in (e for e in events if e.trigger.head.i == trigger.head.i):
                event.dated_by = _name_date(trigger.head)
            continue
        last = _last_time(trigger)
        date = last or _first_since(trigger)
        if date is None:
            continue
        reports = [e for e in events if e.type == trigger.type and _covers(e.trigger, trigger)]
        if not reports and (last or _this_is(trigger.head)):
            # "the visit lasts two days; this is the first ...", "... The last time they spoke was ...":
            # the act the article told before, between the same parties.
            reports = [e for e in events if e.type == trigger.type and e.trigger.start < trigger.start][-1:]
        if reports and reports[0].trigger.head.i == trigger.head.i and last:
            # "the last time they met was ...": the clause's own report is the earlier occasion
            reports[0].dated_by, reports[0].modality = date, "asserted"
        elif reports:
            earlier = replace(reports[0], trigger=trigger, content=[], dated_by=date)
            earlier.actors, earlier.modality = list(reports[0].actors), "asserted"
            out.append(earlier)
    return out


def _first_since(trigger: Trigger) -> Token | None:
    """The date of a "since" phrase on a nominal trigger modified by "first"."""
    noun = trigger.head
    if not trigger.nominal or not any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "since"):
        for date in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"):
            return date
    return None


# Adjectives by which "the ... time" is an earlier occasion: "the last time they met", "the previous time".
LAST = frozenset({"last", "previous"})


def _last_time(trigger: Trigger) -> Token | None:
    """ "The last time the two leaders spoke was in early January 2022": a clause on "the last time",
    the subject of a "was" that gives a date, tells the act's previous occasion and its date. The date
    is the "was"'s own (an attribute or the object of its preposition)."""
    verb = trigger.anchor
    time = verb.head
    if verb.dep_ != "relcl" or time.lemma_.lower() != "time" or time.dep_ != "nsubj":
        return None
    if not any(c.dep_ == "amod" and c.lower_ in LAST for c in time.children) or time.head.lemma_ != "be":
        return None
    for child in time.head.children:
        words = [child] if child.dep_ in ("attr", "npadvmod") else []
        if child.dep_ == "prep":
            words = [g for g in child.children if g.dep_ == "pobj"]
        for word in words:
            if word.ent_type_ == "DATE" and word.i > time.i:
                return word
    return None


# Pronouns that stand for a noun said before, with its "of"-phrase: "after that of the Kenyan president".
ELLIPTIC = frozenset({"that", "those"})
# Prepositions of the place and time of an elided occasion: "that of X to Kenya in May 2023".
TRAILING_PREPS = frozenset({"to", "in", "on"})


def elided_occasions(triggers: list[Trigger]) -> list[Trigger]:
    """ "This visit to Paris comes a year after that of the French president to Beijing, in April 2023":
    "that of X" after a preposition stands for the occasion noun said before it in the sentence, an
    occasion of the same act by another party, with participants in its own "of" and "to" phrases and a
    date of its own (`_elided_date`). It takes the noun's entry, as a nominal trigger of its own; without
    a date ("longer than that of his predecessor") it is a comparison, no occasion told."""
    out = []
    for trigger in triggers:
        if not trigger.nominal:
            continue
        for word in trigger.head.sent[trigger.head.i - trigger.head.sent.start + 1 :]:
            if _elliptic(word) and _elided_date(word) is not None:
                out.append(Trigger(word, word, trigger.entry, (word,), nominal=True))
    return out


def _elliptic(word: Token) -> bool:
    return (
        word.lower_ in ELLIPTIC
        and word.dep_ == "pobj"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    )


def _elided_date(word: Token) -> Token | None:
    """The date of an elided occasion: in its own phrase ("that of X in May 2023") or in a phrase that
    follows it (`_trailing`)."""
    phrases = [list(word.subtree)] + [list(p.subtree) for p in _trailing(word)]
    dates = [t for phrase in phrases for t in phrase if t.ent_type_ == "DATE"]
    return dates[0] if dates else None


def _trailing(word: Token, start: int | None = None) -> list[Token]:
    """Prepositional phrases that follow the phrase of `word` in a row, after a comma or not ("that of X
    to Kenya in May 2023", "that of X, in April 2023"): the parser often hangs them on the verb, but they
    go on telling of the occasion. `start`: where the phrase ends, if not where its subtree does."""
    out: list[Token] = []
    doc = word.doc
    i = max(t.i for t in word.subtree) + 1 if start is None else start
    while i < len(doc):
        i += doc[i].lower_ == ","
        if i >= len(doc) or doc[i].dep_ != "prep" or doc[i].lower_ not in TRAILING_PREPS:
            break
        out.append(doc[i])
        i = max(t.i for t in doc[i].subtree) + 1
    return out


def _this_is(noun: Token) -> bool:
    """ "this is the first visit ...", "it was their first meeting ...": the noun restates what the
    subject points back to, the sentence's earlier report of the act."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in noun.head.children)


def _covers(report: Trigger, noun: Trigger) -> bool:
    """The report is the noun's own trigger or the verb the noun restates ("arrived ..., the first visit")."""
    return report.head.i == noun.head.i or noun.head in report.anchor.subtree


def own_date(event: DraftEvent, timexes: Sequence[Timex]) -> DateInterval | None:
    """The interval of the time expression an event is dated by itself (`DraftEvent.dated_by`)."""
    token = event.dated_by
    if token is None:
        return None
    for timex in timexes:
        if timex.start <= token.idx < timex.end and timex.interval is not None:
            return replace(timex.interval, basis=f"its own expression '{timex.text}'")
    return None
