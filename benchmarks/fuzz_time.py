"""Fuzzing the time stage and publication-date finding: random mutations of realistic news sentences.

    .venv/bin/python benchmarks/fuzz_time.py [--n 400] [--seed 7]

Each input is an invented sentence holding dates in the forms the tagger and the cleaner read (ISO,
numeric, named months in both orders, weekdays, clock times, "N units ago", date lines), mutated at
random (digits replaced by huge or impossible numbers, characters dropped, doubled or inserted, words
swapped) and run, against a random anchor that includes the calendar's extremes, through:

- `tagger.tag_text` (the TIMEX3 tagger),
- the time component as the pipeline calls it (`anchor` + `tag` + `date_event` for every verb),
- the plain-text cleaner's date lines and the choice of the publication date.

It reports the number and rate of crashes and the distinct crash sites (file:line and exception type).
Not a timed test; run it after changing the tagger, normalization or date-line rules.
"""

from __future__ import annotations

import argparse
import random
import traceback
from collections import Counter
from datetime import date, timedelta

from dateline.clean.plaintext import clean_text
from dateline.clean.pubdate import choose
from dateline.nlp import load
from dateline.records import Article, PublishedDate
from dateline.time.component import DefaultTimeTagger
from dateline.time.tagger import tag_text

AS_OF = date(2026, 12, 6)  # the day the texts are read in (`RawDocument.as_of`)

_MONTHS = [
    "January",
    "Feb.",
    "March",
    "Apr",
    "May",
    "June",
    "Jul.",
    "August",
    "Sept.",
    "October",
    "Nov",
    "Dec.",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_UNITS = ["days", "weeks", "months", "years", "decades", "hours", "quarters"]
_SENTENCES = [
    "The ministers met on {d} in the capital and agreed to resume talks.",
    "Officials said {d} that the delegation would arrive {d2}.",
    "The agreement, signed {d}, expires {d2}.",
    "{d}: the two leaders spoke by phone and discussed trade.",
    "The envoy had visited the region {d} before returning {d2}.",
    "Talks have continued since {d} and will end by {d2}.",
    "Protesters gathered at {t} {d} outside the parliament.",
    "Published {d} {t}",
    "By Sam Writer | {d} {t} IST",
    "Updated: {d}, {t}",
    "LAGOS, {d} (Agency) - The president spoke to reporters.",
]


def _date_form(rng: random.Random) -> str:
    y, m, d = rng.randint(1, 9999), rng.randint(0, 14), rng.randint(0, 33)
    month = _MONTHS[(m - 1) % 12]
    forms = [
        f"{y:04d}-{m:02d}-{d:02d}",
        f"{y}-{m}-{d}",
        f"{m}/{d}/{y}",
        f"{d}.{m}.{y % 100:02d}",
        f"{d} {month} {y}",
        f"{month} {d}, {y}",
        f"{rng.choice(_WEEKDAYS)}, {month} {d}",
        f"{rng.choice(_WEEKDAYS)}",
        f"last {rng.choice(_WEEKDAYS)}",
        f"{rng.randint(0, 10 ** rng.randint(1, 25))} {rng.choice(_UNITS)} ago",
        f"in {rng.randint(0, 10 ** rng.randint(1, 25))} {rng.choice(_UNITS)}",
        f"next {rng.choice(['week', 'month', 'year', 'quarter', 'decade', 'weekend'])}",
        f"the {rng.choice(['first', 'third', 'last'])} quarter of {y}",
        f"{month} {y}",
        f"{d}-{month}-{y}",
        f"{y}{m:02d}{d:02d}",
        "yesterday",
        "the next day",
        f"{y}-{m:02d}-{d:02d} {rng.randint(0, 30)}:{rng.randint(0, 70):02d}:00",
    ]
    return rng.choice(forms)


def _time_form(rng: random.Random) -> str:
    return rng.choice(
        [f"{rng.randint(0, 30)}:{rng.randint(0, 99):02d}", f"{rng.randint(0, 20)} a.m.", "noon", ""]
    )


def _mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(0, 3)):
        kind = rng.randrange(5)
        if kind == 0 and text:  # drop a character
            k = rng.randrange(len(text))
            text = text[:k] + text[k + 1 :]
        elif kind == 1 and text:  # double a character
            k = rng.randrange(len(text))
            text = text[:k] + text[k] + text[k:]
        elif kind == 2:  # insert punctuation or a digit
            k = rng.randrange(len(text) + 1)
            text = text[:k] + rng.choice("0123456789-/.:, ") + text[k:]
        elif kind == 3:  # a number replaced by a huge or impossible one
            digits = [i for i, ch in enumerate(text) if ch.isdigit()]
            if digits:
                k = rng.choice(digits)
                text = text[:k] + str(rng.choice([0, 13, 32, 99, 10 ** rng.randint(4, 30)])) + text[k + 1 :]
        else:  # two words swapped
            words = text.split(" ")
            if len(words) > 1:
                i, j = rng.randrange(len(words)), rng.randrange(len(words))
                words[i], words[j] = words[j], words[i]
                text = " ".join(words)
    return text


def _anchor(rng: random.Random) -> date | None:
    return rng.choice(
        [None, date.min, date.max, date(1, 1, 7), date(9999, 12, 25)]
        + [date(2000, 1, 1) + timedelta(days=rng.randint(0, 12000)) for _ in range(5)]
    )


def _cases(n: int, rng: random.Random) -> list[tuple[str, date | None]]:
    out = []
    for _ in range(n):
        sentence = rng.choice(_SENTENCES).format(d=_date_form(rng), d2=_date_form(rng), t=_time_form(rng))
        out.append((_mutate(sentence, rng), _anchor(rng)))
    return out


def _pipeline_time(text: str, day: date | None, component: DefaultTimeTagger) -> None:
    published = PublishedDate(day.isoformat() if day else None, "input", 0.9 if day else 0.0)
    article = Article(id="fuzz", text=text, published=published)
    doc = load()(text)
    anchor = component.anchor(article, doc, [])
    timexes = component.tag(doc, anchor)
    for token in doc:
        if token.pos_ in ("VERB", "NOUN"):
            component.date_event(doc, token, timexes, anchor)


def _cleaner(text: str, day: date | None) -> None:
    cleaned = clean_text(
        f"A headline about talks\n\n{text}\n\nThe body of the article goes on here.", as_of=AS_OF
    )
    choose(cleaned.dates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="inputs per target")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    component = DefaultTimeTagger()
    targets = {
        "tag_text": lambda text, day: tag_text(text, day),
        "time component": lambda text, day: _pipeline_time(text, day, component),
        "cleaner": _cleaner,
    }
    cases = _cases(args.n, rng)
    for name, run in targets.items():
        crashes = 0
        sites: Counter[str] = Counter()
        example: dict[str, str] = {}
        for text, day in cases:
            try:
                run(text, day)
            except Exception as err:
                crashes += 1
                frame = traceback.extract_tb(err.__traceback__)[-1]
                site = f"{frame.filename.rsplit('/src/', 1)[-1]}:{frame.lineno} {type(err).__name__}"
                sites[site] += 1
                example.setdefault(site, f"{text!r} @ {day}")
        print(f"{name}: {crashes} crashes in {len(cases)} inputs ({crashes / len(cases):.1%})")
        for site, count in sites.most_common():
            print(f"  {count:4d}  {site}  e.g. {example[site]}")


if __name__ == "__main__":
    main()
