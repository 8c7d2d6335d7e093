"""The pages in a real browser: Playwright driving Debian's Chromium (`.ci/run` installs it; no
browser is downloaded). The demo corpus goes through the real pipeline into the database served."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from web_support import serving, write_demo_db, write_untrusted_db

CHROMIUM = Path("/usr/bin/chromium")
# as root in a sandbox with no network: no sandbox, and none of Chromium's own background traffic
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium; .ci/run does)")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    with serving(write_demo_db(tmp_path_factory.mktemp("demo") / "demo.duckdb")) as url:
        yield url


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    pg = context.new_page()
    pg.problems = []  # console errors (a CSP violation among them) and uncaught exceptions
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    yield pg
    context.close()


def _items(page):
    page.wait_for_selector("#axis[data-ready]")
    return page.locator("#axis .vis-item.vis-point, #axis .vis-item.vis-range")


def test_timeline_draws_the_events_on_an_axis(page, demo):
    page.goto(demo + "/timeline")
    total = int(page.locator("#counts strong").inner_text())
    drawn = _items(page).count()
    assert total > 10 and 0 < drawn <= total
    assert page.locator("#axis .vis-time-axis .vis-text").count() > 3  # dates along the axis
    day = page.locator("#axis .vis-item.vis-point").first.bounding_box()
    assert day is not None
    ranges = page.locator("#axis .vis-item.vis-range").all()
    widths = [b["width"] for b in (r.bounding_box() for r in ranges) if b]
    dot = page.locator("#axis .vis-item.vis-point .vis-dot").first.bounding_box()
    assert max(widths) > 5 * dot["width"]  # an interval is drawn as long as it is uncertain
    assert page.problems == []


def test_a_click_opens_the_event_with_its_evidence(page, demo):
    page.goto(demo + "/timeline")
    _items(page).first.click()
    quote = page.wait_for_selector("#details blockquote.evidence")
    trigger = page.locator("#details mark.trigger").first.inner_text()
    assert trigger and trigger in quote.inner_text()
    assert "event" in parse_qs(urlsplit(page.url).query)  # the open event is in the URL
    page.locator("#details a", has_text="event page").click()
    assert page.locator("mark.trigger").count() >= 1
    assert page.problems == []


def test_the_keyboard_reaches_an_event_and_what_did_not_happen_can_be_hidden(page, demo):
    page.goto(demo + "/timeline")
    drawn = _items(page).count()
    button = page.locator("button.show-event").first
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#details blockquote.evidence")
    assert page.evaluate("document.activeElement.id") == "details"  # focus follows to the evidence
    page.click("#zoom-fit")  # the axis draws only what is in its window: show everything again
    page.wait_for_timeout(300)
    unasserted = page.locator("#axis .vis-item.notasserted.vis-point, #axis .vis-item.notasserted.vis-range")
    dashed = unasserted.count()
    labels = unasserted.all_text_contents()  # said in words, not only drawn dashed
    assert dashed > 0 and all(t.split(":")[0] in ("planned", "hoped for", "did not happen", "hypothetical")
                              for t in labels)  # fmt: skip
    page.check("#hide-unasserted")
    page.click("#zoom-fit")
    page.wait_for_timeout(300)
    assert unasserted.count() == 0 and _items(page).count() == drawn - dashed


def test_a_filter_changes_what_is_shown_and_the_url(page, demo):
    page.goto(demo + "/timeline")
    before = _items(page).count()
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=CONSULT**")
    after = _items(page).count()
    assert 0 < after < before
    types = page.locator("table.events tbody tr td:nth-child(2) .tag").all_inner_texts()
    assert types and set(types) == {"CONSULT"}
    page.go_back()
    page.wait_for_url(lambda u: "type=CONSULT" not in u)
    assert _items(page).count() == before


def test_the_article_page_highlights_triggers_linking_to_events(page, demo):
    page.goto(demo + "/articles")
    page.locator("table a[href^='/articles/']").first.click()
    trigger = page.locator("#article-text a.m-trigger").first
    assert trigger.inner_text().strip()
    trigger.click()
    assert "/events/" in page.url
    assert page.locator("blockquote.evidence mark.trigger").count() >= 1


def test_the_dyad_chart_renders(page, demo):
    page.goto(demo + "/")
    page.locator("a[href^='/dyads/']").first.click()
    page.wait_for_selector("#monthly-chart[data-ready]")
    bars = page.evaluate("Chart.getChart(document.getElementById('monthly-chart')).data.datasets"
                         ".reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)")  # fmt: skip
    assert bars >= 1
    assert page.problems == []


def test_works_at_phone_width(browser, demo):
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    pg.goto(demo + "/timeline")
    pg.wait_for_selector("#axis[data-ready]")
    assert pg.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # no sideways scrolling
    pg.close()


def test_untrusted_text_runs_nothing(page, tmp_path):
    with serving(write_untrusted_db(tmp_path / "x.duckdb")) as url:
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        event_id = page.request.get(url + "/api/events").json()["items"][0]["id"]
        evil_query = "/timeline?q=%3Cscript%3Ewindow.__xss%3D9%3C/script%3E"
        paths = ["/", "/timeline", f"/timeline?event={event_id}", f"/events/{event_id}", "/articles/evil",
                 "/articles", "/actors", "/dyads/OMN-QAT", evil_query]  # fmt: skip
        for path in paths:
            page.goto(url + path)
            page.wait_for_load_state("load")
            assert page.evaluate("window.__xss") is None, path
            assert page.locator("a[href^='javascript:']").count() == 0, path
        page.goto(url + "/timeline")
        _items(page).first.click()
        page.wait_for_selector("#details blockquote")
        assert page.locator("#details").inner_text().count("window.__xss") >= 1  # shown as text
        assert page.evaluate("window.__xss") is None and dialogs == []
