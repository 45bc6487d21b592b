"""The clock: one "now", moved together, without stopping real event loops."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from greenflag.clock import Clock
from greenflag.mailbox import Mailbox

START = datetime(2025, 3, 14, 16, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    made = Clock(START)
    yield made
    made.stop()


def test_set_puts_the_harness_at_that_instant(clock):
    clock.set(START)
    assert timedelta(0) <= datetime.now(UTC) - START < timedelta(seconds=1)


def test_advance_moves_every_listener(clock):
    seen = []
    clock.subscribe(seen.append)
    clock.advance(timedelta(hours=3))
    assert seen == [START, START + timedelta(hours=3)]
    assert clock.now == START + timedelta(hours=3)
    assert datetime.now(UTC) - clock.now < timedelta(seconds=1)


def test_stop_gives_real_time_back(clock):
    clock.set(START)
    clock.stop()
    assert datetime.now(UTC).year >= 2026


def test_naive_instants_are_refused(clock):
    with pytest.raises(ValueError, match="timezone-aware"):
        clock.set(datetime(2025, 3, 14, 16, 0))


def test_monotonic_time_keeps_running_under_a_frozen_clock(clock):
    clock.set(START)
    before = time.monotonic()
    threading.Event().wait(0.02)
    assert time.monotonic() > before


def test_an_asyncio_loop_still_sleeps_and_wakes(clock):
    clock.set(START)
    assert asyncio.run(asyncio.wait_for(asyncio.sleep(0.01, result="woke"), timeout=2)) == "woke"


def test_a_threaded_smtp_server_still_receives_mail(clock):
    import smtplib

    sink = Mailbox()
    sink.start()
    try:
        clock.set(START)
        with smtplib.SMTP("127.0.0.1", sink.port, timeout=5) as smtp:
            smtp.sendmail("desk@example.org", ["priya@example.org"], "Subject: INC1\n\nhello")
        assert sink.wait_for("priya@example.org", "INC1", timeout=5).subject == "INC1"
    finally:
        sink.stop()


def test_an_http_client_with_timeouts_still_works(clock):
    clock.set(START)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="ok"))
    with httpx.Client(transport=transport, timeout=1.0) as client:
        assert client.get("http://desk.invalid/").text == "ok"
