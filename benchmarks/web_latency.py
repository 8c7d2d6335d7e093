"""Web app latency on a generated database of 100,000 canonical events (figures in docs/web.md).

    .venv/bin/python benchmarks/web_latency.py                 # 100,000 events, 60 requests per URL
    .venv/bin/python benchmarks/web_latency.py --events 20000 --requests 30

A benchmark, not a test. It writes a database with the store's own schema (canonical events with
schema-shaped payloads and their filter columns, articles and event mentions), starts `dateline
serve` on a free loopback port, and reports for each URL the median and 95th percentile of the wall
time of sequential requests (after warm-up requests), then the first paint of the timeline page and
the moment its axis is drawn, in Debian's Chromium driven by Playwright.

The generator: 60 countries with a Zipf skew (a few dyads carry most events), three persons per
country, the 16 PLOVER types, dates over ten years; 80% of events are intervals (a day to two years
wide, half with a likely day), the rest single days; 10% are not asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import httpx
import pandas as pd

from dateline.dedup import block_keys
from dateline.events.ontology import PLOVER_TYPES
from dateline.records import CanonicalEvent
from dateline.store.schema import migrate

COUNTRIES = [f"C{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(60)]
MODALITIES = ["asserted"] * 18 + ["planned", "negated"]
TOPICS = ["trade", "energy", "security", "migration", "health", "climate", "nuclear", "water"]


def generate(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(COUNTRIES))]
    first = date(2015, 1, 1)
    events, mentions, articles = [], [], []
    for i in range(n):
        a, b = rng.choices(COUNTRIES, weights, k=2)
        while b == a:
            b = rng.choices(COUNTRIES, weights)[0]
        start = first + timedelta(days=rng.randrange(3650))
        if rng.random() < 0.8:
            end = start + timedelta(days=rng.choice([6, 30, 90, 364, 729]))
            granularity, likely = "range", (start + (end - start) / 2 if rng.random() < 0.5 else None)
        else:
            end, granularity, likely = start, "day", None
        type_ = rng.choice(PLOVER_TYPES)
        person = f"{a.lower()}-leader-{rng.randrange(3)}"
        article = f"art{i % (n // 3 + 1)}"
        sentence = f"Officials of {a} and {b} held generated exchange number {i} on {rng.choice(TOPICS)}."
        payload = {
            "id": f"ev{i:07d}", "type": type_, "mode": None, "modality": rng.choice(MODALITIES),
            "actors": [
                {"id": person, "name": f"Leader {rng.randrange(3)} of {a}", "country": a,
                 "sector": "GOV", "role": "head of state", "kind": "person", "side": "source"},
                {"id": b, "name": f"Country {b}", "country": b, "sector": "GOV", "role": None,
                 "kind": "country", "side": "target"},
            ],
            "date": {"start": start.isoformat(), "end": end.isoformat(), "granularity": granularity,
                     "confidence": 0.6, "basis": "generated",
                     "likely": likely.isoformat() if likely else None},
            "location": None, "topics": rng.sample(TOPICS, rng.randrange(3)), "sources": rng.randrange(1, 5),
            "related": [],
            "mentions": [{"article": article, "sentence": sentence, "start": 0, "end": len(sentence),
                          "trigger": "held", "modality": "asserted", "date": None}],
        }  # fmt: skip
        ev = CanonicalEvent.from_json(payload)
        events.append(
            (payload["id"], type_, None, payload["modality"], start, end, granularity, sorted({a, b}),
             [person, b], sorted(x["name"] for x in payload["actors"]), block_keys(ev), 1, payload["sources"],
             json.dumps(payload))
        )  # fmt: skip
        trig = sentence.index("held")
        mentions.append(
            (f"{article}:{i}", article, payload["id"], type_, None, payload["modality"], "held", sentence,
             start, end, json.dumps({"trigger_start": trig, "trigger_end": trig + 4, "type": type_,
                                     "modality": payload["modality"]}))
        )  # fmt: skip
    for j in range(n // 3 + 1):
        text = f"Generated article {j}. " * 20
        published = first + timedelta(days=j % 3650)
        articles.append((f"art{j}", f"h{j}", f"Generated story {j}", "Generated Wire", published, "metadata",
                         0.9, text))  # fmt: skip
    con = duckdb.connect(str(path))
    migrate(con)
    columns = ["id", "type", "mode", "modality", "date_start", "date_end", "granularity", "countries",
               "actor_ids", "actor_names", "block_keys", "mention_count", "sources", "payload"]  # fmt: skip
    con.register("generated_events", pd.DataFrame(events, columns=columns))
    con.execute("INSERT INTO canonical_events SELECT * FROM generated_events")
    mention_columns = ["id", "article_id", "canonical_id", "type", "mode", "modality", "trigger", "sentence",
                       "date_start", "date_end", "payload"]  # fmt: skip
    con.register("generated_mentions", pd.DataFrame(mentions, columns=mention_columns))
    con.execute("INSERT INTO event_mentions SELECT * FROM generated_mentions")
    article_columns = ["id", "content_hash", "title", "outlet", "published_value", "published_source",
                       "published_confidence", "text"]  # fmt: skip
    con.register("generated_articles", pd.DataFrame(articles, columns=article_columns))
    con.execute(
        """INSERT INTO articles (id, content_hash, title, outlet, published_value, published_source,
           published_confidence, text, language) SELECT *, 'en' FROM generated_articles"""
    )
    con.execute("CHECKPOINT")
    con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(client: httpx.Client, url: str, requests: int, warmup: int = 3) -> tuple[float, float, float]:
    """(first request, median, p95) in milliseconds."""
    t = time.perf_counter()
    client.get(url).raise_for_status()
    first = (time.perf_counter() - t) * 1000
    for _ in range(warmup):
        client.get(url)
    times = []
    for _ in range(requests):
        t = time.perf_counter()
        client.get(url).raise_for_status()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return first, statistics.median(times), times[int(0.95 * (len(times) - 1))]


def first_paint(base: str, runs: int = 3) -> list[tuple[float, float]]:
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=args)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.goto(base + "/timeline", wait_until="commit")
            page.wait_for_selector("#axis[data-ready]", timeout=60_000)
            axis = page.evaluate("performance.now()")
            fcp = page.evaluate(
                "performance.getEntriesByType('paint').filter(e => e.name === 'first-contentful-paint')"
                ".map(e => e.startTime)[0] || null"
            )
            out.append((fcp, axis))
            page.close()
        browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--db", type=Path, help="reuse (or create) this database file")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "web.duckdb"
        if not db.exists():
            t = time.perf_counter()
            generate(db, args.events)
            print(f"generated {args.events:,} events in {time.perf_counter() - t:.1f} s", flush=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        dateline = Path(sys.executable).parent / "dateline"
        server = subprocess.Popen([dateline, "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            with httpx.Client(timeout=120) as client:
                for _ in range(200):
                    try:
                        client.get(base + "/api/events?limit=1")
                        break
                    except httpx.TransportError:
                        time.sleep(0.1)
                t = time.perf_counter()
                top = client.get(base + "/api/dyads?limit=1").json()["items"][0]["dyad"]
                cold = (time.perf_counter() - t) * 1000
                print(f"whole-database summary (top dyads and actors), computed on first use: {cold:.0f} ms")
                total = client.get(base + "/api/events?limit=1").json()["total"]
                deep = max(0, total - 100)
                urls = {
                    "/api/events (first page)": "/api/events?limit=50",
                    f"/api/events (offset {deep:,})": f"/api/events?limit=50&offset={deep}",
                    "/api/events?dyad= (first page)": f"/api/events?limit=50&dyad={top}",
                    "/api/articles (first page)": "/api/articles?limit=50",
                    "/api/articles (deep page)": f"/api/articles?limit=50&offset={total // 3 - 100}",
                    "/api/actors (first page)": "/api/actors?limit=50",
                    "/api/dyads (first page)": "/api/dyads?limit=50",
                    f"/api/dyads/{top}/monthly": f"/api/dyads/{top}/monthly",
                    "/ (home page HTML)": "/",
                    "/timeline (HTML, 500 events on the axis)": "/timeline",
                    f"/dyads/{top} (HTML)": f"/dyads/{top}",
                }
                print(f"{total:,} canonical events; {args.requests} sequential requests per URL")
                print("| URL | first request ms | median ms | p95 ms |\n| --- | --- | --- | --- |")
                for label, url in urls.items():
                    first, med, p95 = measure(client, base + url, args.requests)
                    print(f"| {label} | {first:.0f} | {med:.1f} | {p95:.1f} |", flush=True)
            for fcp, axis in first_paint(base):
                print(f"timeline in Chromium: first contentful paint {fcp:.0f} ms, axis drawn {axis:.0f} ms")
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
