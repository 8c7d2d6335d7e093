"""When did the event of a trigger happen: an interval with the reason it was chosen.

A rule-based reading of the decision tree of Reimers et al. (TACL 2018, "Event Time Extraction with
a Decision Tree of Neural Classifiers"): (1) a time expression in the trigger's own clause dates it
(`attachment.governors`); the preposition that introduces it turns it into a point or a bound ("on",
"since", "by"); (2) otherwise the tense places it relative to the publication date (or to the date of
the report the clause is quoted from): shortly before it for the past, after it for the future, as
an interval rather than the publication day. Year-less expressions and bare weekdays are resolved in
the direction the tense gives, which the tagger alone cannot know. An undated article (anchor given
as an interval) yields intervals throughout.

Beside the interval, `likely` names the one day a careful reader would pick where one stands out:
the day of a day-precise governing expression, or that day moved by a measured gap ("two days after
the rebels freed them"); a date carried from the sentence that set it (or from the event an attribution
reports: "..., officials said") to the events that continue the story (until another time expression
or a change of tense); and for an
undated past or present-perfect event in a dated report, the publication day itself (in news most
such events are on that day: 327 of the 383 single-day events of TimeBank-EventTime's shared
documents). An undated article whose document time was inferred from the story's day (`document_time`)
lends that day instead of a publication day. A definite event noun that names again an event the
article dated earlier takes that day. The interval stays what the evidence allows.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import dropwhile, pairwise

from spacy.tokens import Doc, Span, Token

from dateline.nlp.sentences import sentence_index, sentence_of, sentences
from dateline.nlp.text import text_of
from dateline.records import DateInterval, DocumentTime, Extent, Granularity, Timex
from dateline.time.attachment import (
    DAY_AFTER,
    Attachment,
    announced_object,
    attach,
    governors,
    hosts_of,
    requested_object,
)
from dateline.time.calendar_math import moved, shift, unit_value
from dateline.time.narration import narrated
from dateline.time.ordering import ordering_clauses, since_clause
from dateline.time.partial_values import (
    a_year_ago,
    bare_weekday,
    duration_days,
    is_absolute,
    longer_ago,
    month_day,
    weekday,
    weekday_on_or_after,
    weekday_on_or_before,
)
from dateline.time.scene import SCENE_SENTENCES, scene_date
from dateline.time.tagger import ranges
from dateline.time.tense import (
    Tense,
    clause_verb,
    copula_of,
    cues,
    holds_a_state,
    is_verb,
    nonfinite_head,
    planned_by_head,
    tense,
)

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FORWARD = (Tense.FUTURE, Tense.CONDITIONAL)
_UPPER_PREPS = {"by", "until", "till", "before", "prior to", "ahead of", "no later than"}
_LOWER_PREPS = {"since", "from", "after", "following"}
_REPORTING_DEPS = ("ccomp", "parataxis")
_WITHIN_CLAUSE_DEPS = ("conj", "xcomp")  # a verb that goes on with the clause it hangs on
# Clauses that describe a participant rather than tell the story: a relative clause ("the
# soldiers who fled"), a participle modifying a noun ("soldiers captured in the war")
_DESCRIPTIVE_DEPS = ("relcl", "acl")
# Days before the reference that an undated past event is assumed to lie in (news reports recent
# events); the windows are deliberately short and come with low confidence.
_RECENT_DAYS = {
    Tense.PAST: 7,
    Tense.UNKNOWN: 7,
    Tense.PRESENT: 2,
    Tense.PRESENT_PERFECT: 14,
    Tense.NONFINITE: 7,
}

Ref = tuple[date | None, date | None]  # the reference period: publication day, or its bounds
# Undated events in these tenses are most often on the publication day of a news report (on the
# training documents of TimeBank-EventTime); planned, future and past-perfect ones are not.
_SPOKEN = (Tense.PRESENT, Tense.PRESENT_PERFECT)  # what a speaker's words tell of their own day
_ON_PUBLICATION = (Tense.PAST, Tense.PRESENT, Tense.PRESENT_PERFECT, Tense.UNKNOWN, Tense.NONFINITE)
_PAST_FAMILY = (Tense.PAST, Tense.PAST_PERFECT, Tense.PRESENT_PERFECT)
_OWN_SIDE = {"earlier": Tense.PAST, "later": Tense.FUTURE}  # words that place a period's event themselves
# the basis of an undated past cut at an undated article's estimated writing day (`_by_writing_day`):
# still a guess from the tense, which never narrows a date another report states (`dedup/refine.py`)
WRITING_DAY = "not after the day it was likely written,"
# the basis of an undated past in a sentence that opens by stepping back ("Previously, ..."): an
# event before the story's, which one article's dedup keeps apart from the story's own undated past
STEPPED_BACK = "a sentence that steps back"
LASTING_NOW = "a lasting state or process going on at publication"
# the basis of an undated past in an article that narrates rather than reports (`narration.narrated`)
NARRATED = "a narrated story's background, before publication:"
# the tenses that tell a past step of the story: the simple past and the present perfect
_PAST_TENSES = (Tense.PAST, Tense.PRESENT_PERFECT)
_IN_SCENE = (Tense.PAST, Tense.PRESENT, Tense.UNKNOWN)  # a scene's episode: told, not planned
CARRY_SENTENCES = 2  # how many sentences back a date set by the narrative is carried
CARRY_MAX_DAYS = 31  # only narrow dates are carried: a year mentioned once does not date a story
PLANNED_MAX_DAYS = 366  # a planned event named again takes its announced period up to a year
# how many steps of a narrative ("Two days later, ... A week later, ...") one time is counted through:
# each step counts from the one before, sentence after sentence, so the chain is followed back only so
# far (a chain of hundreds of such sentences went as deep as the interpreter allows, and dropped the
# article's events)
CARRY_STEPS = 8
FIGURES_SENTENCES = 3  # a report's figures go on with the period told this many sentences back at most
LEAD_SENTENCES = 3  # the lead, where a report says which day its story happened
# How far before publication a lead's day may be and still be the story's day: a daily report tells
# of the day before or the one before that; a lead further back is a follow-up whose undated news is
# of the publication day.
STORY_DAYS = 2
_DEICTIC = {"today", "tonight", "yesterday", "tomorrow"}  # words that count from when they are said
_SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)  # "since" just before an expression
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "\u201d", "'", "\u2019")
_CLOSING_QUOTES = "\"\u201d'\u2019"
_FIRST_PERSON = frozenset({"i", "we"})  # a speaker's own words, whether or not quote marks show it


@dataclass(frozen=True, slots=True)
class _EventContext:
    """What a dating rule reads about the event it dates: the trigger, its sentence, that sentence's
    time expressions with what they hang on, the article's expressions, the tense the trigger is
    dated in and the document time. Built once per event (`_date_event`); a rule that dates another
    clause as a step of its own (the sentence before, in `_carried`) reads that clause's."""

    doc: Doc
    trigger: Token
    sent: Span
    attachments: list[Attachment]
    timexes: Sequence[Timex]
    tense: Tense
    anchor: DocumentTime

    @property
    def ref(self) -> Ref:
        return _reference(self.anchor)


def date_event(doc: Doc, trigger: Token, timexes: Sequence[Timex], anchor: DocumentTime) -> DateInterval:
    found = _date_event(doc, trigger, timexes, anchor)
    if found.extent is not None:
        return found  # a span of its own
    during = _during_occasion(doc, trigger, timexes, anchor)
    if during is not None and not (found.is_day and own_expression(trigger, timexes)):
        return during  # unless its clause names a day of its own ("met on March 16 during ...")
    if found.likely is None and (told := _during_told_occasion(doc, trigger, timexes, anchor)) is not None:
        return told
    return _ended_span(found, trigger, timexes)


def _date_event(doc: Doc, trigger: Token, timexes: Sequence[Timex], anchor: DocumentTime) -> DateInterval:
    sent = sentence_of(trigger)
    days = _DocumentDays.of(doc, timexes)
    local = days.within(sent.start_char, sent.end_char)
    day_ranges = days.ranges if local else []
    attachments = _attached(doc, local) if local else []
    # a predicate adjective is dated in its copula's tense ("has been self-governing since 1952"); only
    # here: the document time reads an expression's clause by the verb it hangs on, as before
    event_tense = effective_tense(copula_of(trigger) or trigger)
    ref = _reference(anchor)
    event = _EventContext(doc, trigger, sent, attachments, timexes, event_tense, anchor)
    governed = (
        _when_clause_time(event)
        or _governed(trigger, attachments, event_tense, ref, anchor, days.named if local else days.named_all)
        or _occasion_time(event)
        or _measured_from_clause(event)
        or _ordered_by_clause(event)
        or _measured_from_head(event)
        or _shifted_from_story(event)
        or _after_present_eve(event)
    )
    if governed is not None:
        if _now_ongoing(event):
            # "the army now controls the city": "now" puts the state at publication, which it
            # reached before and keeps after, as an undated present state does
            ongoing = Extent(begin_before=anchor.dct, end_after=anchor.dct)
            return replace(governed, basis=f"ongoing at publication: {governed.basis}", extent=ongoing)
        lasting = _lasting(_day_is_likely(governed), trigger, attachments)
        return _over_the_period(_day_range(lasting, attachments, day_ranges), trigger, attachments)
    # a length that measures an after/before clause off ("signed it a day after the rebels freed
    # them") placed that clause above; it is no time of this event's own
    # nor is the gap since the last such event ("the first visit in 12 years") or a running period an
    # ordinal counts in ("their second summit this year"): the clause is one without a time of its own
    attachments = [a for a in attachments if _gap_mark(a) is None and not _dates_nothing(a, ref)]
    event = replace(event, attachments=attachments)  # the rules below read the event without them
    if announced_object(trigger):
        # "confirmed his visit" after "will visit Seoul on May 7-8": the visit the article dated
        before = _named_before(doc, trigger, sent, timexes, anchor)
        why = f"'{trigger.text}' is what '{trigger.head.text}' reports: not its date"
        return before or DateInterval.unknown(why)
    if requested_object(trigger):
        asked = _from_tense(Tense.CONDITIONAL, ref, _describe_anchor(anchor))
        return replace(asked, basis=f"asked for, not yet done: {asked.basis}")
    reported = _report_reference(trigger, attachments)
    if reported is not None:
        report, where = reported.interval, f"the report dated by '{reported.text}'"
        interval = _from_tense(event_tense, (report.start, report.end), where)
        said = report.start if report.is_day else _story_side_weekday(reported, anchor)
        if said is not None and event_tense in (*_ON_PUBLICATION, Tense.PAST_PERFECT):
            # most often the day of the report; "announced on Wednesday that the sides had agreed"
            # too: the past perfect only orders the event before the announcement
            return replace(interval, likely=said)
        return interval
    if ref == (None, None):
        return DateInterval.unknown(f"{event_tense}, no date in its clause and no publication date")
    carried = _carried(event)
    if carried is None and not _own_expression(trigger, attachments):
        carried = _named_before(doc, trigger, sent, timexes, anchor)
    if carried is None and not local and event_tense in _IN_SCENE:
        carried = _scene_set(event)
    if carried is not None and _wholly_after(carried, ref) and event_tense == Tense.PAST:
        # "the visit was praised" is not the visit announced for next week; "his visit has been
        # earlier than expected" (a perfect of a state) may still speak of it
        carried = None
    if carried is not None and not carried.is_day and _same_day_phrase(sent):
        carried = None  # "Earlier in the day, ..." is on the story's day, not in last April
    if event_tense in _PAST_FAMILY and _steps_back(sent) and not _own_expression(trigger, attachments):
        # "Previously, the speaker visited Pakistan": an event before the story's, not on its day
        told = carried or _day_interval(_story_day(doc, timexes, anchor) or _anchor_day(anchor))
        if told is not None:
            return _before_the_story(told, STEPPED_BACK)
    if (carried is None or not carried.is_day) and (figures := _figures_period(event)) is not None:
        return figures  # a period the narrative carried too: a figure covers all of it
    if carried is not None:
        return carried
    if (
        event_tense == Tense.PAST
        and (_relative_past(trigger) or _earlier_clause(trigger))
        and not _own_expression(trigger, attachments)
    ):
        # "Cubans who left when Castro came to power", "the night the plane went down": a relative
        # clause in the simple past describes a participant by what happened before, not on, the day
        interval = _by_writing_day(_from_tense(Tense.PAST_PERFECT, ref, _describe_anchor(anchor)), anchor)
        return replace(interval, basis=f"past, in a relative clause: {interval.basis}")
    if anchor.dct is not None and (phase := _continued_by(trigger)) is not None:
        interval = _from_tense(Tense.PRESENT, ref, _describe_anchor(anchor))
        ongoing = Extent(begin_before=anchor.dct, end_after=anchor.dct)
        return replace(interval, basis=f"goes on ('{phase.text}'): {interval.basis}", extent=ongoing)
    interval = _from_tense(event_tense, ref, _describe_anchor(anchor))
    if event_tense in _PAST_FAMILY:
        interval = _by_writing_day(interval, anchor)
    backshifted = event_tense == Tense.PAST_PERFECT and _backshifted(trigger)
    # what an undated report in the simple past tells of: the story's day, else the anchor day
    if backshifted and (day := _told_day(doc, timexes, anchor) or _anchor_day(anchor)) is not None:
        # "Macron said France had agreed": what France said it has done, most likely the story's news;
        # the interval stays open before the report (the speaker's past may lie well before it)
        basis = f"past perfect reported by an undated past: {interval.basis}"
        return replace(interval, likely=day, basis=basis)
    floor = None if local else _news_floor(doc, timexes, anchor)  # a time of its own may tell background
    if floor is not None and interval.start is not None and interval.start < floor:
        interval = replace(interval, start=floor, basis=f"{interval.basis}, not before its span since")
    if anchor.dct is not None and event_tense == Tense.FUTURE and _stated_course(trigger):
        ahead = Extent(begin_after=anchor.dct, end_after=anchor.dct)
        return replace(interval, basis=f"a course ahead, as stated: {interval.basis}", extent=ahead)
    own_time = bool(attachments) and _own_expression(trigger, attachments)
    if anchor.dct is not None and event_tense in _FORWARD and not own_time and _lasting_noun(trigger):
        ahead = Extent(begin_after=anchor.dct, end_after=anchor.dct)
        return replace(interval, basis=f"a lasting state or process ahead: {interval.basis}", extent=ahead)
    if anchor.dct is not None and event_tense == Tense.PRESENT and not local and _ongoing_now(trigger):
        ongoing = Extent(begin_before=anchor.dct, end_after=anchor.dct)
        return replace(interval, basis=f"ongoing at publication: {interval.basis}", extent=ongoing)
    if (since := _since_clause_time(event, interval)) is not None:
        return since
    held = _held_until_publication(event)
    held_why = "a state held up to publication"
    if (
        held is None
        and anchor.dct is not None
        and event_tense in _ON_PUBLICATION
        and not own_time
        and _lasting_noun(trigger)
    ):
        # "the crisis", "the embargo", "the buildup" told without a time: going on at the report,
        # begun before it (the likely day stays the report's: the day it was told of), after the day
        # the story began where the article names one
        founded = None if local else _since_founding(event)
        held, held_why = founded or (Extent(begin_before=anchor.dct, end_after=anchor.dct), LASTING_NOW)
    if (
        anchor.dct is not None
        and event_tense in _PAST_TENSES
        and not _own_expression(trigger, attachments)
        and (day := _story_day(doc, timexes, anchor)) is not None
    ):
        # the simple past tells the story's day; the present perfect ("has denied") a step of it
        # that reaches the present, most often the publication day itself, unless it is someone's
        # quoted words ("Both leaders have committed themselves to ...," the presidency said): their
        # present is the day they spoke, the story's day
        spoken_then = in_quotation(trigger) or _reported_by_past(trigger)
        likely = day if event_tense == Tense.PAST or spoken_then else anchor.dct
        basis = f"{event_tense}, undated: the story's day {day.isoformat()}, or after it up to publication"
        return _with_extent(replace(interval, start=day, likely=likely, basis=basis), held, held_why)
    own = bool(attachments) and _own_expression(trigger, attachments)
    told = None if own else _told_day(doc, timexes, anchor)
    if event_tense == Tense.PAST_PERFECT and (day := told) is not None:
        # "The ministry had warned of sanctions", "said they had agreed a truce" in a story of
        # yesterday: the perfect orders the event before the telling, most often on the story's day
        basis = f"past perfect, likely the story's day {day}: {interval.basis}"
        return replace(interval, likely=day, basis=basis)
    # with no time in the sentence and no story's day, the verb of saying is on the anchor day too
    if not own and (local or told is not None) and (said := _said_on(event, interval)) is not None:
        return _with_extent(said, held, held_why)
    if (
        anchor.dct is not None
        and not own
        and event_tense in _SPOKEN
        and in_quotation(trigger)
        and (day := _story_day(doc, timexes, anchor)) is not None
    ):
        # "We urge both sides to talk," in a story of yesterday: the speaker's present is the day
        # the words were said, the story's day, not the report's
        basis = f"quoted {event_tense}, likely said on the story's day {day}: {interval.basis}"
        return replace(interval, likely=day, basis=basis)
    if held is None and not own and event_tense in _PAST_TENSES and _in_narration(event):
        # a story told in the reporter's voice: past its lead, the undated past is background, before
        # the telling (the lead tells what is new, on the day, as a report's does)
        return DateInterval(None, anchor.dct, "range", 0.2, f"{NARRATED} {interval.basis}")
    if held is None and not own and not local and (founded := _since_founding(event)) is not None:
        held, held_why = founded
    if (day := _anchor_day(anchor)) is not None and event_tense in _ON_PUBLICATION:
        return _with_extent(replace(interval, likely=day), held, held_why)
    if (
        anchor.dct is None
        and day is not None
        and event_tense in _FORWARD
        and not own
        and not _repeated(trigger)
    ):
        # an article without a publication day, dated by its story's day (the latest day it reports,
        # or the day the corpus gives its news): a plan it tells without a date is most often that
        # story's occasion, previewed ("the presidents will hold talks", "a trilateral meeting would
        # also take place"), so the likely day is the story's day; the interval stays open after it
        # ("will meet again", "another round" are a later occasion: no likely day)
        return replace(interval, likely=day, basis=f"{interval.basis}, likely the story's day {day}")
    if (
        event_tense not in _FORWARD
        and anchor.dct is not None
        and _names_publication_weekday(attachments, anchor.dct)
    ):
        return replace(interval, likely=anchor.dct)
    return interval


def _in_narration(event: _EventContext) -> bool:
    """The event's sentence comes after the lead (LEAD_SENTENCES) of a dated article that narrates
    rather than reports (`narration.narrated`)."""
    k = sentence_index(event.sent)
    return event.anchor.dct is not None and k is not None and k >= LEAD_SENTENCES and narrated(event.doc)


def _since_founding(event: _EventContext) -> tuple[Extent, str] | None:
    """ "Ruritania invaded the border province on March 3. ... Neighbours have closed their airspace;
    the blockade is designed to starve the army of fuel": in an article whose story began on a day it
    names well before publication (`_founding_day`), what it tells in the present or the present perfect
    without a time of its own, other than a statement, is part of that story: begun after the founding
    day (and by the report) and going on after it, the span TimeBank-EventTime's annotators give such
    events (`beginPoint=afterF beforeD endPoint=afterD`). Only the extent: the interval and the likely
    day (the report's) stay the tense's, so daily counts and dedup read the same day. A noun of a
    lasting state (`_lasting_noun`: "the crisis dominated the meeting") is going on at the report
    whatever the tense of its clause, and takes the same span. Left out: the lead (LEAD_SENTENCES),
    which tells the day's news ("the ferry has resumed service"), quoted words (the speaker's own
    present; a first-person subject tells them where no quote marks are read), verbs of saying,
    appearance, continuation and speech acts, and a verb that reports a clause ("has indicated the navy
    will ..."), which are dated as statements are."""
    trigger, anchor = event.trigger, event.anchor
    spoken = event.tense in _SPOKEN or (event.tense in _ON_PUBLICATION and _lasting_noun(trigger))
    if anchor.dct is None or not spoken or trigger.pos_ not in ("NOUN", "VERB"):
        return None
    day = _founding_day(event.doc, event.timexes, anchor)  # kept on the Doc: most articles have none
    if day is None:
        return None
    lead = _lead(event.doc)  # a headline or a byline above the body is no part of the story told after it
    if len(lead) < LEAD_SENTENCES or event.sent.start < lead[-1].end:
        return None
    verb = clause_verb(trigger) or trigger
    if (
        verb.lemma_.lower() in _statement_verbs()
        or any(w.dep_ == "ccomp" for w in verb.children)
        or any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in _FIRST_PERSON for w in verb.children)
        or in_quotation(trigger)
    ):
        return None
    extent = Extent(begin_after=day, begin_before=anchor.dct, end_after=anchor.dct)
    return extent, f"begun since the story's founding day {day.isoformat()}"


def _founding_day(doc: Doc, timexes: Sequence[Timex], anchor: DocumentTime) -> date | None:
    """The day the article's story began, where it names one well before publication (more than a
    week: `_background_day`): the earliest such day that opens a "since" ("under a blockade since the
    March 3 raid on its ports") or dates an event the article names again in another sentence by a
    verb of its stem ("Ruritania invaded the province on March 3 ... aid workers said the invasion had
    emptied three towns"). A day told once of something else ("the record set on May 6") founds
    nothing. Found once per article and tagging (kept on the Doc)."""
    key = ("dateline.founding_day", anchor.dct, len(timexes))
    if key not in doc.user_data:
        doc.user_data[key] = _find_founding_day(doc, timexes, anchor)
    return doc.user_data[key]


def _find_founding_day(doc: Doc, timexes: Sequence[Timex], anchor: DocumentTime) -> date | None:
    if anchor.dct is None:
        return None
    days = sorted(
        (t.interval.start, k)
        for k, t in enumerate(timexes)
        if t.type == "DATE"
        and t.interval is not None
        and t.interval.is_day
        and _background_day(t.interval, anchor)
    )
    if not days:
        return None
    # the article's verbs and nouns by their first four letters, which words of one stem share
    index: dict[str, list[Token]] = {}
    for w in doc:
        if w.pos_ in ("NOUN", "VERB") and len(w.lemma_) >= 4:
            index.setdefault(w.lemma_.lower()[:4], []).append(w)
    for day, k in days:
        for a in attach(doc, [timexes[k]]):
            if a.head is not None and (_opens_since(a) or _named_again_by_verb(a, index)):
                return day
    return None


def _opens_since(a: Attachment) -> bool:
    """ "since March 3", "since the March 3 raid" (the date modifies the noun "since" takes)."""
    head = a.head
    return a.prep == "since" or (head is not None and head.dep_ == "pobj" and head.head.lower_ == "since")


def _named_again_by_verb(a: Attachment, index: dict[str, list[Token]]) -> bool:
    """The event a day dates, the word it hangs on or a noun between that word and it ("condemned the
    raid on the port on March 3": condemned, raid, port), is named in another sentence by a word of its
    stem, one of the two a verb (the act told again, not a noun repeated: "months", "talks"); `index`
    holds the article's verbs and nouns by their first four letters."""
    head = a.head
    if head is None:
        return False
    lo, hi = sorted((head.i, a.span.start))
    words = [head, *(w for w in a.span.doc[lo:hi] if w.pos_ == "NOUN" and lo <= w.head.i <= hi)]
    sent = sentence_of(a.span.root)
    for word in words:
        lemma = word.lemma_.lower()
        if word.pos_ not in ("NOUN", "VERB") or len(lemma) < 4:
            continue
        for other in index.get(lemma[:4], ()):
            if (
                "VERB" in (other.pos_, word.pos_)
                and not sent.start <= other.i < sent.end
                and _same_stem(lemma, other.lemma_.lower())
            ):
                return True
    return False


def _since_clause_time(event: _EventContext, interval: DateInterval) -> DateInterval | None:
    """ "More than 2,000 people have fled since the fighting erupted on March 3", "the plant has made
    300 engines since it opened in May 2019": a present or present-perfect clause that
    counts from a clause or event with a time of its own (`ordering.since_clause`) began at that
    time and goes on at publication, as one with "since March 3" does (`_bound_by_prep`). The
    interval starts no earlier than that time; the likely day stays the report's (what has happened
    so far is told on that day) and the extent gives both ends."""
    trigger, attachments, event_tense, anchor = event.trigger, event.attachments, event.tense, event.anchor
    verb = clause_verb(trigger)
    if anchor.dct is None or verb is None or event_tense not in _SPOKEN:
        return None
    clause = since_clause(verb)
    if clause is None or _first_or_most(verb.sent[: clause.left_edge.i - verb.sent.start]):
        # "the first time she has gone abroad since the floods struck in May": a gap, one event
        return None
    own = [a for a in attachments if _on(a, clause) and a.timex.type != "DURATION"]
    ref = _reference(anchor)
    for a in sorted(own, key=_precision):
        found = _resolve(a, effective_tense(clause), ref, anchor)
        if found is None or found.start is None or found.end is None or found.start > anchor.dct:
            continue
        start = max(found.start, interval.start) if interval.start is not None else found.start
        basis = f"since the clause dated by '{a.timex.text}' ({found.basis}): {interval.basis}"
        extent = Extent(begin_after=found.start, begin_before=found.end, end_after=anchor.dct)
        return replace(interval, start=start, likely=anchor.dct, basis=basis, extent=extent)
    return None


def _on(a: Attachment, word: Token) -> bool:
    return a.head is not None and a.head.i == word.i


def _held_until_publication(event: _EventContext) -> Extent | None:
    """ "has been in charge", "have remained closed", "has been running on credit": a state or an
    activity in the present perfect with no time of its own began before the report and lasted up
    to it, its end bounded by the report (TimeBank-EventTime writes it `beginPoint=beforeD
    endPoint=beforeD`, bounds inclusive); an occurrence in the perfect ("has agreed") stays a day.
    Only the extent is added: the likely day (the report's) and the interval are the perfect's."""
    trigger, anchor = event.trigger, event.anchor
    if (
        anchor.dct is None
        or event.tense != Tense.PRESENT_PERFECT
        or _own_expression(trigger, event.attachments)
        or not holds_a_state(trigger)
    ):
        return None
    return Extent(begin_before=anchor.dct, end_before=anchor.dct)


def _with_extent(interval: DateInterval, extent: Extent | None, why: str) -> DateInterval:
    if extent is None:
        return interval
    return replace(interval, basis=f"{why}: {interval.basis}", extent=extent)


def _stated_course(trigger: Token) -> bool:
    """ "Forecasters say the floods will get worse", "said they will monitor the dam", "fears they
    will be interned": a future that is the content of a statement, a fear or an expectation (a
    complement clause) without a date is a prediction or a commitment, a course of events that
    begins after the report and goes on, not one act on one day (on TimeBank-EventTime's shared
    documents 10 of 13 such events are spans ahead)."""
    return is_verb(trigger) and trigger.dep_ == "ccomp" and trigger.head.i != trigger.i


def _lasting_noun(trigger: Token) -> bool:
    """ "A trade war could hurt both economies", "heavy rains will cut the road": a noun of a
    state or a process that lasts many days (`lasting` in `data/tense_cues.json`) told ahead of the
    report is a span that begins after it, not one day."""
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in cues()["lasting"]


def _when_clause_time(event: _EventContext) -> DateInterval | None:
    """ "since December 2021, when the offensive was repulsed", "in 2019, when they met": a clause
    opened by "when" that modifies a time expression happened at that time, whatever the
    preposition before it says of the main clause."""
    trigger = event.trigger
    if trigger.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children
    ):
        return None
    a = next((a for a in event.attachments if a.span.start <= trigger.head.i < a.span.end), None)
    return _time_of(a, "the time its when-clause names", event)


_OCCASION_PREPS = frozenset({"at", "on", "during", "in"})
# TimeML types a part of a day ("Saturday night") TIME and a whole day DATE: both name when an occasion was.
_DAY_TYPES = frozenset({"DATE", "TIME"})


def _occasion_time(event: _EventContext) -> DateInterval | None:
    """ "met on the sidelines of a summit in 2022", "spoke at the 2019 forum", "their first meeting
    on the sidelines of the summit in June": an act done at an occasion took place in the occasion's
    time, which the parse hangs on the occasion's noun."""
    trigger, attachments = event.trigger, event.attachments
    if not (is_verb(trigger) or trigger.pos_ == "NOUN"):
        return None
    nouns: set[int] = set()
    eves: set[int] = set()  # occasions named as "the eve of" one: the act was on the day before
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPS:
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                nouns.add(obj.i)
                named = [
                    o.i for of in obj.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"
                ]
                nouns.update(named)
                if obj.lemma_.lower() == "eve":
                    eves.update(named)
    a = next(
        (a for a in attachments if a.head is not None and a.head.i in nouns and a.timex.type in _DAY_TYPES),
        None,
    )
    found = _time_of(a, "the time of the occasion it took place at", event)
    if found is None or a is None or a.head is None or a.head.i not in eves:
        return found
    if not found.is_day:
        return None  # the day before some day of a month or a week: no time of its own to tell
    eve = moved(found.start, -1)
    return replace(found, start=eve, end=eve, likely=eve, basis=f"the day before {found.basis}")


def _after_present_eve(event: _EventContext) -> DateInterval | None:
    """ "This is the eve of the pope's visit", "today is the eve of the vote": told in the present
    with no time of its own, the eve is the day of publication, so what it is the eve of is the next
    day (with a time of its own the eve is dated by it, `_governed`)."""
    dct = event.anchor.dct
    if dct is None:
        return None
    chain = governors(event.trigger)
    eve = next((token for token, relation in chain if relation == DAY_AFTER and is_verb(token)), None)
    if eve is None or tense(eve) != Tense.PRESENT:
        return None
    day = moved(dct, 1)
    return DateInterval(day, day, "day", 0.5, f"the day after the eve it names, the day of publication {dct}")


# a gap counted in days or weeks ("two days after", "a week before") is exact; months and years are
# counted loosely ("barely a month after" is some day of the month before), up to `_LOOSE_GAP_MAX`
_GAP_VALUE = re.compile(r"P\d+[DW]")
_LOOSE_GAP_VALUE = re.compile(r"P(?P<n>\d+)(?P<unit>[MY])")
_LOOSE_GAP_MAX = {"M": 24, "Y": 100}


def _measured_gap(
    clause: Token | None, attachments: list[Attachment], loose: bool = True
) -> tuple[int, str, str] | None:
    """ "a day after the rebels seized the airport", "two days before the talks began": a clause
    opened by "after" / "before" with a measure of days before the conjunction lies that many days
    from the clause it depends on. Returns the count, its unit ("D": days, weeks counted in days)
    and how the clause's time relates to the other ("before" for an after-clause: what it tells
    happened first); None where no exact measure is given ("days after", "hours after"). With
    `loose`, months and years count too ("comes barely a month after the airline suspended its
    flights", "a year before the treaty was signed"): the clause lies in the month (year) that many
    before or after the other clause's time, some day of it (unit "M", "Y")."""
    found = _gap_at(clause, attachments)
    return _gap_length(*found, loose) if found is not None else None


def _gap_at(clause: Token | None, attachments: list[Attachment]) -> tuple[Attachment, Token] | None:
    """The first length whose gap mark (`_gap_mark`) measures `clause` off, with that mark."""
    if clause is None:
        return None
    for a in attachments:
        mark = _gap_mark(a)
        if mark is not None and _measured(mark).i == clause.i:
            return a, mark
    return None


def _gap_length(a: Attachment, mark: Token, loose: bool = True) -> tuple[int, str, str] | None:
    """The count, unit and side of the gap the length `a` before `mark` measures (`_measured_gap`)."""
    side = "before" if mark.lower_ == "after" else "after"
    if _GAP_VALUE.fullmatch(a.timex.value):
        days = duration_days(a.timex.value)
        return (days, "D", side) if days and days <= _RANGE_DAYS else None
    value = _LOOSE_GAP_VALUE.fullmatch(a.timex.value) if loose else None
    if value is None or not 0 < int(value["n"]) <= _LOOSE_GAP_MAX[value["unit"]]:
        return None
    return int(value["n"]), value["unit"], side


def _gap_mark(a: Attachment) -> Token | None:
    """The "after" / "before" right after a duration that measures its clause off ("a day after the
    rebels seized"): a length that places the clause, not the length of an event. The parse hangs the
    duration on the clause's verb or on the verb the clause depends on. Also the preposition of a
    gerund or an event noun measured so ("a day after suspending imports", "a day after a summit":
    round 28), which the parse hangs on the length, itself on the verb it is measured from."""
    if a.head is None or a.timex.type != "DURATION" or a.prep is not None:
        return None
    doc = a.span.doc
    mark = doc[a.span.end] if a.span.end < len(doc) else None
    if mark is None or mark.lower_ not in ("after", "before"):
        return None
    if mark.dep_ == "prep":
        measured = _measured(mark)
        return mark if measured is not mark and mark.head.i == a.span.root.i and is_verb(a.head) else None
    if mark.dep_ != "mark":
        return None
    clause = mark.head
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    if a.head.i not in (clause.i, clause.head.i, mark.i):  # the parse may hang the length on the mark
        return None
    if sum(c.dep_ == "mark" for c in clause.children) != 1:
        return None
    return mark


def _measured(mark: Token) -> Token:
    """What a gap mark measures off: the clause a conjunction opens, or the gerund or noun a
    preposition takes ("after suspending imports", "after a summit"); the mark itself where it has none."""
    if mark.dep_ == "mark":
        return mark.head
    return next((c for c in mark.children if c.dep_ in ("pcomp", "pobj")), mark)


def _trigger_gap(trigger: Token, attachments: list[Attachment]) -> tuple[Attachment, Token] | None:
    """The length and mark (`_gap_at`) that measure `trigger` off: itself where it is a verb or is
    measured ("a day after a summit"), else the verb of its clause ("two days after the president
    arrived on a state visit": the visit is the arrival's)."""
    found = _gap_at(trigger, attachments)
    if found is None and not is_verb(trigger):
        found = _gap_at(clause_verb(trigger), attachments)
    return found


def _gap_from(
    day: DateInterval, gap: tuple[int, str, str], why: str, event_tense: Tense, ref: Ref
) -> DateInterval | None:
    """The day `gap` days before or after `day` (a day-precise interval), or by months (years) the
    month (year) reached; None where that lies on the wrong side of the report for the tense (a past
    event after publication)."""
    assert day.start is not None
    n, unit, side = gap
    if unit != "D":
        reached = _stepped(day, unit, -n if side == "before" else n)
        if reached is None:
            return None
        start, end, _ = reached
        if event_tense in _PAST_FAMILY and ref[1] is not None and start > ref[1]:
            return None
        granularity: Granularity = "month" if unit == "M" else "year"
        basis = f"{n} {'month' if unit == 'M' else 'year'}(s) {side} {why}"
        return DateInterval(start, end, granularity, round(day.confidence - 0.2, 2), basis)
    when = moved(day.start, -n if side == "before" else n)
    if event_tense in _PAST_FAMILY and ref[1] is not None and when > ref[1]:
        return None
    basis = f"{n} day(s) {side} {why}"
    return DateInterval(when, when, "day", round(day.confidence - 0.1, 2), basis, likely=when)


def _measured_from_clause(event: _EventContext) -> DateInterval | None:
    """ "The army struck back three days after the rebels seized the airport on Monday": the day of
    a measured after/before clause dates the clause it depends on, that many days off (by months or
    years, the month or year reached: `_measured_gap`)."""
    attachments, ref = event.attachments, event.ref
    verb = clause_verb(event.trigger)
    if verb is None:
        return None
    for clause in verb.children:
        gap = _measured_gap(clause, attachments)
        if gap is None:
            continue
        own = [a for a in attachments if a.head is not None and a.head.i == clause.i]
        for a in sorted((a for a in own if a.timex.type != "DURATION"), key=_precision):
            found = _resolve(a, effective_tense(clause), ref, event.anchor)
            if found is not None and found.is_day:
                # the clause lies `side` of the trigger, so the trigger lies the other way from it
                other = "after" if gap[2] == "before" else "before"
                why = f"the clause it is measured from, {found.basis}"
                return _gap_from(found, (gap[0], gap[1], other), why, event.tense, ref)
    return None


def _ordered_by_clause(event: _EventContext) -> DateInterval | None:
    """ "As the rebels shelled the port on Wednesday, the minister warned", "broke off ties before the
    war began in 2019": the time of a clause that orders the trigger's clause
    (`ordering.ordering_clauses`) dates it, at that time or on one side of it. A side only bounds the
    event: where the bound holds the tense's own reading it tells nothing more ("met after the summit
    ended on Tuesday": shortly before publication still). Nor does a past event after a time further
    back: the main clause is most often the news itself ("The premier's first visit in a decade came
    after the king's trip in March")."""
    event_tense, ref = event.tense, event.ref
    verb = clause_verb(event.trigger)
    if verb is None:
        return None
    for clause, relation, opener in ordering_clauses(verb):
        own = [a for a in event.attachments if a.head is not None and a.head.i == clause.i and a.noun is None]
        for a in sorted((a for a in own if a.timex.type != "DURATION"), key=_precision):
            found = _resolve(a, effective_tense(clause), ref, event.anchor)
            if found is None:
                continue
            if relation == "after" and event_tense in _PAST_FAMILY:
                return None  # the news itself may come long after ("The visit came after the king's trip")
            related = _relate(found, relation, event_tense, ref)
            if relation != "same" and _holds_reading(related, event_tense, ref):
                return None
            basis = f"ordered by its '{opener}' clause: {related.basis}"
            return _this_side(replace(related, basis=basis), event_tense, ref)
    return None


def _measured_from_head(event: _EventContext) -> DateInterval | None:
    """ "They said a day after the ministry announced it", "This comes two days after he revealed":
    where the clause a measured after/before clause depends on has no time of its own, its likely day
    (the report's, the story's, one carried from the narrative) is the one to measure from; by months
    or years ("comes a month after the airline suspended flights") the clause lies in the month (year)
    reached (`_measured_gap`)."""
    found = _trigger_gap(event.trigger, event.attachments)
    gap = _gap_length(*found) if found is not None else None
    if found is None or gap is None:
        return None
    a, mark = found
    # counted from the verb the measured clause depends on, or the verb the length hangs on
    origin = mark.head.head if mark.dep_ == "mark" else a.head
    assert origin is not None  # `_gap_mark` reads lengths with a head only
    head = date_event(event.doc, origin, event.timexes, event.anchor)
    if head.likely is None:
        return None
    day = DateInterval(head.likely, head.likely, "day", head.confidence, head.basis, likely=head.likely)
    why = f"the clause it depends on, dated: {head.basis}"
    return _gap_from(day, gap, why, event.tense, event.ref)


# a measured length that "later"/"earlier" turns into a step from the time told before: days,
# weeks, months, years, or hours and minutes (the same day); TimeML tags the length alone, a DURATION
_STEP_VALUE = re.compile(r"P(?:(?P<n>\d+)(?P<unit>[DWMY])|T[\dX.]+[HM])")
_STEP_WORDS = {"later": 1, "earlier": -1}


def _shifted_from_story(event: _EventContext, steps: int = 0) -> DateInterval | None:
    """ "The rebels seized the town on March 3. Two days later, the army struck back", "In January
    the two signed a port deal. A month later, the president called it illegal": a length with
    "later" or "earlier" on the trigger's clause counts from the time the narrative set in the
    sentences before (`_carried`, its limits), not from the report. A day moves by days and weeks
    (with its likely day); months and years give the whole month or year reached; hours and minutes
    keep the day. Where the narrative set no time, the clause is one without a time of its own, as
    before. (The tagger itself dates "two days earlier", as TimeML does; TimeML tags "two days later"
    as a length only.) `steps`: the steps already counted on the way here (CARRY_STEPS)."""
    doc, event_tense = event.doc, event.tense
    chain = {token.i for token, _ in governors(event.trigger)}
    for a in event.attachments:
        word = doc[a.span.end] if a.span.end < len(doc) else None
        step = _STEP_WORDS.get(word.lower_) if word is not None else None
        value = _STEP_VALUE.fullmatch(a.timex.value or "") if a.timex.type == "DURATION" else None
        if step is None or value is None or a.noun is not None or not _hangs_on(a, chain):
            continue
        # the time told itself: a past perfect ("Two days earlier, the envoys had met") is not before it
        told_tense = Tense.PAST if event_tense == Tense.PAST_PERFECT else event_tense
        told = _carried(replace(event, attachments=[], tense=told_tense), steps)
        if told is None or told.start is None or told.end is None:
            return None
        n, unit = int(value["n"] or 0) * step, value["unit"] or "D"
        reached = _stepped(told, unit, n)
        if reached is None:
            return None
        start, end, likely = reached
        report_end = event.ref[1]
        if event_tense in _PAST_FAMILY and report_end is not None and start > report_end:
            return None  # a past event does not lie after the report
        basis = f"'{a.timex.text} {word.text}' than the time told before: {told.basis}"
        whole: Granularity = "month" if unit == "M" else "year"
        one_period = unit in ("M", "Y") and unit_value(start, unit) == unit_value(end, unit)
        granularity = "day" if start == end else whole if one_period else "range"
        return DateInterval(start, end, granularity, round(told.confidence - 0.1, 2), basis, likely=likely)
    return None


def _stepped(told: DateInterval, unit: str, n: int) -> tuple[date, date, date | None] | None:
    """The interval `told` moved by `n` units (`_shifted_from_story`): its start, its end and its likely
    day; None for a step off the calendar ("9000 years later", a count of days too large for it),
    which gives no time rather than failing the article."""
    assert told.start is not None and told.end is not None
    try:
        start, end = shift(told.start, unit, n), shift(told.end, unit, n)
        if unit in ("M", "Y"):  # counted loosely: the month (year) it reaches, no day
            start, last = (
                d.replace(day=1) if unit == "M" else d.replace(month=1, day=1) for d in (start, end)
            )
            end = shift(last, unit, 1) - timedelta(1)
        likely = shift(told.likely, unit, n) if told.likely is not None and unit in ("D", "W") else None
    except OverflowError:
        return None
    return start, end, likely


def _time_of(a: Attachment | None, why: str, event: _EventContext) -> DateInterval | None:
    """The time expression of `a` as the event's own, its preposition aside (that relates the
    expression to another word, not to this event)."""
    found = _resolve(replace(a, prep=None), event.tense, event.ref, event.anchor) if a is not None else None
    return replace(found, basis=f"{why}: {found.basis}") if found is not None else None


def _lasting(interval: DateInterval, trigger: Token, attachments: list[Attachment]) -> DateInterval:
    """A day-dated event with a length of its own ("began a three-day visit on Monday", "talks on
    Monday lasted for two days") runs from that day for that many days: both ends are known. Where
    the day is the one it ended on ("wrapped up a two-day tour on Sunday", "at the end of a
    three-day visit on Friday": `_ended_on_the_day`), it runs that many days up to it; its likely day
    is its first, as for a range of days."""
    if not interval.is_day or interval.start is None:
        return interval
    for a in attachments:
        days = duration_days(a.timex.value) if a.timex.type == "DURATION" else None
        if (
            days
            and 1 < days <= 366
            and a.head is not None
            and a.head.i == trigger.i
            and a.prep in (None, "for")
            and _gap_mark(a) is None
        ):
            first, last = interval.start, moved(interval.start, days - 1)
            likely = interval.likely
            if _ended_on_the_day(trigger):
                first, last = moved(interval.start, 1 - days), interval.start
                likely = first
            basis = f"{interval.basis}; lasting '{a.timex.text}'"
            extent = Extent(first, first, last, last)
            span = replace(interval, start=first, end=last, likely=likely, granularity="range")
            return replace(span, basis=basis, extent=extent)
    return interval


_SPAN_DAYS = 31  # a visit, a tour, talks of some days: longer lengths are no one occasion's


def _length_in_days(noun: Token, timexes: Sequence[Timex]) -> tuple[int, Timex] | None:
    """The length a noun's own modifier gives it ("a three-day visit", "a two-day working visit"),
    from two days to a month."""
    sent = sentence_of(noun)
    local = [t for t in _in_sentence(timexes, sent) if t.type == "DURATION"]
    for a in attach(noun.doc, local) if local else ():
        days = duration_days(a.timex.value)
        if days and 1 < days <= _SPAN_DAYS and a.head is not None and a.head.i == noun.i and a.prep is None:
            return days, a.timex
    return None


def _ended_span(interval: DateInterval, noun: Token, timexes: Sequence[Timex]) -> DateInterval:
    """ "Briefed reporters at the end of a three-day tour", "wrapped up a two-day tour": an occasion of
    some days that ends at a time the clause it hangs on gives only by its likely day (the story's,
    the report's) runs that many days up to that day. Without a likely day the tense's window stays."""
    if interval.likely is None or interval.is_day or not _ended_on_the_day(noun):
        return interval
    length = _length_in_days(noun, timexes)
    if length is None:
        return interval
    days, timex = length
    first, last = moved(interval.likely, 1 - days), interval.likely
    basis = f"lasting '{timex.text}' up to the likely day of {interval.basis}"
    extent = Extent(first, first, last, last)
    return DateInterval(first, last, "range", interval.confidence, basis, extent=extent)


def _during_occasion(
    doc: Doc, trigger: Token, timexes: Sequence[Timex], anchor: DocumentTime
) -> DateInterval | None:
    """ "Met no minister during his three-day visit, which ended on Sunday", "a visit of three days,
    during which he met ...": an event told as happening during an occasion of some days whose span
    the text gives (a day and a length: `_lasting`, `_ended_span`) lies within it, on a day the text
    does not name."""
    during = _during_objects(trigger)
    nouns = [o for o in during if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    if any(o.tag_ == "WDT" for o in during) and trigger.dep_ == "relcl":
        # "a two-day trip to Chile, during which he met": the clause's noun, which the parse may
        # hang the clause past ("briefed reporters at the end of a trip to Chile, during which ...")
        before = min(t.i for t in trigger.subtree) - 1
        while before > 0 and doc[before].is_punct:
            before -= 1
        nouns = [trigger.head, *_heads_up(doc[before])]
    noun = next((n for n in nouns if n.i != trigger.i and _length_in_days(n, timexes) is not None), None)
    if noun is None:
        return None
    span = date_event(doc, noun, timexes, anchor)
    if span.extent is None or span.start is None or span.end is None or span.start == span.end:
        return None
    return DateInterval(span.start, span.end, "range", span.confidence, f"during '{noun.text}': {span.basis}")


def _during_told_occasion(
    doc: Doc, trigger: Token, timexes: Sequence[Timex], anchor: DocumentTime
) -> DateInterval | None:
    """ "During the visit, both governments were expected to sign a pact", "will hold talks during the
    visit" after "arrived on Tuesday": an event with no likely day of its own (a plan, told only by
    its tense: some day after the report) that is told as taking place during an occasion the
    article dates to a likely day takes the occasion's date. The "during" phrase may hang on the
    verb that plans it ("were expected to sign": on "expected"). Round 22."""
    if own_expression(trigger, timexes):
        return None
    heads = [trigger]
    while heads[-1].dep_ == "xcomp" and heads[-1].head.i != heads[-1].i and len(heads) < 3:
        heads.append(heads[-1].head)
    nouns = [
        o
        for h in heads
        for o in _during_objects(h)
        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not _lasting_noun(o)
    ]
    for noun in nouns:
        span = date_event(doc, noun, timexes, anchor)
        if span.likely is not None and span.extent is None:
            return replace(span, basis=f"during '{noun.text}': {span.basis}")
    return None


def _during_objects(word: Token) -> list[Token]:
    """The words a "during" phrase on `word` takes ("during the visit", "during which")."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ == "during" for o in p.children]


def _heads_up(token: Token, hops: int = 3) -> list[Token]:
    """The nouns among a word and the words it hangs on ("Chile", then "visit" above "to Chile"), a
    few steps up."""
    found = []
    while len(found) < hops and token.head.i != token.i:
        if token.pos_ in ("NOUN", "PROPN"):
            found.append(token)
        token = token.head
    return found


def _ended_on_the_day(noun: Token) -> bool:
    """ "Wrapped up a two-day tour", "the three-day talks ended", "at the close of a state visit":
    a word of ending (`ending` in `data/tense_cues.json`, verbs and nouns) takes the event as its
    object or subject, or as the "of" object of the noun; the day that dates it is its last."""
    ending = cues()["ending"]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    return head.i != noun.i and head.lemma_.lower() in ending


# "10-12 September", "from 3 to 5 March": a first day written before the expression of the last;
# "May 7-8", "June 3 to 5": a last day written after the expression of the first
# ("May 7 and 8": two days in a row only; "May 7 and 9" are two separate days)
_RANGE_DAYS = 31  # a range of days; longer spans are a period, not one event's days
DayRange = tuple[Timex, Timex]


def _ranges_of_days(timexes: Sequence[Timex], text: str) -> list[DayRange]:
    """The ranges of days the tagger pairs: "10-12 September", "from 3 to 5 March", "from March 30
    to April 2", "May 7-8"."""
    found = []
    for a, b in ranges(timexes, text):
        first, last = a.interval, b.interval
        if first is None or last is None or not (first.is_day and last.is_day):
            continue
        assert first.start is not None and last.start is not None
        if 0 < (last.start - first.start).days <= _RANGE_DAYS:
            found.append((a, b))
    return found


def _in_sentence(timexes: Sequence[Timex], sent: Span) -> list[Timex]:
    """The expressions that lie wholly inside `sent`, in their order."""
    return [t for t in timexes if sent.start_char <= t.start and t.end <= sent.end_char]


def _attached(doc: Doc, local: list[Timex]) -> list[Attachment]:
    """The sentence's time expressions and what they hang on, a range of days counted once: its last
    day governs for it (as before its first day was tagged: a story carried on from it is unchanged)
    and `_day_range` widens it; "from" / "between" before a range open it and bound nothing."""
    day_ranges = _ranges_of_days(local, text_of(doc))
    attachments = attach(doc, local)
    if not day_ranges:
        return attachments
    ends = {(t.start, t.end) for pair in day_ranges for t in pair}
    attached = {(a.timex.start, a.timex.end) for a in attachments}
    last_of = {(a.start, a.end): (b.start, b.end) for a, b in day_ranges}
    kept = []
    for a in attachments:
        key = (a.timex.start, a.timex.end)
        if last_of.get(key) in attached:
            continue
        kept.append(replace(a, prep=None) if key in ends and a.prep in ("from", "between") else a)
    return kept


def _day_range(
    interval: DateInterval, attachments: list[Attachment], day_ranges: list[DayRange]
) -> DateInterval:
    """ "Will visit India on 10-12 September", "talks ran from 3 to 5 March", "the summit on May
    7-8", "from March 30 to April 2": a day that is one end of a range of days dates a multi-day
    event from the first day to the last; its likely day is the first (a visit "on May 7-8" begins on
    the 7th)."""
    if not interval.is_day or interval.start is None or interval.extent is not None:
        return interval
    attached = {(a.timex.start, a.timex.end) for a in attachments}
    for a, b in day_ranges:
        assert a.interval is not None and b.interval is not None
        first, last = a.interval.start, b.interval.end
        if not ({(a.start, a.end), (b.start, b.end)} & attached) or interval.start not in (first, last):
            continue
        assert first is not None and last is not None
        basis = f"{interval.basis}; days {first.isoformat()} to {last.isoformat()}"
        extent = Extent(first, first, last, last)
        return replace(
            interval, start=first, end=last, granularity="range", basis=basis, likely=first, extent=extent
        )
    return interval


_PERIOD_PREPS = (None, "in", "during", "over", "throughout", "for")


def _over_the_period(interval: DateInterval, trigger: Token, attachments: list[Attachment]) -> DateInterval:
    """ "Prices rose 3 percent last month", "the rate remained at 4 percent in January", "workers
    lost earning power in the last decade": a change of amount or a level held (`amount` in
    `data/tense_cues.json`: degree verbs and nouns) dated by a period of a month or more is measured
    over the whole period: it began with the period and ended with it (on TimeBank-EventTime's
    shared documents the annotators give such events the period's first and last day as the two
    ends). A verb that reports ("she added that ...") is a statement, not an amount."""
    if interval.extent is not None or interval.start is None or interval.end is None:
        return interval
    if (interval.end - interval.start).days < 27 or trigger.lemma_.lower() not in cues()["amount"]:
        return interval
    if any(c.dep_ in _REPORTING_DEPS for c in trigger.children):
        return interval
    period = next(
        (
            a
            for a in attachments
            if a.head is not None
            and a.head.i == trigger.i
            and a.prep in _PERIOD_PREPS
            and a.timex.type in _DAY_TYPES
            and a.timex.interval is not None
            and (a.timex.interval.start, a.timex.interval.end) == (interval.start, interval.end)
        ),
        None,
    )
    if period is None:
        return interval
    extent = Extent(interval.start, interval.start, interval.end, interval.end)
    return replace(interval, basis=f"{interval.basis}; an amount over the whole period", extent=extent)


def _figures_period(event: _EventContext) -> DateInterval | None:
    """ "Exports rose 4 percent in March. ... Imports fell 2 percent": a report of figures gives the
    period once and goes on with that period's figures. A change of amount or a level (`amount` in
    `data/tense_cues.json`) told in the simple past with no time of its own is measured over the
    period of the last figure dated before it, up to FIGURES_SENTENCES sentences back (a paragraph of
    figures; a market's move told further on is the day's news), where that figure
    was dated by a period of a month or more (`_over_the_period`: both ends are the period's). A
    figure dated to a day before it ("Shares fell 2 percent on Monday") ends the search: the story
    has moved to a day. Figures that describe a noun ("the savings that fell over the last decade") are
    background, not the report's figures, and are passed over. Unlike the narrative carry, a
    reported clause goes on too: who tells a figure does not change its period."""
    doc, trigger, anchor = event.doc, event.trigger, event.anchor
    if event.tense != Tense.PAST or trigger.lemma_.lower() not in cues()["amount"]:
        return None
    # a rate ("hourly earnings", "a weekly wage": TimeML's SET) is no time of the figure's own
    timed = [a for a in event.attachments if a.timex.type != "SET"]
    if _own_expression(trigger, timed) or _descriptive(trigger):
        return None
    all_sents = sentences(doc)
    k = sentence_index(event.sent)
    if k is None:
        return None
    ref = event.ref
    amount = cues()["amount"]
    for prev in reversed(all_sents[max(0, k - FIGURES_SENTENCES) : k]):
        local = _in_sentence(event.timexes, prev)
        if not local:
            continue
        prev_attachments = _attached(doc, local)
        for word in prev:
            if word.lemma_.lower() not in amount or word.pos_ not in ("VERB", "NOUN") or _descriptive(word):
                continue
            found = _governed(word, prev_attachments, effective_tense(word), ref, anchor)
            if found is None:
                continue
            period = _over_the_period(found, word, prev_attachments)
            if period.extent is None:
                return None  # the figures told before are of a day, or of no period a figure covers
            why = f"the period of the figures told before ('{word.text}'): {period.basis}"
            return replace(period, confidence=round(max(period.confidence - 0.2, 0.1), 2), basis=why)
    return None


def _now_ongoing(event: _EventContext) -> bool:
    return (
        event.anchor.dct is not None
        and event.tense == Tense.PRESENT
        and bool(event.attachments)
        and all(a.timex.value == "PRESENT_REF" for a in event.attachments)
        and _ongoing_now(event.trigger)
    )


def _ongoing_now(trigger: Token) -> bool:
    """A present-tense clause that is not a statement ("the rebels are holding the airport", "the
    army controls the city", "talks continue") tells of a state or an activity that began before the
    report and goes on after it (on TimeBank-EventTime's training documents such events are more
    often spans around the publication day than the day itself); a present verb of saying ("says")
    is a statement of the day, and so is a judgment by appearance ("the talks appear to have stalled").
    Round 11: so is a speech act done by saying it ("we thank", "urge both sides", "commits to";
    `performative`), and a headline's present ("Leaders meet at border") is the news of the day."""
    verb = clause_verb(trigger)
    if verb is None or verb.lemma_.lower() in _statement_verbs() or _in_headline(verb):
        return False
    return verb.tag_ in ("VBG", "VBZ", "VBP") or verb.lemma_.lower() in cues()["stative"]


@cache
def _statement_verbs() -> frozenset[str]:
    """Verbs of saying, appearance, continuation and speech acts (`data/tense_cues.json`): a clause
    they head is dated as a statement of its day (`_ongoing_now`, `_since_founding`)."""
    c = cues()
    return frozenset((*c["reporting"], *c["evidential"], *c["aspectual"], *c["performative"]))


_CONTINUED_DEPS = ("xcomp", "acomp", "oprd")
_CONTINUING_TENSES = (Tense.PRESENT, Tense.PAST, Tense.PRESENT_PERFECT)


def _continued_by(trigger: Token) -> Token | None:
    """ "They continue to pray", "banks remained closed", "the blockade continued": what a verb of
    continuation (`aspectual` in `data/tense_cues.json`) governs, its complement or, with none, its
    subject, began before the report and goes on after it; the verb itself, not a future one ("will
    continue to press": ahead), states the phase on the report's day. Returns that verb."""
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    if head.i == first.i or head.lemma_.lower() not in cues()["aspectual"]:
        return None
    if tense(head) not in _CONTINUING_TENSES:
        return None
    complements = [c for c in head.children if c.dep_ in (*_CONTINUED_DEPS, "dobj")]
    if first.dep_ in _CONTINUED_DEPS or (first.dep_ in ("nsubj", "nsubjpass") and not complements):
        return head
    return None


def _day_is_likely(interval: DateInterval) -> DateInterval:
    return replace(interval, likely=interval.start) if interval.is_day else interval


def _names_publication_weekday(attachments: list[Attachment], dct: date) -> bool:
    """ "The two leaders spoke by phone Thursday" in a Thursday article: in news the publication
    day's own weekday name means that day, even where the parse hangs the weekday elsewhere."""
    return any(
        weekday(a.timex) == dct.weekday() and bare_weekday(a.timex) and not _explicit_offset(a.timex)
        for a in attachments
    )


def _carried(event: _EventContext, steps: int = 0) -> DateInterval | None:
    """A past event without a date of its own continues the story of the last narrow date the
    narrative set: the date governing its own sentence's main verb ("On Monday the ministers met in
    Geneva, where they signed ..."), else that of the sentences just before ("... They agreed to
    ..."). The carrying stops at another time expression, at a verb that is not in a past tense, and
    after CARRY_SENTENCES sentences; a step ("Two days later, ...") is counted through CARRY_STEPS
    sentences at most (`steps`: those counted already)."""
    doc, trigger, sent, attachments = event.doc, event.trigger, event.sent, event.attachments
    timexes, event_tense, anchor = event.timexes, event.tense, event.anchor
    if event_tense == Tense.FUTURE:
        return _carried_ahead(event)
    # "At that meeting, Blinken warned ...": a phrase that points back to the occasion just told
    # dates what happened at it, a statement too, however wide the time set for it
    at_that = _at_that_occasion(trigger)
    # a statement is dated by its own verb, and what it reports is not part of the story told so far,
    # unless it goes on with a statement the sentence before dated (`_opens_quoting`, `_states`)
    reported = _reported_or_reporting(trigger) and not at_that
    if event_tense not in _PAST_FAMILY or (reported and attachments):
        return None
    ref = event.ref
    if _descriptive(trigger):
        return None  # "the night the plane went down", "soldiers captured in the war": background
    if attachments:
        own = _in_sentence(timexes, sent)
        return _sentence_date(sent.root, attachments, own, ref, anchor, "its sentence's main verb")
    all_sents = sentences(doc)
    k = sentence_index(sent)
    if k is None:
        return None
    # "withdrew their envoys soon after": the clause says it follows the time just set, however wide
    widest = None if at_that or _refers_back(trigger) else CARRY_MAX_DAYS
    for back in range(1, CARRY_SENTENCES + 1):
        if k - back < 0:
            return None
        prev = all_sents[k - back]
        prev_tense = effective_tense(prev.root)
        if prev_tense not in _PAST_FAMILY or (
            event_tense == Tense.PRESENT_PERFECT and prev_tense != Tense.PRESENT_PERFECT
        ):
            # a change of tense ends the story's time: the present perfect after a story told in the
            # simple past ("The ministers met on Monday. The two sides have long disputed the
            # border") speaks of a state or a step up to the report, not of that day
            return None
        local = _in_sentence(timexes, prev)
        if reported and not (back == 1 and local and _opens_quoting(sent) and _states(prev.root)):
            return None
        if local:
            where = f"{back} sentence(s) before"
            prev_attachments = _attached(doc, local)
            found = _sentence_date(prev.root, prev_attachments, local, ref, anchor, where, widest)
            if (
                found is None
                and steps < CARRY_STEPS
                # "Two days later, the army struck back. It also ...": the time the step reached goes on
                and (
                    step := _shifted_from_story(
                        replace(
                            event,
                            trigger=prev.root,
                            sent=prev,
                            attachments=prev_attachments,
                            tense=prev_tense,
                        ),
                        steps + 1,
                    )
                )
            ):
                basis = f"carried from the narrative ({where}): {step.basis}"
                found = replace(step, confidence=round(max(step.confidence - 0.2, 0.1), 2), basis=basis)
            if reported and (found is None or found.likely is None):
                return None  # only a day goes on with the statement (a likely one, in an undated article)
            if found is None and widest is None:
                found = _last_named(prev_attachments, event_tense, ref, anchor, where)
            if (
                found is not None
                and event_tense == Tense.PAST_PERFECT
                and effective_tense(prev.root) != Tense.PAST_PERFECT
            ):
                return _before_the_story(found)
            return found
    return None


def _scene_set(event: _EventContext) -> DateInterval | None:
    """ "Atlanta, 1996. A bomb shocks the games. One person is killed.": the date of a scene line
    (`scene.scene_date`) at most SCENE_SENTENCES sentences before the event's, where no sentence
    between them holds a time expression (another time ends the scene)."""
    k = sentence_index(event.sent)
    dct = event.anchor.dct
    if k is None or dct is None:
        return None
    all_sents = sentences(event.doc)
    for back in range(1, min(SCENE_SENTENCES, k) + 1):
        prev = all_sents[k - back]
        if local := _in_sentence(event.timexes, prev):
            found = scene_date(prev, local, dct)
            if found is None:
                return None
            basis = f"the scene set by '{prev.text.strip()}' ({back} sentence(s) before)"
            return replace(found, confidence=0.5, basis=basis)
    return None


def _opens_quoting(sent: Span) -> bool:
    """Whether the sentence opens with quoted words."""
    return text_of(sent.doc)[sent.start_char : sent.end_char].lstrip()[:1] in ('"', "\u201c")


def _states(root: Token) -> bool:
    """ "On Monday, Uruguay voiced a protest and said its envoy had been called home. 'Our envoy
    was asked to return,' the spokesman announced.": a sentence whose main verb, or a verb coordinated
    with it, is one of saying, dates a statement; the quotation that opens the next sentence, and
    its attribution, go on with it, on its day ("Officials said the talks stalled" is another
    statement, dated by its own verb)."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and is_verb(c))]
    return any(v.lemma_.lower() in cues()["reporting"] for v in verbs)


def _carried_ahead(event: _EventContext) -> DateInterval | None:
    """A preview tells what lies ahead as a past report tells what happened: "The president will visit
    Cairo on Wednesday. He will hold talks with ..." puts the talks on that Wednesday. An undated event
    in the future takes the day the sentence just before sets for the main verb, where that verb is in
    the future too and the day lies after publication (one sentence only, a day only)."""
    anchor = event.anchor
    if event.attachments or _reported_or_reporting(event.trigger) or anchor.dct is None:
        return None
    all_sents = sentences(event.doc)
    k = sentence_index(event.sent)
    if not k:
        return None
    prev = all_sents[k - 1]
    local = _in_sentence(event.timexes, prev)
    if not local or effective_tense(prev.root) != Tense.FUTURE:
        return None
    ref = event.ref
    where = "a preview, 1 sentence before"
    found = _narrow_date_of(prev.root, _attached(event.doc, local), local, ref, anchor, where, 1)
    if found is None or not found.is_day or not _wholly_after(found, ref):
        return None
    return found


def _sentence_date(
    root: Token,
    attachments: list[Attachment],
    local: Sequence[Timex],
    ref: Ref,
    anchor: DocumentTime,
    where: str,
    widest: int | None = CARRY_MAX_DAYS,
) -> DateInterval | None:
    """The date a sentence sets for the story: its main verb's, or where that is a verb of saying with
    no time of its own ("Rebels seized the town on Saturday, residents said"; "Officials said troops
    crossed the border on Monday"), the day of the one event it reports: the story goes on from that
    event, not from the attribution. Only a day is taken from a report ("prices rose in the weeks
    that followed, aid groups said" sets no day of the story)."""
    found = _narrow_date_of(root, attachments, local, ref, anchor, where, widest)
    if found is not None or root.lemma_.lower() not in cues()["reporting"]:
        return found
    if any(a.head is not None and a.head.i == root.i for a in attachments):
        return None
    told = [c for c in root.children if c.dep_ in _REPORTING_DEPS and is_verb(c)]
    if len(told) != 1:
        return None
    found = _narrow_date_of(told[0], attachments, local, ref, anchor, where, widest)
    return found if found is not None and _of_days(found) else None


def _descriptive(trigger: Token) -> bool:
    """Whether the trigger lies in a relative clause or a participle modifying a noun ("Cubans who
    left when Castro came to power", "a mine expert kidnapped two years ago"): such a clause
    describes a participant, most often by what it did or went through before the story, and does
    not share the time of the sentence's main verb."""
    token, steps = trigger, 0
    while token.head.i != token.i and steps < 12:
        if token.dep_ in _DESCRIPTIVE_DEPS:
            return not _telling_clause(token)
        token, steps = token.head, steps + 1
    return False


def _telling_clause(clause: Token) -> bool:
    """Relative clauses that tell the story rather than describe: one set off by a comma after a
    name ("the rebel group M23, which attacked army posts"; "an attempt, which led to arrests" is
    background), and one on the subject of a sentence that only says when it was ("the last time
    the two met was in January 2022": the sentence's date is the clause's)."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.i == clause.i:
        return False
    before = clause.left_edge.i - 1  # the comma that sets the clause off, and the name before it
    if before > 0 and clause.doc[before].text == "," and _name(clause.doc[before - 1]):
        return True
    if before > 0 and clause.doc[before].text == "," and _where(clause):
        return True  # "flew to the capital, where he met the envoy": the story goes on at that place
    main = noun.head
    return noun.dep_ == "nsubj" and main.dep_ == "ROOT" and main.lemma_ == "be"


def _where(clause: Token) -> bool:
    """A relative clause opened by "where": set off by a comma after the place a main clause names
    ("arrived in the capital, where she held talks", "met them at the airport, where they signed"),
    it tells what happened next at that place, not a description of it ("the town where he was born"
    has no comma and keeps the reading of a relative clause)."""
    return any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)


def _relative_past(trigger: Token) -> bool:
    """A relative clause in the simple past, not a statement ("officials, who said ...": a statement
    is dated by its own verb, most often the day of the report)."""
    verb = clause_verb(trigger)
    return (
        verb is not None
        and verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() not in cues()["reporting"]
        and _descriptive(verb)
    )


def _earlier_clause(trigger: Token) -> bool:
    """A clause in the simple past that a fronted "when" or "once" sets before the one it depends on
    ("When Ilse Moran rented the flat, she found it too small", "Once he was named as the
    team's captain, he trained ..."): like a relative clause, it sets the scene the main clause is told
    against, most often before the report rather than on its day. A clause after its head ("the row
    deepened after both capitals recalled their consuls", "three died when a bomb exploded") tells the
    news itself and keeps the story's day; a verb of saying ("when he said ...") is a statement."""
    verb = clause_verb(trigger)
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and verb.lemma_.lower() not in cues()["reporting"]
        # spaCy tags "when" advmod, "once" mark
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once") for c in verb.children)
    )


def _name(token: Token) -> bool:
    """A proper name, also one the tagger takes for a common noun or a number ("M23", "ECOWAS")."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.i > token.sent.start)


def _wholly_after(iv: DateInterval, ref: Ref) -> bool:
    return iv.start is not None and ref[1] is not None and iv.start > ref[1]


def _same_day_phrase(sent: Span) -> bool:
    """ "Earlier in the day", "later in the day": the day the story is told of, which a month or a
    year named in the sentences before does not give."""
    words = [t.lower_ for t in sent]
    return any(
        words[i] in ("earlier", "later") and words[i + 1 : i + 4] == ["in", "the", "day"]
        for i in range(len(words) - 3)
    )


def _steps_back(sent: Span) -> bool:
    """ "Previously, ...", "Before that, ...": the sentence opens by stepping back from the story
    (`before_the_story` in `data/tense_cues.json`); "Earlier on Monday" and a bare "Earlier," are
    left out: news writes them of the story's own day."""
    words = [t.lower_ for t in sent if not t.is_space]
    words = list(dropwhile(lambda w: not w[0].isalnum(), words))  # an opening quote or dash
    return any(
        words[: len(opener.split()) + 1] == [*opener.split(), ","] for opener in cues()["before_the_story"]
    )


def _day_interval(day: date | None) -> DateInterval | None:
    return None if day is None else DateInterval(day, day, "day", 0.5, f"the story's day {day.isoformat()}")


def _before_the_story(told: DateInterval, why: str = "past perfect") -> DateInterval:
    """ "The leaders met on Sunday. Yoon had visited Washington ...": a past perfect after a story in
    the simple past steps back from it, to some time before the day it set, not on it ("Previously,
    ..." does so in any past tense)."""
    end = moved(told.start, -1) if told.start else told.end
    return DateInterval(None, end, "range", 0.2, f"{why}, before the story's time: {told.basis}")


def _last_named(
    attachments: list[Attachment], event_tense: Tense, ref: Ref, anchor: DocumentTime, where: str
) -> DateInterval | None:
    """ "... was elected the following year. The two countries withdrew their envoys soon after": a
    clause that says it follows refers to the last time the sentence before named, whatever word
    the parse hangs that on."""
    for a in sorted(attachments, key=lambda a: a.timex.start, reverse=True):
        found = _resolve(a, event_tense, ref, anchor)
        if found is not None and found.start is not None and found.end is not None:
            basis = f"carried from the narrative ({where}, its last time): {found.basis}"
            confidence = round(max(found.confidence - 0.3, 0.1), 2)
            return _day_is_likely(replace(found, confidence=confidence, basis=basis))
    return None


def own_expression(trigger: Token, timexes: Sequence[Timex]) -> bool:
    """Whether one of `timexes` (of the whole article) hangs on the trigger's own clause."""
    sent = sentence_of(trigger)
    local = _in_sentence(timexes, sent)
    return bool(local) and _own_expression(trigger, _attached(trigger.doc, local))


def _own_expression(trigger: Token, attachments: list[Attachment]) -> bool:
    """Whether a time expression hangs on the trigger's own clause, even one that could not be
    resolved ("two days later"); those of relative and other clauses do not count."""
    chain = {token.i for token, _ in governors(trigger)}
    # an expression on a noun dates another event the clause relates to (`_bound_agrees`)
    return any(a.noun is None and _hangs_on(a, chain) for a in attachments)


def _hangs_on(a: Attachment, chain: set[int]) -> bool:
    """Whether the expression of `a` hangs on one of the words `chain` holds (token indices), directly
    or through up to three words that are not verbs ("two days later": "days" on "later" on the verb)."""
    word, steps = a.head, 0
    while word is not None and word.i not in chain and not is_verb(word) and steps < 3:
        word, steps = (None if word.head.i == word.i else word.head), steps + 1
    return word is not None and word.i in chain


def _story_day(doc: Doc, timexes: Sequence[Timex], anchor: DocumentTime) -> date | None:
    """The day the lead dates its story to, when that is one of the days just before publication
    ("The agreement, announced Sunday, ..." in a Monday article): the article reports what happened
    that day, and its undated past-tense events, statements included, are most likely that day rather
    than the publication day. Found once per document: the first day-precise date of a past verb in
    the first LEAD_SENTENCES sentences."""
    # kept per document time and tagging, should a document be dated against another anchor
    key = ("dateline.story_day", anchor.dct, len(timexes))
    if key not in doc.user_data:
        doc.user_data[key] = _find_story_day(doc, timexes, anchor)
    return doc.user_data[key]


def _find_story_day(doc: Doc, timexes: Sequence[Timex], anchor: DocumentTime) -> date | None:
    dct = anchor.dct
    if dct is None:
        return None
    ref = _reference(anchor)
    for sent in _lead(doc):
        local = _in_sentence(timexes, sent)
        if not local:
            continue
        attachments = _attached(doc, local)
        for token in sent:
            if not is_verb(token) or effective_tense(token) not in _PAST_FAMILY:
                continue
            found = _governed(token, attachments, effective_tense(token), ref, anchor)
            if found is not None and found.is_day and found.start is not None:
                return found.start if 1 <= (dct - found.start).days <= STORY_DAYS else None
    return None


def _lead(doc: Doc) -> list[Span]:
    """The first LEAD_SENTENCES sentences of the body: a headline, a byline or a date line above it
    does not end as a sentence does and is not counted."""
    text = text_of(doc)  # each sentence's text cut from the document's: `Span.text` joins its tokens
    body = [s for s in sentences(doc) if text[s.start_char : s.end_char].rstrip()[-1:] in _SENTENCE_ENDS]
    return body[:LEAD_SENTENCES]


def _in_headline(token: Token) -> bool:
    """A title or subtitle above the body: a line that does not end as a sentence does, before the
    first one that does (a transcript with no punctuation at all has none)."""
    sent = sentence_of(token)
    text = text_of(token.doc)
    if text[sent.start_char : sent.end_char].rstrip()[-1:] in _SENTENCE_ENDS:
        return False
    lead = _lead(token.doc)
    return bool(lead) and sent.start < lead[0].start


def _at_that_occasion(trigger: Token) -> bool:
    """ "At that meeting, ...", "At that time, ...", "During that visit, ...": the clause's verb takes
    an occasion phrase whose noun a demonstrative points back to the time the narrative set ("at the
    meeting" may be the story's own: left alone)."""
    verb = clause_verb(trigger)
    if verb is None:
        return False
    nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _OCCASION_PREPS for o in p.children]
    return any(
        o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("that", "those") for d in o.children)
        for o in nouns
    )


def _refers_back(trigger: Token) -> bool:
    verb = clause_verb(trigger)
    words = cues()["back_reference"]
    return verb is not None and any(
        c.dep_ == "advmod" and c.lower_ in words and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def _named_before(
    doc: Doc, trigger: Token, sent, timexes: Sequence[Timex], anchor: DocumentTime
) -> DateInterval | None:
    """A definite event noun that names again an event the article dated earlier ("Iraq invaded
    Kuwait on Aug. 2. ... the dispute stems from Iraq's invasion"; "the meeting" after "met on
    Monday"): the earlier day is its day. The noun must be definite (the, a possessive, a
    name before it) and share its stem with the earlier event's word (`_same_stem`); the latest
    such dated mention before it counts."""
    told_again = _told_again(trigger)
    if not told_again and (trigger.pos_ != "NOUN" or not _definite(trigger) or _another(trigger)):
        return None
    earlier = _EarlierMentions.of(doc, timexes, anchor)
    return earlier.latest(trigger, told_again, sent.start_char)


@dataclass
class _Dated:
    """The dates the words of one stem take from their own sentences, where `_named_before` would carry
    them, each as (sentence, token, date) in the article's order: `days` the days carried (for an event
    told again only a day well before publication), and for a noun `planned` by its exact lemma (a
    period planned ahead, carried by the same noun)."""

    days: list[tuple[int, int, DateInterval]]
    planned: dict[str, list[tuple[int, int, DateInterval]]]


@dataclass
class _EarlierMentions:
    """The event words of an article's dated sentences, indexed by lemma once per article and tagging
    (kept on the Doc): `_named_before` looked back over every earlier sentence for each definite event
    noun, quadratic in the article's length. A lemma's words are dated once, when a trigger first asks
    for their stem, and the latest earlier one is found by bisection, the same answer as the walk back
    (the latest sentence first, in it the first word)."""

    timexes: Sequence[Timex]  # the tagging this was found for (held, so its identity stays its own)
    anchor: DocumentTime
    ends: list[int]  # each sentence's end
    words: dict[str, list[tuple[int, Token]]]  # a lowered lemma: its nouns and verbs in dated sentences
    by_prefix: dict[str, list[str]]  # the lemmas by their first four letters (a stem shares them)
    dated: dict[tuple[str, bool], _Dated]
    local: dict[tuple[int, bool], tuple[list[Timex], list[Attachment]]]

    @classmethod
    def of(cls, doc: Doc, timexes: Sequence[Timex], anchor: DocumentTime) -> _EarlierMentions:
        found = doc.user_data.get(_EARLIER_KEY)
        if found is None or found.timexes is not timexes or found.anchor != anchor:
            days = _DocumentDays.of(doc, timexes)
            sents = sentences(doc)
            words: dict[str, list[tuple[int, Token]]] = {}
            for k, prev in enumerate(sents):
                if not days.within(prev.start_char, prev.end_char):
                    continue
                for w in prev:
                    lemma = w.lemma_.lower()
                    if w.pos_ in ("NOUN", "VERB") and len(lemma) >= 4:  # `_same_stem` shares four letters
                        words.setdefault(lemma, []).append((k, w))
            by_prefix: dict[str, list[str]] = {}
            for lemma in words:
                by_prefix.setdefault(lemma[:4], []).append(lemma)
            found = cls(timexes, anchor, [s.end_char for s in sents], words, by_prefix, {}, {})
            doc.user_data[_EARLIER_KEY] = found
        return found

    def latest(self, trigger: Token, told_again: bool, before: int) -> DateInterval | None:
        """The date of the latest word of the trigger's stem in a sentence ending by `before`."""
        lemma = trigger.lemma_.lower()
        lists = []
        for other in self.by_prefix.get(lemma[:4], ()):
            if _same_stem(lemma, other):
                dated = self._dated(other, told_again, trigger.doc)
                lists.append(dated.days)
                if not told_again and other == lemma:
                    lists.append(dated.planned.get(trigger.lemma_, []))
        limit = (bisect_right(self.ends, before),)
        last = [entries[i - 1][0] for entries in lists if (i := bisect_left(entries, limit))]
        if not last:
            return None
        sent = max(last)
        first = [
            entries[i][1:]
            for entries in lists
            if (i := bisect_left(entries, (sent,))) < len(entries) and entries[i][0] == sent
        ]
        return min(first, key=lambda pair: pair[0])[1]

    def _dated(self, lemma: str, told_again: bool, doc: Doc) -> _Dated:
        found = self.dated.get((lemma, told_again))
        if found is None:
            found = self.dated[(lemma, told_again)] = _Dated([], {})
            ref = _reference(self.anchor)
            for k, word in self.words[lemma]:
                local, attachments = self._local(k, told_again, doc)
                if not local:
                    continue
                where = "the event it names again"
                when = _narrow_date_of(word, attachments, local, ref, self.anchor, where, None)
                if when is None:
                    continue
                entry = (k, word.i, when)
                if told_again:
                    if _of_days(when) and _within_carry(when) and _background_day(when, self.anchor):
                        found.days.append(entry)
                    continue
                if _of_days(when) and _within_carry(when):
                    found.days.append(entry)
                if word.pos_ == "NOUN" and _planned_period(when, ref):
                    found.planned.setdefault(word.lemma_, []).append(entry)
        return found

    def _local(self, k: int, told_again: bool, doc: Doc) -> tuple[list[Timex], list[Attachment]]:
        """The expressions of sentence `k` and what they hang on; for an event told again only those
        that may name a day well before publication."""
        found = self.local.get((k, told_again))
        if found is None:
            prev = sentences(doc)[k]
            local = _DocumentDays.of(doc, self.timexes).within(prev.start_char, prev.end_char)
            if told_again:
                local = [t for t in local if self._may_be_background(t)]
            found = self.local[(k, told_again)] = (local, _attached(doc, local) if local else [])
        return found

    def _may_be_background(self, timex: Timex) -> bool:
        """An expression that may name a day well before publication (cheap: no parse)."""
        interval = timex.interval
        return interval is None or interval.start is None or _background_day(interval, self.anchor)


_EARLIER_KEY = "dateline.time.earlier_mentions"


def _within_carry(found: DateInterval) -> bool:
    """Narrow enough for the narrative to carry (CARRY_MAX_DAYS)."""
    return _wide_at_most(found, CARRY_MAX_DAYS)


def _wide_at_most(found: DateInterval, days: int) -> bool:
    """Both ends known, and at most `days` days apart."""
    return found.start is not None and found.end is not None and (found.end - found.start).days <= days


def _planned_period(found: DateInterval, ref: Ref) -> bool:
    """A period wholly ahead of publication, up to a year ("a referendum next year", "elections in
    March"): the occasion the article announced for it, named again by the same noun ("Opponents
    expect to lose the plebiscite"), is that period's, however wide. A verb of the same stem may tell
    another occasion ("would visit Seoul this summer" is not "his visit to Washington"), and a period
    of the past named again is often another occasion of the same kind: only a day is carried there."""
    return _wholly_after(found, ref) and _wide_at_most(found, PLANNED_MAX_DAYS)


def _of_days(found: DateInterval) -> bool:
    """A day, or a range of days with its first day likely ("on May 7-8"), not a wider period."""
    return found.is_day or (found.extent is not None and found.likely == found.start)


def _told_again(trigger: Token) -> bool:
    """ "Iraq invaded Kuwait on Aug. 2. ... Iraq said it invaded Kuwait over oil": a past-tense verb
    of the event itself (not a verb of saying, a state or a phase) tells again an event the article
    dated before, when it shares that event's stem."""
    if not is_verb(trigger) or tense(trigger) not in (Tense.PAST, Tense.PAST_PERFECT):
        return False
    c = cues()
    lemma = trigger.lemma_.lower()
    return len(lemma) > 3 and lemma not in (*c["reporting"], *c["stative"], *c["aspectual"])


def _background_day(found: DateInterval, anchor: DocumentTime) -> bool:
    """Only a day well before publication is the background event told again: a day of this week's
    story may be followed by the same kind of act on another day ("met on Monday ... met again")."""
    return anchor.dct is not None and found.start is not None and (anchor.dct - found.start).days > 7


# Words by which a noun names an event other than one told before: "the next meeting", "the
# upcoming talks", "a future summit", "another round"
# ("the new accord" may well be the one just told: "new" is not among them)
_ANOTHER = frozenset({"next", "upcoming", "coming", "forthcoming", "future", "another", "further"})


def _another(noun: Token) -> bool:
    """ "Talks were held on Monday ... to prepare the next meeting": a noun marked as the next or
    another of its kind names a new event, not the one dated before."""
    return any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in _ANOTHER for c in noun.children)


def _repeated(trigger: Token) -> bool:
    """ "The ministers will meet again", "another round of talks": a plan for a later occasion than
    the one the story tells."""
    return _another(trigger) or any(c.lower_ == "again" for c in trigger.children)


def _definite(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ in ("poss", "compound")
        for c in noun.children
    )


# What a noun adds to its verb's stem: invas-ion, meet-ing, kidnap-ping, agree-ment, withdraw-al,
# depart-ure, talk-s; at most two letters of the stem may be changed before it ("convers-ation").
_NOUN_ENDING = re.compile(r"[a-z]{0,2}(?:ion|ing|ment|al|ure|ance|ence|age|s)?")


def _same_stem(a: str, b: str) -> bool:
    """invade/invasion, kidnap/kidnapping, meet/meeting: a shared start of at least four letters that
    leaves at most two letters of the shorter word, the longer one going on with a noun's ending
    (convene/conversation share "conve" but are not one word)."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    longer = a if len(a) >= len(b) else b
    return shared >= max(4, min(len(a), len(b)) - 2) and _NOUN_ENDING.fullmatch(longer[shared:]) is not None


def _backshifted(trigger: Token) -> bool:
    """A past perfect in the clause a verb of saying in the simple past reports ("the minister said the
    two sides had agreed to talk", "she told reporters he had asked to meet"): the tense is the
    speaker's past or perfect moved back one step by the report, so it tells the news up to the saying,
    as a reported simple past does, not a time before the story. The saying has no date of its own
    here (`_report_reference` places a reported clause under a dated one). A denial is not such news:
    "denied the kingdom had notified its customers" says the act did not happen at any time before."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ not in _REPORTING_DEPS or verb.head.i == verb.i:
        return False
    return _affirming_saying(verb.head) and tense(verb.head) == Tense.PAST


def _affirming_saying(report: Token) -> bool:
    """A verb of saying other than a denial (which says the act was not done at all)."""
    lemma = report.lemma_.lower()
    return lemma in cues()["reporting"] and lemma != "deny"


def _reported_by_past(trigger: Token) -> bool:
    """A clause a verb of saying in the simple past reports, reached from the trigger's verb through
    the verbs that go on with its clause ("announced it has cut ties, accusing it of meddling",
    "said in an address on Monday night, saying its diplomats have been told to go"): a present perfect
    there is the speaker's present, the day of the saying, not the report's. A denial says the act
    was not done at all."""
    verb = clause_verb(trigger)
    for _ in range(4):  # a clause goes on through a few verbs at most
        if verb is None or verb.head.i == verb.i:
            return False
        if verb.dep_ in _REPORTING_DEPS:
            return _affirming_saying(verb.head) and effective_tense(verb.head) == Tense.PAST
        if verb.dep_ not in (*_WITHIN_CLAUSE_DEPS, "advcl"):
            return False
        verb = verb.head
    return False


def _reported_or_reporting(trigger: Token) -> bool:
    """A verb of saying, or a clause it reports ("officials said the army withdrew"): the statement
    is dated by its own verb, and what it reports is not part of the story told so far. The
    reported clause goes on through its complements and coordinated verbs ("said Friday that she
    regretted calling him a traitor and praying for his death"); a verb coordinated with the verb
    of saying itself ("said it and signed the accord") is no report."""
    verb = clause_verb(trigger)
    reporting = cues()["reporting"]
    coordinated = False
    while verb is not None:
        if verb.lemma_.lower() in reporting and not coordinated:
            return True
        if verb.head.i == verb.i or verb.dep_ not in (*_REPORTING_DEPS, *_WITHIN_CLAUSE_DEPS):
            return False
        coordinated = verb.dep_ == "conj" and (coordinated or verb.head.lemma_.lower() in reporting)
        verb = verb.head
    return False


def _narrow_date_of(
    verb: Token,
    attachments: list[Attachment],
    local: Sequence[Timex],
    ref: Ref,
    anchor: DocumentTime,
    where: str,
    widest: int | None = CARRY_MAX_DAYS,
) -> DateInterval | None:
    """The date `verb` has from the expressions of its sentence (`local`), as its own date is made: a
    day that ends a range of days ("will visit on May 7-8") carries the whole range, its first day
    the likely one, not the day the parse hangs on the verb."""
    found = _governed(verb, attachments, effective_tense(verb), ref, anchor)
    if found is None or found.start is None or found.end is None:
        return None
    if widest is not None and (found.end - found.start).days > widest:
        return None
    carried = replace(
        found,
        confidence=round(max(found.confidence - 0.2, 0.1), 2),
        basis=f"carried from the narrative ({where}): {found.basis}",
    )
    day_ranges = _ranges_of_days(local, text_of(verb.doc)) if carried.is_day else []
    return _day_range(_day_is_likely(carried), attachments, day_ranges)


def effective_tense(trigger: Token) -> Tense:
    """Tense of the trigger's clause; infinitives and gerunds take it from the verb they depend on."""
    verb = clause_verb(trigger)
    seen = 0
    while verb is not None and seen < 4:
        found = tense(verb)
        if found == Tense.PRESENT and (ahead := _ahead_of(verb)) is not None:
            return ahead
        if found != Tense.NONFINITE:
            return found
        if planned_by_head(verb) or _headline_future(verb):
            return Tense.FUTURE
        link = nonfinite_head(verb)
        if link is None:
            return Tense.NONFINITE
        head, relation = link
        if _yet_to(verb, head) and tense(head) in (Tense.PRESENT, Tense.PRESENT_PERFECT):
            # "Moscow has yet to respond", "the date is yet to be set": not done at the report
            return Tense.FUTURE
        if relation == "after":
            head_tense = effective_tense(head)
            # "agreed to meet": after a past agreement, so neither simply past nor simply future.
            return Tense.FUTURE if head_tense in (Tense.PRESENT, Tense.FUTURE) else Tense.CONDITIONAL
        if (predicate := _predicate_infinitive(verb, head)) is not None:
            return predicate
        verb, seen = clause_verb(head), seen + 1
    return Tense.UNKNOWN


def _predicate_infinitive(verb: Token, head: Token) -> Tense | None:
    """ "is willing to meet", "are ready to sign", "will be lucky to break even": an infinitive that hangs
    on a predicate adjective has no verb of its own to take a tense from (the parse gives the adjective
    no clause verb, so it was left untensed and dated at publication). Said of the present or the
    future, what one is able, ready or willing to do lies ahead of the report; said of the past ("was
    able to reach a deal", "were quick to condemn it") it is the past act itself where the adjective
    says it was done (`prospective`, `implicative` in `data/tense_cues.json`; "pleased to visit",
    "happy to announce" tell an act of the moment)."""
    if verb.dep_ != "xcomp" or head.dep_ != "acomp" or not is_verb(head.head):
        return None
    if head.lemma_.lower() not in cues()["prospective"]:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    copula = effective_tense(head.head)
    if copula in (Tense.PRESENT, Tense.FUTURE):
        return Tense.FUTURE
    # under a past copula only an implicative adjective tells the act was done ("was quick to condemn");
    # "was free to back whoever he wanted" does not, and stays as it was
    return copula if head.lemma_.lower() in cues()["implicative"] else None


def _headline_future(verb: Token) -> bool:
    """ "Minister to hold talks with Elbonian envoy", "Ruritania, Elbonia to restore ties": a
    headline's "to" infinitive that no verb governs is the headline's future, what will be (round 19;
    it was read as a past of the week before publication). In the body such an infinitive hangs on a
    verb or a noun ("plans to visit", "the decision to expel") and is left to `nonfinite_head`."""
    return (
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and (verb.dep_ == "ROOT" or not is_verb(verb.head))
        and _in_headline(verb)
    )


def _yet_to(verb: Token, head: Token) -> bool:
    """ "has yet to respond", "is yet to be set": an infinitive after "have yet" / "be yet" names
    what has not happened by the time of the clause."""
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in ("have", "be")
        and any(c.lower_ == "yet" for c in head.children)
    )


def _ahead_of(verb: Token) -> Tense | None:
    """ "will retaliate if they boost output", "could leave as soon as the threats are removed": the
    present tense of a conditional or temporal clause takes the time of the clause it depends on, when
    that lies ahead. A condition not yet met ("offered more aid if it cooperates", "sees no solution
    until sanctions force a withdrawal"; `open_condition_marks`) lies ahead whatever that time is:
    the present tense says it is still open at the report."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    head = verb.head
    if head.lower_ == "soon" and "as" in marks:  # "as soon as" hangs the clause on "soon"
        marks.add("as soon as")
        head = head.head
    if not marks & set(cues()["until_marks"]):
        return None
    ahead = effective_tense(head)
    if ahead in _FORWARD:
        return ahead
    return Tense.CONDITIONAL if marks & set(cues()["open_condition_marks"]) else None


def _told_day(doc: Doc, timexes: Sequence[Timex], anchor: DocumentTime) -> date | None:
    """The day the story is told of where it is not the publication day: the lead's day in a dated
    report (`_story_day`), the day an undated article's document time was inferred from."""
    return _story_day(doc, timexes, anchor) if anchor.dct is not None else anchor.interval.likely


def _anchor_day(anchor: DocumentTime) -> date | None:
    """The publication day, or for an undated article the story's day its document time was
    inferred from (`document_time`: on or shortly after the latest day it reports)."""
    return anchor.dct or anchor.interval.likely


def _by_writing_day(interval: DateInterval, anchor: DocumentTime) -> DateInterval:
    """An undated past of an article without a publication day ends on its estimated writing day, the
    day its document time was inferred from (the story's day from the corpus, or the latest day it
    states), not at the end of the month after it the estimate leaves open: what it tells in the past
    had happened when it was written, and it was most likely written on that day (round 13: dev gold
    ranges of such events end on it in five undated articles of five outlets)."""
    day = None if anchor.dct is not None else anchor.interval.likely
    if day is None or interval.end is None or interval.end <= day:
        return interval
    start = None if interval.start is None else min(interval.start, day)
    basis = f"{interval.basis}, {WRITING_DAY} {day.isoformat()}"
    granularity = "day" if start == day else interval.granularity
    return replace(interval, start=start, end=day, granularity=granularity, basis=basis)


def _news_floor(doc: Doc, timexes: Sequence[Timex], anchor: DocumentTime) -> date | None:
    """The first day an undated event of the news may lie on in an article without a publication day.
    Dated by the story's day (the latest day it reports, `document_time`): that day, not the tense's
    week before it nor (round 24) the evening before, as a dated article's undated past is its
    publication day. Dated only by its content, where the estimate starts at a span
    since a date that runs to the time of writing ("the third raid since October 2021", "have been
    fighting since April 2023"): the story goes on from that date, and the news told without a date
    of its own is the latest of it, so the window of a few days before publication does not reach
    back before the date. Other lower bounds (a title held since a day, a dated past event) are
    background the news may precede."""
    if anchor.dct is None and anchor.interval.likely is not None:
        # its undated news is of the story's day (round 12 let it start the evening before, for one dev
        # event; on round 24's six dev sets the story's day itself dates four more events right, and
        # most reactions it reports, "rejected the claim", "hailed the deal", come after the news)
        return anchor.interval.likely
    if anchor.dct is not None or anchor.interval.start is None:
        return None
    floor, text = anchor.interval.start, text_of(doc)
    since = (t for t in timexes if _SINCE_BEFORE.search(text, max(t.start - 12, 0), t.start))
    return floor if any(t.interval is not None and t.interval.start == floor for t in since) else None


def _reference(anchor: DocumentTime) -> Ref:
    if anchor.dct is not None:
        return anchor.dct, anchor.dct
    return anchor.interval.start, anchor.interval.end


def _describe_anchor(anchor: DocumentTime) -> str:
    if anchor.dct is not None:
        return f"publication {anchor.dct.isoformat()}"
    lo, hi = anchor.interval.start, anchor.interval.end
    return f"publication between {lo.isoformat() if lo else '?'} and {hi.isoformat() if hi else '?'}"


def _governed(
    trigger: Token,
    attachments: list[Attachment],
    event_tense: Tense,
    ref: Ref,
    anchor: DocumentTime,
    named: frozenset[date] = frozenset(),
) -> DateInterval | None:
    if not attachments:
        return None
    by_head: dict[int, list[Attachment]] = {}
    for a in attachments:
        if a.head is not None and a.timex.type != "SET":
            by_head.setdefault(a.head.i, []).append(a)
    gap = _measured_gap(trigger, attachments, loose=False) if is_verb(trigger) else None
    apart = _counted_apart(trigger)
    chain = governors(trigger)
    by_head.setdefault(trigger.i, []).extend(_hung_within(attachments, chain))
    for distance, (token, relation) in enumerate(chain):
        for a in sorted(by_head.get(token.i, ()), key=_precision):
            interval = _resolve(a, event_tense, ref, anchor, named)
            if interval is not None and (day := _speech_day(a, attachments, anchor)) is not None:
                interval = _shifted(interval, day, anchor)
            if interval is None:
                continue
            if distance and gap is not None and relation == gap[2] and interval.is_day:
                why = f"the clause it depends on, {interval.basis}"
                if (measured := _gap_from(interval, gap, why, event_tense, ref)) is not None:
                    return measured
            related = _relate(interval, relation, event_tense, ref, apart)
            if _after_the_report(related, trigger, ref) or _bound_agrees(a, related, event_tense, ref):
                continue
            if distance:
                related = replace(related, confidence=round(related.confidence - 0.05, 2))
            return _this_side(related, event_tense, ref, _own_side(a))
    return None


def _own_side(a: Attachment) -> Tense | None:
    """ "earlier this month", "later this week": the expression's own word puts the event on one side
    of the report, whatever the tense of its clause ("thanked her for hosting him earlier this
    month": a gerund, no tense of its own)."""
    return _OWN_SIDE.get(a.timex.text.split(maxsplit=1)[0].lower()) if a.timex.text else None


def _hung_within(attachments: list[Attachment], chain: list[tuple[Token, str]]) -> list[Attachment]:
    """ "a meeting of the panel for the accord on Friday", "will meet on the sidelines of the summit
    on October 23": a day introduced by "on" that the parser hangs on a noun of the phrases the
    trigger's clause goes on with is the trigger's (the climb to the word a phrase modifies may have
    taken nouns along: "for accord on"; "of May 5" names that noun's own date). So is one the parser
    hangs on the verb's direct object, or on a noun of its phrases ("announced the decision on
    Wednesday", "condemned the attack in a statement on Friday", round 19): a clause-final day
    tells when the verb's act took place; the object's own day ("the March 3 summit") is no "on"
    phrase, and one after a past verb's report is left to what it plans (`_after_the_report`)."""
    mine = {t.i for t, _ in chain}
    return [
        a
        for a in attachments
        if a.head is not None
        and a.head.i not in mine
        and a.timex.type != "SET"
        and not is_verb(a.head)
        and (a.prep or "").endswith("on")
        and _day_precise(a)
        and any(h.i in mine or _object_of(h, mine) for h in (a.head, *hosts_of(a.head)))
    ]


# what the small parser makes of a verb's object noun: a direct object, or a clausal complement it
# takes the noun for after a possessive ("ratified the country's membership bid on Tuesday": "bid"
# ccomp) or a name ("told the visiting general Ana Silva on Wednesday": xcomp); a noun there heads
# no clause, so it stands where the object does (round 20)
_OBJECT_DEPS = ("dobj", "ccomp", "xcomp")


def _object_of(noun: Token, verbs: set[int]) -> bool:
    """Whether `noun` is the object of one of `verbs` (token indices), as the parser labels it."""
    return noun.dep_ in _OBJECT_DEPS and noun.head.i in verbs and is_verb(noun.head)


def _bound_agrees(a: Attachment, bound: DateInterval, event_tense: Tense, ref: Ref) -> bool:
    """ "Troops withdrew following last year's ceasefire", "met ahead of next week's summit": a time
    that dates another event the clause relates to only bounds this one; where the bound holds the
    tense's own reading (on or shortly before publication) it tells nothing more, and the event is dated
    as one without a time of its own. It counts where it rules that reading out ("promised before the
    2013 election": years before)."""
    return a.noun is not None and _holds_reading(bound, event_tense, ref)


def _holds_reading(bound: DateInterval, event_tense: Tense, ref: Ref) -> bool:
    """Whether `bound` holds the whole of the tense's own reading of an undated event."""
    plain = _from_tense(event_tense, ref, "")
    return (bound.start is None or (plain.start is not None and bound.start <= plain.start)) and (
        bound.end is None or (plain.end is not None and plain.end <= bound.end)
    )


def _speech_day(a: Attachment, attachments: list[Attachment], anchor: DocumentTime) -> date | None:
    """ "In a post on Thursday, she said: 'Great to meet him today'" in a Friday report: a deictic
    word inside a quotation ("today", "yesterday", "tomorrow") counts from the day the words were
    said, when the verb of saying outside the quotation has a day of its own."""
    words = a.timex.text.lower().split()
    if anchor.dct is None or not _DEICTIC & set(words) or not _quoted(a):
        return None
    for b in attachments:
        verb = b.head
        if (
            b is not a
            and verb is not None
            and verb.lemma_.lower() in cues()["reporting"]
            and not _quoted(b)
            and b.timex.interval is not None
            and b.timex.interval.is_day
            and b.timex.interval.start != anchor.dct
            and not _DEICTIC & set(b.timex.text.lower().split())
        ):
            return b.timex.interval.start
    return None


def _quoted(a: Attachment) -> bool:
    sent = a.span.sent
    return quote_open(text_of(sent.doc)[sent.start_char : a.timex.start])


def in_quotation(trigger: Token) -> bool:
    """Whether the trigger lies inside quoted words, opened in its sentence or earlier in its
    paragraph ("She wrote: \u201cOur patience has limits. We urge ...")."""
    text = text_of(trigger.doc)
    return quote_open(text[text.rfind("\n", 0, trigger.idx) + 1 : trigger.idx])


def quote_open(before: str) -> bool:
    """Whether a quotation opened in `before` (the text from a sentence's or paragraph's start) is still
    open at its end: what follows is someone's words, their "today" and "on Sunday" theirs."""
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _shifted(iv: DateInterval, day: date, anchor: DocumentTime) -> DateInterval:
    delta = (day - anchor.dct).days
    start, end = (moved(d, delta) if d is not None else None for d in (iv.start, iv.end))
    return replace(iv, start=start, end=end, basis=f"{iv.basis}, in words said on {day.isoformat()}")


def _after_the_report(iv: DateInterval, trigger: Token, ref: Ref) -> bool:
    """ "Borrell called for Monday, February 27, a meeting" in a Wednesday report: a day wholly after
    publication cannot date a finite past-tense verb; it is the day of what the event plans or asks for (a
    noun's own day still dates it: "confirmed the envoy's visit on April 2")."""
    if ref[1] is None or iv.start is None or iv.start <= ref[1]:
        return False
    return is_verb(trigger) and tense(trigger) in _PAST_FAMILY


def _this_side(iv: DateInterval, event_tense: Tense, ref: Ref, own: Tense | None = None) -> DateInterval:
    """A period that straddles the publication day ("this week", "this year", "this month") holds a
    past event only up to that day and a future one only from it on. Where the expression says the
    side itself (`own`: "earlier this month", "later this week") that side wins over the tense, and
    the publication day is left out: what happened on it is told as "today"."""
    lo, hi = ref
    if iv.start is None or iv.end is None:
        return iv
    side_of = own or event_tense
    if side_of in _PAST_FAMILY and hi is not None and iv.start <= hi < iv.end:
        start, end, side = iv.start, hi, "up to"
        if own is not None and iv.start < hi:
            end, side = moved(hi, -1), "before"
    elif side_of in _FORWARD and lo is not None and iv.start < lo <= iv.end:
        start, end, side = lo, iv.end, "from"
        if own is not None and lo < iv.end:
            start, side = moved(lo, 1), "after"
    else:
        return iv
    # the part of a week keeps the week as its unit: a reader (or a scorer) whose weeks start on
    # Sunday can place it in their own week
    granularity = "day" if start == end else ("week" if iv.granularity == "week" else "range")
    return replace(iv, start=start, end=end, granularity=granularity, basis=f"{iv.basis}, {side} publication")


def _day_precise(a: Attachment) -> bool:
    """The expression names one day: a weekday, a month and day, or a day of its own value."""
    t = a.timex
    md = month_day(t)
    if weekday(t) is not None or (md is not None and md.day is not None):
        return True
    return bool(t.interval and t.interval.is_day)


def _precision(a: Attachment) -> tuple[int, int]:
    """Dates before durations, then the narrowest interval first."""
    iv = a.timex.interval
    width = (iv.end - iv.start).days if iv and iv.start and iv.end else 10_000
    return (a.timex.type == "DURATION", width)


def _resolve(
    a: Attachment, event_tense: Tense, ref: Ref, anchor: DocumentTime, named: frozenset[date] = frozenset()
) -> DateInterval | None:
    """The interval an attached expression denotes for this event, bounded by its preposition.
    `named` holds the days the article writes out in full, for a weekday an undated article leaves
    open ("Monday" where it also writes "Monday, August 7")."""
    timex, prep = a.timex, a.prep
    quoted = f"'{timex.text}'"
    if timex.type == "DURATION":
        return None if _gap_since(a) or _from_another_event(a) else _duration(timex, prep, event_tense, ref)
    if _counted_in(a, ref) or _first_since(a):
        return None
    if timex.value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF") and longer_ago(timex) is None:
        return _vague(timex, ref, anchor)
    md = month_day(timex)
    wd = weekday(timex)
    forward = event_tense in _FORWARD or _scheduled_present(a, event_tense)
    direction = "after" if forward else "before"
    likely = None
    if prep is None and (bound := _longer_ago_bound(timex, ref)) is not None:
        # "more than two years ago": before the day two years back, however long before
        span = (None, bound)
        basis = f"governed by {quoted}: before {bound.isoformat()}"
        confidence, granularity = 0.6, "range"
    elif prep is None and ref[1] is not None and a_year_ago(timex):
        # "signed the pact a year ago": at this time last year, the month a year before the report, not
        # the whole year the value names
        back = shift(ref[1], "Y", -1).replace(day=1)
        span = (back, shift(back, "M", 1) - timedelta(days=1))
        basis = f"governed by {quoted}: the month a year before"
        confidence, granularity = 0.6, "month"
    elif is_absolute(timex) and not (bare_weekday(timex) and not _explicit_offset(timex)):
        iv = timex.interval
        span = (iv.start, iv.end)
        basis = f"governed by {quoted} ({timex.value})"
        confidence = 0.9 if iv.is_day else 0.8
        granularity = iv.granularity if iv.granularity != "unknown" else "range"
        likely = iv.likely  # "yesterday" in an article dated by its story's day (`tagger._deictic_day`)
    elif md is not None:
        if ref == (None, None):
            return None
        lo = _pick(md.next_on_or_after if forward else md.last_on_or_before, ref[0])
        hi = _pick(md.next_on_or_after if forward else md.last_on_or_before, ref[1])
        if lo is None or hi is None:
            return None
        span = (lo[0], hi[1])
        single = lo == hi
        granularity = ("day" if md.day else "month") if single else "range"
        confidence = (0.85 if anchor.dct else 0.6) if single else 0.4
        basis = f"governed by {quoted}, the one {direction} {_describe_anchor(anchor)}"
    elif wd is not None:
        if ref == (None, None):
            return None
        step = weekday_on_or_after if forward else weekday_on_or_before
        span = (step(wd, ref[0]) if ref[0] else None, step(wd, ref[1]) if ref[1] else None)
        word = "after" if forward else "before"
        basis = f"weekday {_WEEKDAY_NAMES[wd]} {word} {_describe_anchor(anchor)}"
        same = [d for d in named if d.weekday() == wd and _within(d, span)]
        if span[0] != span[1] and len(same) == 1:
            span = (same[0], same[0])
            basis = f"{basis}: the {_WEEKDAY_NAMES[wd]} the article names, {same[0].isoformat()}"
        single = span[0] == span[1]
        granularity = "day" if single else "range"
        confidence = 0.8 if single else 0.4
        if not single and (day := _anchor_day(anchor)) is not None and _within(step(wd, day), span):
            # the undated article's story day: the weekday on its side of it, and (round 25) that day
            # alone, as its undated news is the story's day (`_news_floor`): "talks on Sunday" in a
            # story of Monday are Sunday's, not any Sunday of the month it may have been written in
            likely = step(wd, day)
            span = (likely, likely)
    elif timex.interval is not None and timex.interval.start is not None:
        iv = timex.interval
        span, granularity = (iv.start, iv.end), iv.granularity
        confidence = 0.8 if anchor.dct else 0.5
        basis = f"governed by {quoted} ({timex.value})"
        likely = iv.likely  # as above, where the estimate spans a new year and the value keeps none
    else:
        return None
    interval = DateInterval(span[0], span[1], granularity, confidence, basis, likely=likely)
    return _bound_by_prep(interval, prep, event_tense, ref, inclusive=a.noun is not None)


def _scheduled_present(a: Attachment, event_tense: Tense) -> bool:
    """ "The council meets on Friday", "the ministers are meeting on March 28": in running text a
    present tense with a day is a timetable, so the day is the next one. Headlines (no closing
    punctuation) use the present for news just past and keep the backward reading. The sentence's
    text is read without the line breaks that end its paragraph and the quote marks that close it:
    the parse keeps those as its last tokens, and a paragraph read as a headline sent "is to meet
    the envoy on Friday" back to the Friday before."""
    if event_tense != Tense.PRESENT or _told_before(a.head):
        return False
    sent = a.span.sent
    return text_of(sent.doc)[sent.start_char : sent.end_char].rstrip().rstrip(_CLOSING_QUOTES)[-1:] in ".!?"


# Round 31: verbs whose object or "from" phrase is an earlier event ("the talks follow a proposal on
# Sunday", "the row stems from attacks on Tuesday"), and words that put an event noun before the report
_SEQUENCE_VERBS = frozenset({"follow", "stem", "result"})
_EARLIER_WORDS = frozenset({"earlier", "previous", "prior"})


def _told_before(head: Token | None) -> bool:
    """The day dates an event told as past by its own words, not a timetable: a verb of sequence in
    the present relates the news to an earlier event, and a day on it or on its object is that
    event's ("the talks follow a proposal on Sunday", "the row stems from attacks on Tuesday"); an
    event noun "earlier" or "previous" is past too ("Iran's earlier attacks on Tuesday")."""
    if head is None:
        return False
    if head.lemma_ in _SEQUENCE_VERBS:
        return True
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.lower_ in _EARLIER_WORDS for c in head.children):
        return True
    governor = head.head.head if head.dep_ == "pobj" else head.head
    return head.dep_ in ("dobj", "pobj") and governor.lemma_ in _SEQUENCE_VERBS


def _gap_since(a: Attachment) -> bool:
    """ "the first visit in 12 years", "the largest protest in a decade": the duration measures how
    long since the last such event, not when this one took place."""
    if (a.prep or "").split()[-1:] != ["in"]:  # "in" itself, or its phrase taken along ("in talks in")
        return False
    return _first_or_most(a.span.sent[: a.span.start - a.span.sent.start])


def _from_another_event(a: Attachment) -> bool:
    """ "was killed within a week of his capture", "collapsed within days of the truce", "left within a
    year of taking office": a stretch "within" which an event fell, counted from another event named
    after "of", says nothing of where publication lies: it is not the stretch before (or after) the
    report, and it dates neither the event it counts from nor the one it bounds: both keep the reading
    their own clauses give (a tense, a day told of the same event elsewhere)."""
    if (a.prep or "").split()[-1:] != ["within"]:
        return False
    span = a.span
    if span.end >= len(span.doc):
        return False
    of = span.doc[span.end]
    if of.lower_ != "of" or not span.start <= of.head.i < span.end:
        return False
    return any(c.dep_ in ("pobj", "pcomp") and c.pos_ in ("NOUN", "VERB") for c in of.children)


def _first_or_most(words: Span) -> bool:
    """A first, an only or a superlative among `words`: what follows measures the gap since the last
    such event ("the first visit in 12 years", "the first time she has travelled since May")."""
    return any(t.lower_ in ("first", "only") or t.tag_ == "JJS" for t in words)


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "only"})


def _counted_in(a: Attachment, ref: Ref) -> bool:
    """ "began their second summit this year", "the third raid on the pipeline this month": a period
    still running at publication, right after a noun phrase an ordinal (or a superlative) counts,
    says how many such events there were so far, not when this one took place (the parser hangs it
    on the verb); the event is dated as one without a time of its own."""
    iv, span = a.timex.interval, a.span
    if iv is None or iv.start is None or iv.end is None or ref[1] is None or span.start == 0:
        return False
    if not iv.start <= ref[1] <= iv.end or (iv.end - iv.start).days < 27:
        return False  # a week is as narrow as the tense's window: it still dates the event
    word = span.doc[span.start - 1]
    for _ in range(3):  # "the third attack on the pipeline": up from its last word to the noun
        if word.pos_ == "NOUN" and word.right_edge.i == span.start - 1 and _counted(word):
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _dates_nothing(a: Attachment, ref: Ref) -> bool:
    """An expression that says how long since the last such event, how many there were so far or how
    long after another event this one came, not when this one was (`_gap_since`, `_counted_in`,
    `_from_another_event`)."""
    return (
        (a.timex.type == "DURATION" and (_gap_since(a) or _from_another_event(a)))
        or _first_since(a)
        or _counted_in(a, ref)
    )


def _first_since(a: Attachment) -> bool:
    """ "met for the first time since 2019", "their first talks since March": the date after "since"
    is the last such event's, not this one's (round 21: the parse climbs "for the first time since"
    into one preposition, and the year dated the meeting). The event is dated as one without a time
    of its own; a day of its own ("on Monday for the first time since 2019") still dates it."""
    if (a.prep or "").split()[-1:] != ["since"] or a.head is None or a.head.i >= a.span.start:
        return False
    # the count lies between the word the date hangs on and the date ("met for the first time
    # since"), or on that word itself ("their first talks since"): not a first elsewhere in the sentence
    return _first_or_most(a.span.doc[a.head.i + 1 : a.span.start]) or _counted(a.head)


def _counted(noun: Token) -> bool:
    """A noun counted by an ordinal or a superlative: "their second summit", "the largest raid"."""
    return any(
        c.dep_ in ("amod", "nummod") and (c.lower_ in _ORDINALS or c.tag_ == "JJS") for c in noun.children
    )


def _longer_ago_bound(timex: Timex, ref: Ref) -> date | None:
    longer = longer_ago(timex)
    if longer is None or ref[1] is None:
        return None
    try:
        return shift(ref[1], longer[0], -longer[1])
    except OverflowError:  # further back than the calendar goes: no bound worth giving
        return None


@dataclass
class _DocumentDays:
    """What dating an event reads from all of an article's expressions, found once per article and
    tagging (kept on the Doc) rather than once per event, which made dating quadratic in the article's
    length: the expressions by position, its ranges of days, and the days it names one by one
    (`_named_days`), apart from the ends of those ranges and (for an event whose sentence has no
    expression) with them."""

    timexes: Sequence[Timex]  # the tagging this was found for (held, so its identity stays its own)
    size: int
    starts: list[int] | None  # each expression's start, when they come in order of it
    ranges: list[DayRange]
    named: frozenset[date]
    named_all: frozenset[date]

    @classmethod
    def of(cls, doc: Doc, timexes: Sequence[Timex]) -> _DocumentDays:
        found = doc.user_data.get(_DAYS_KEY)
        if found is None or found.timexes is not timexes or found.size != len(timexes):
            starts = [t.start for t in timexes]
            in_order = all(a <= b for a, b in pairwise(starts))
            day_ranges = _ranges_of_days(timexes, text_of(doc))
            found = cls(
                timexes,
                len(timexes),
                starts if in_order else None,
                day_ranges,
                _named_days(timexes, day_ranges),
                _named_days(timexes, []),
            )
            doc.user_data[_DAYS_KEY] = found
        return found

    def within(self, start: int, end: int) -> list[Timex]:
        """The expressions inside characters `start`-`end`, in their order."""
        if self.starts is None:
            return [t for t in self.timexes if start <= t.start and t.end <= end]
        first, last = bisect_left(self.starts, start), bisect_right(self.starts, end)
        return [t for t in self.timexes[first:last] if t.end <= end]


_DAYS_KEY = "dateline.time.document_days"


def _named_days(timexes: Sequence[Timex], day_ranges: Sequence[DayRange]) -> frozenset[date]:
    """The days the article names one by one, which a bare weekday of an undated article may mean.
    A range's first and last days are not such days: "on Friday" beside "a visit on Feb. 10-14" (a
    Friday the 14th) is not the visit's last day (news-r14b x11)."""
    ends = {id(t) for pair in day_ranges for t in pair}
    return frozenset(
        t.interval.start
        for t in timexes
        if is_absolute(t) and t.interval and t.interval.is_day and id(t) not in ends
    )


def _within(day: date, span: tuple[date | None, date | None]) -> bool:
    return (span[0] is None or span[0] <= day) and (span[1] is None or day <= span[1])


def _explicit_offset(timex: Timex) -> bool:
    """ "last Monday", "next Friday": the tagger's own reading of the offset is kept."""
    return any(w in timex.text.lower().split() for w in ("last", "next", "this", "previous", "coming"))


def _pick(resolve, day: date | None) -> tuple[date, date] | None:
    return resolve(day) if day is not None else None


def _duration(timex: Timex, prep: str | None, event_tense: Tense, ref: Ref) -> DateInterval | None:
    days = duration_days(timex.value)
    if days is None or ref == (None, None):
        return None
    words = timex.text.lower().split()
    if {"next", "coming"} & set(words) and ref[0] and ref[1]:
        # "over the next two weeks", "in the coming days": ahead of publication whatever the tense
        # of the verb ("said it would recover"; "officials expect to finish")
        end = moved(ref[1], days)
        return DateInterval(ref[0], end, "range", 0.5, f"'{timex.text}' from publication")
    if event_tense in _FORWARD:
        if prep in ("in", "within") and ref[0]:
            end = moved(ref[1], days) if ref[1] else None
            return DateInterval(ref[0], end, "range", 0.5, f"'{timex.text}' from publication")
        return None
    if prep in ("over", "for", "during", "in", "within") or {"past", "last", "previous"} & set(words):
        start = moved(ref[0], -days) if ref[0] else None
        return DateInterval(start, ref[1], "range", 0.5, f"duration '{timex.text}' ending at publication")
    return None


def _vague(timex: Timex, ref: Ref, anchor: DocumentTime) -> DateInterval | None:
    lo, hi = ref
    if lo is None and hi is None:
        return None
    where = _describe_anchor(anchor)
    if timex.value == "PAST_REF":
        return DateInterval(
            moved(lo, -30) if lo else None, hi, "range", 0.3, f"'{timex.text}' before {where}"
        )
    if timex.value == "FUTURE_REF":
        return DateInterval(lo, None, "range", 0.3, f"'{timex.text}' after {where}")
    return DateInterval(lo, hi, "day" if lo == hi else "range", 0.6, f"'{timex.text}' at {where}")


def _bound_by_prep(
    iv: DateInterval, prep: str | None, event_tense: Tense, ref: Ref, inclusive: bool = False
) -> DateInterval:
    """`inclusive`: the expression dates a noun's event ("before the 2013 election"), which lies
    somewhere inside it, so the bound is its far side, not the side the preposition faces."""
    if prep in _UPPER_PREPS:
        end = moved(iv.start, -1) if prep in ("before", "prior to", "ahead of") and not inclusive else iv.end
        start = ref[0] if event_tense in _FORWARD else None
        if start is not None and end is not None and start > end:
            start = None
        return DateInterval(start, end, "range", round(iv.confidence - 0.3, 2), f"'{prep}' bound; {iv.basis}")
    if prep in _LOWER_PREPS:
        start = moved(iv.end, 1) if prep in ("after", "following") and not inclusive else iv.start
        end = None if event_tense in _FORWARD else ref[1]
        if end is not None and start is not None and end < start:
            end = None
        extent = None
        if prep == "since" and event_tense in (Tense.PRESENT, Tense.PRESENT_PERFECT) and ref[1] is not None:
            # "talks have continued since March": began in March, still going at publication
            extent = Extent(iv.start, iv.end, ref[1], None)
        confidence = round(iv.confidence - 0.3, 2)
        return DateInterval(start, end, "range", confidence, f"'{prep}' bound; {iv.basis}", extent=extent)
    return iv


_UNITS_APART = frozenset({"day", "week", "month", "year"})


def _counted_apart(trigger: Token) -> bool:
    """ "days after the rebels freed them", "two weeks following the vote": a length of days or more
    before the word that orders two events says they were not on the same day."""
    sent, doc = sentence_of(trigger), trigger.doc
    before = (doc[t.i - 1] for t in sent if t.lower_ in ("after", "following") and t.i > sent.start)
    return any(w.lemma_.lower() in _UNITS_APART for w in before)


def _relate(
    iv: DateInterval, relation: str, event_tense: Tense, ref: Ref, apart: bool = False
) -> DateInterval:
    """Across "ahead of", "after", "agreed to": the trigger lies after/before the governing date;
    `apart` (`_counted_apart`): not on the same day."""
    if relation == "after":
        return DateInterval(
            iv.start,
            None,
            "range",
            round(iv.confidence - 0.3, 2),
            f"after the event it depends on; {iv.basis}",
        )
    if relation == DAY_AFTER:
        # "met on Monday on the eve of the summit", "tonight is the eve of the vote": the day after
        # the eve's, whatever the clause's tense says of the eve
        return replace(
            iv,
            start=moved(iv.start, 1) if iv.start else None,
            end=moved(iv.end, 1) if iv.end else None,
            likely=moved(iv.likely, 1) if iv.likely else None,
            basis=f"the day after the eve it names; {iv.basis}",
        )
    if relation == "before":
        # "signed the treaty on Wednesday following their talks", "posted the declaration on Thursday
        # after talks in Kingstown": the day frames the whole sequence, and what led up to it is most
        # likely part of that day; the interval stays open before it
        return DateInterval(
            None,
            iv.end,
            "range",
            round(iv.confidence - 0.3, 2),
            f"before the event it depends on; {iv.basis}",
            likely=iv.start if iv.is_day and not apart else None,
        )
    return iv


def _report_reference(trigger: Token, attachments: list[Attachment]) -> Timex | None:
    """ "Officials said on Friday that the envoys had met": a reported clause without its own date is
    placed relative to the date of the report, not of the article."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ not in _REPORTING_DEPS or verb.head.i == verb.i:
        return None
    report = verb.head
    for a in attachments:
        if (
            a.head is not None
            and a.head.i == report.i
            and a.prep in (None, "on", "in", "at")
            and is_absolute(a.timex)
        ):
            return a.timex
    return None


def _story_side_weekday(report: Timex, anchor: DocumentTime) -> date | None:
    """The day a bare weekday on a verb of saying names in an article dated only by its story's day
    ("Istan said on Saturday it has revoked the accord", the corpus giving the story Monday): the
    latest such weekday up to that day, as the verb's own weekday is read (`_resolve`, round 25), so
    that the reported clause is likely on it as under a publication day. The tagger leaves such a
    weekday every one of its kind the document time's window holds; the interval stays that wide
    (the report's day is a guess from the story's day, and reports of the event in dated articles
    still overlap it)."""
    day = anchor.interval.likely if anchor.dct is None else None
    wd = weekday(report) if bare_weekday(report) else None
    lo, hi = report.interval.start, report.interval.end
    if day is None or wd is None or lo is None or hi is None:
        return None
    said = weekday_on_or_before(wd, day)
    return said if lo <= said <= hi else None


def _said_on(event: _EventContext, interval: DateInterval) -> DateInterval | None:
    """ "The envoy told reporters that 'we welcome the offer'" in a story of yesterday:
    a clause a verb of saying reports, without a time of its own, is said on the day of that verb
    where the verb has a day other than the publication day (the story's day). The interval reaches
    back to the tense's window before that day; it still runs to the publication day's window."""
    event_tense, anchor = event.tense, event.anchor
    verb = clause_verb(event.trigger)
    if (
        event_tense not in (*_ON_PUBLICATION, Tense.PAST_PERFECT)
        or verb is None
        or verb.dep_ not in _REPORTING_DEPS
        or verb.head.i == verb.i
        or verb.head.lemma_.lower() not in cues()["reporting"]
    ):
        return None
    day = date_event(event.doc, verb.head, event.timexes, anchor).likely
    if day is None or day == _anchor_day(anchor):
        return None
    start, before = interval.start, _from_tense(event_tense, (day, day), "").start
    if start is not None and before is not None:
        start = min(start, before)
    basis = f"said on the day of its verb of saying, {day}: {interval.basis}"
    return replace(interval, start=start, likely=day, basis=basis)


def _from_tense(event_tense: Tense, ref: Ref, where: str) -> DateInterval:
    lo, hi = ref
    if event_tense == Tense.FUTURE:
        return DateInterval(lo, None, "range", 0.3, f"future, no date in its clause: after {where}")
    if event_tense == Tense.PAST_PERFECT:
        return DateInterval(None, hi, "range", 0.2, f"past perfect, no date in its clause: before {where}")
    if event_tense == Tense.CONDITIONAL:
        # what is planned, agreed to or possible lies after the report that tells of it
        return DateInterval(lo, None, "range", 0.1, f"planned or conditional, no date: after {where}")
    days = _RECENT_DAYS[event_tense]
    start = moved(lo, -days) if lo else None
    confidence = 0.2 if event_tense in (Tense.UNKNOWN, Tense.NONFINITE) else 0.3
    if lo != hi:
        # the publication day itself is only estimated (an undated article): the day the tense
        # points to is a weaker guess than in a dated report of the same event (dedup weighs the
        # mentions' likely days by this confidence)
        confidence /= 2
    return DateInterval(
        start, hi, "range", confidence, f"{event_tense}, no date in its clause: on or shortly before {where}"
    )
