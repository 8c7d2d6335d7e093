"""Event dating rules of round 3, through `dateline.date_event` (the same stages as ingest), on the
project's own sentences: the story's day, periods cut at publication, requested and conditional
events, the publication weekday only for events that are not ahead."""

from __future__ import annotations

import dateline

WEDNESDAY = "2024-03-20"


def _date(text: str, word: str, published: str | None = WEDNESDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


STORY = (
    "The two governments settled their dispute over grazing rights on Monday. "
    "The quarrel began over a herd of cattle. "
    "Ministers from both sides met in a border village. "
    "Soldiers stayed in their barracks. "
    "Farmers cheered the news."
)


def test_undated_past_events_take_the_day_the_lead_gives_the_story() -> None:
    found = _date(STORY, "cheered")
    assert found["likely"] == "2024-03-18"
    assert (found["start"], found["end"]) == ("2024-03-18", WEDNESDAY)  # that day or after, up to now
    assert "story's day" in found["basis"]


def test_a_lead_dated_on_the_publication_day_leaves_the_publication_day() -> None:
    text = STORY.replace("on Monday", "on Wednesday")
    assert _date(text, "cheered")["likely"] == WEDNESDAY


def test_a_lead_dated_long_before_publication_sets_no_story_day() -> None:
    text = STORY.replace("on Monday", "on March 2")
    assert _date(text, "cheered")["likely"] == WEDNESDAY


def test_statements_of_the_story_take_its_day_and_what_they_announce_stays_ahead() -> None:
    text = STORY + " A spokesman said the border would reopen."
    assert _date(text, "said")["likely"] == "2024-03-18"
    found = _date(text, "reopen")
    assert found["likely"] is None and found["end"] is None


def test_a_sentence_with_its_own_time_expression_is_not_given_the_story_day() -> None:
    text = STORY + " Two days later the herders returned."
    assert "story's day" not in _date(text, "returned")["basis"]


def test_this_week_holds_a_past_event_only_up_to_publication() -> None:
    found = _date("The envoys toured the flooded provinces this week.", "toured")
    assert (found["start"], found["end"]) == ("2024-03-18", WEDNESDAY)


def test_this_month_holds_a_future_event_only_from_publication() -> None:
    found = _date("The committee will publish its findings this month.", "publish")
    assert (found["start"], found["end"]) == (WEDNESDAY, "2024-03-31")


def test_what_a_request_asks_for_lies_after_it() -> None:
    found = _date("The council called for an urgent summit of the coastal states.", "summit")
    assert (found["start"], found["end"], found["likely"]) == (WEDNESDAY, None, None)
    found = _date("The bishops urged a truce between the two clans.", "truce")
    assert (found["start"], found["end"], found["likely"]) == (WEDNESDAY, None, None)


def test_the_request_itself_keeps_its_date() -> None:
    found = _date("The council called for an urgent summit of the coastal states.", "called")
    assert found["likely"] == WEDNESDAY


def test_a_present_clause_of_condition_under_a_future_lies_ahead() -> None:
    found = _date("The miners will strike if the company cuts their wages.", "cuts")
    assert found["start"] == WEDNESDAY and found["end"] is None and found["likely"] is None
    found = _date("The refugees can return as soon as the river falls.", "falls")
    assert found["start"] == WEDNESDAY and found["likely"] is None


def test_a_present_clause_of_condition_under_a_present_stays_present() -> None:
    found = _date("The pumps stop whenever the power fails.", "fails")
    assert found["end"] == WEDNESDAY


def test_the_publication_weekday_does_not_date_what_lies_ahead() -> None:
    text = "The mayor said Wednesday that the city would close the bridge."
    found = _date(text, "close")
    assert found["likely"] is None and found["end"] is None


def test_a_present_judgment_by_appearance_is_of_the_day_not_ongoing() -> None:
    found = _date("The ceasefire appears to be holding in the northern valleys.", "appears")
    assert found["likely"] == WEDNESDAY and "extent" not in found
    assert "extent" in _date("The militia controls the northern valleys.", "controls")


def test_a_clause_opened_by_after_lies_before_the_time_it_depends_on() -> None:
    text = "The ferries resumed in January after the two ports settled their quarrel."
    found = _date(text, "settled")
    assert found["start"] is None and found["end"] == "2024-01-31" and found["likely"] is None


def test_a_clause_opened_by_before_lies_after_the_time_it_depends_on() -> None:
    text = "The envoy had left Cairo on Monday before the ministers signed the accord."
    found = _date(text, "signed")
    assert found["start"] == "2024-03-18" and found["likely"] is None


def test_ago_hung_on_a_purpose_dates_the_verb_that_takes_it() -> None:
    text = "The two neighbours began talks to mend relations more than two years ago, officials say."
    found = _date(text, "talks")
    assert found["start"] is None and found["end"] == "2022-03-20"


def test_a_time_hung_on_a_purpose_that_lies_ahead_stays_with_it() -> None:
    found = _date("The two sides agreed on talks to resume trade next week.", "resume")
    assert (found["start"], found["end"]) == ("2024-03-25", "2024-03-31")


def test_soon_after_refers_to_the_last_time_the_sentence_before_named() -> None:
    text = (
        "Tensions first rose in 2013 when the army seized power. "
        "The general was elected to office the following year. "
        "The two countries withdrew their ambassadors soon after."
    )
    found = _date(text, "withdrew")
    assert (found["start"], found["end"]) == ("2014-01-01", "2014-12-31")


def test_a_time_expression_of_a_relative_clause_does_not_stop_the_story_day() -> None:
    text = STORY + " A village elder blamed the herders, who had crossed the river in 2019."
    found = _date(text, "blamed")
    assert found["likely"] == "2024-03-18"


def test_a_present_perfect_step_of_the_story_lies_in_its_window_and_is_likely_today() -> None:
    text = STORY + " The army has denied any role in the quarrel."
    found = _date(text, "denied")
    assert (found["start"], found["end"], found["likely"]) == ("2024-03-18", WEDNESDAY, WEDNESDAY)


def test_the_first_in_years_measures_a_gap_and_does_not_date_the_event() -> None:
    found = _date("She is the first Chilean leader to pay a state visit to Lima in 15 years.", "visit")
    assert "15 years" not in found["basis"] and found["start"] >= "2024-03-01"
    found = _date("The ministers met three times in the past two weeks.", "met")
    assert (found["start"], found["end"]) == ("2024-03-06", WEDNESDAY)


def test_a_present_with_a_weekday_in_running_text_is_the_coming_day() -> None:
    found = _date("The council meets on Friday to vote on the budget.", "meets")
    assert found["likely"] == "2024-03-22"
    found = _date("The council met on Friday to vote on the budget.", "met")
    assert found["likely"] == "2024-03-15"


def test_a_headline_in_the_present_keeps_the_day_just_past() -> None:
    found = _date("Two neighbours sign border deal on Monday\nThe deal ends a long quarrel.", "sign")
    assert found["likely"] == "2024-03-18"


def test_calling_something_names_it_and_does_not_ask_for_it() -> None:
    found = _date("The minister called the attack cowardly.", "attack")
    assert found["end"] == WEDNESDAY and found["likely"] == WEDNESDAY


def test_a_definite_noun_that_names_a_dated_event_again_takes_its_day() -> None:
    text = (
        "Rebels seized the northern port on Monday. "
        "Aid groups said food prices rose sharply in the weeks that followed. "
        "The government called the rebels' seizure of the port a crime."
    )
    found = _date(text, "seizure")
    assert found["likely"] == "2024-03-18"  # the Monday before the Wednesday of publication
    assert "names again" in found["basis"]


def test_an_indefinite_noun_of_the_same_stem_is_another_event() -> None:
    text = "Rebels seized the northern port on Monday. Officials fear a seizure of the airport."
    found = _date(text, "seizure")
    assert "names again" not in found["basis"]


def test_a_time_in_a_scene_setting_phrase_dates_the_verb_it_modifies() -> None:
    found = _date("At a news conference late on Monday, the minister said the border would reopen.", "said")
    assert found["likely"] == "2024-03-18"


def test_a_year_that_names_a_noun_does_not_date_the_verb() -> None:
    found = _date("The two presidents looked forward to the 2030 Winter Games in the Alps.", "looked")
    assert "2030" not in found["basis"] and found["end"] == WEDNESDAY


def test_today_in_quoted_words_counts_from_the_day_they_were_said() -> None:
    text = 'In a post on Monday, the minister wrote: "I met my Chilean counterpart today in Lima."'
    found = _date(text, "met")
    assert found["likely"] == "2024-03-18"  # Monday, not the Wednesday of publication


def test_today_outside_a_quotation_is_the_publication_day() -> None:
    found = _date("In a post on Monday, the minister wrote that she met her counterpart today.", "met")
    assert found["likely"] == WEDNESDAY


def test_a_past_perfect_after_a_dated_story_steps_back_before_its_day() -> None:
    text = "The two envoys met in a lakeside town on Monday. Their deputies had drafted the text in secret."
    found = _date(text, "drafted")
    assert (found["start"], found["end"], found["likely"]) == (None, "2024-03-17", None)
    # in the simple past the sentence goes on with the story's day
    assert _date(text.replace("had drafted", "drafted"), "drafted")["likely"] == "2024-03-18"
    # a background told wholly in the past perfect keeps its own day
    told = "The two envoys had met in a lakeside town on Monday. Their deputies had drafted the text."
    assert _date(told, "drafted")["likely"] == "2024-03-18"


def test_a_when_clause_on_a_time_happened_at_that_time() -> None:
    text = "Trade has grown since June 2021, when the two ports signed a customs pact."
    found = _date(text, "signed")
    assert (found["start"], found["end"]) == ("2021-06-01", "2021-06-30")
    # without "when" the clause is the publication week's news
    plain = _date("Trade has grown since June 2021. The two ports signed a customs pact.", "signed")
    assert plain["likely"] == WEDNESDAY


def test_an_act_at_an_occasion_takes_the_occasion_s_time() -> None:
    found = _date("The two trade ministers spoke at the 2019 forum in Lima.", "spoke")
    assert (found["start"], found["end"]) == ("2019-01-01", "2019-12-31")
    found = _date("The envoys shook hands during a ceremony in May 2022.", "shook")
    assert (found["start"], found["end"]) == ("2022-05-01", "2022-05-31")
    # a time on a noun that is no occasion of the act says nothing of it
    assert _date("Farmers protested against the 2019 tariff.", "protested")["likely"] == WEDNESDAY
