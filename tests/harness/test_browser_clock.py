"""Playwright keeps working under the frozen harness clock, and follows the scenario's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import sync_playwright

from greenflag.browser import launch_options
from greenflag.clock import Clock

START = datetime(2025, 3, 14, 16, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        yield browser.new_page()
        browser.close()


def test_the_browser_answers_and_shows_the_scenario_time(page):
    clock = Clock(START)
    clock.subscribe(page.context.clock.set_fixed_time)
    try:
        clock.advance(timedelta(hours=3))
        page.set_content("<p>now</p>")
        shown = page.evaluate("new Date().toISOString()")
        assert shown == "2025-03-14T19:00:00.000Z"
        page.wait_for_timeout(20)
    finally:
        clock.stop()
