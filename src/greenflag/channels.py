"""Run every scenario once per channel (api, ui) unless its tags say otherwise."""

from __future__ import annotations

import pytest

from greenflag.gherkin import tags_of
from greenflag.settings import RunSettings

__all__ = ["parametrize"]


def parametrize(metafunc: pytest.Metafunc, settings: RunSettings) -> None:
    """Give a scenario one test per channel it runs in and this run selects."""
    tags = tags_of(metafunc.function)
    if tags is None or "channel" not in metafunc.fixturenames:
        return
    wanted = ("api", "ui") if settings.channel == "both" else (settings.channel,)
    channels = [channel for channel in tags.channels if channel in wanted]
    metafunc.parametrize("channel", channels, ids=channels)
