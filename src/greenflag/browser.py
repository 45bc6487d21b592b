"""Which Chromium to launch, and how, on a closed network or a laptop."""

from __future__ import annotations

import os
import shutil
from typing import Any

__all__ = ["CHROMIUM_ARGS", "launch_options", "system_chromium"]

# Without these, Chromium keeps trying to reach Google's hosts and stalls on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def system_chromium() -> str | None:
    """Return the path of a system Chromium, honouring GREENFLAG_CHROMIUM, or None."""
    chosen = os.environ.get("GREENFLAG_CHROMIUM")
    if chosen:
        return chosen
    for name in _CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def launch_options(headless: bool = True) -> dict[str, Any]:
    """Keyword arguments for `playwright.chromium.launch`."""
    options: dict[str, Any] = {"headless": headless, "args": list(CHROMIUM_ARGS)}
    path = system_chromium()
    if path:
        options["executable_path"] = path
    return options
