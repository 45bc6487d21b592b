"""refdesk through its web pages, in a real browser (Playwright)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

from greenflag.model import Incident, IncidentForm, Persona
from greenflag.targets.refdesk.api import RefdeskApi
from greenflag.targets.refdesk.pages import IncidentPage, LoginPage, NewIncidentPage

__all__ = ["RefdeskUi"]


class RefdeskUi:
    """The Desk protocol through refdesk's pages; set-up goes through the API."""

    channel = "ui"

    def __init__(self, api: RefdeskApi, browser: Browser) -> None:
        self.api, self.browser, self.url = api, browser, api.url
        self._now: datetime | None = None
        self._pages: dict[str, Page] = {}

    def capabilities(self) -> frozenset[str]:
        """The same features as the API offers."""
        return self.api.capabilities()

    def create_persona(self, persona: Persona) -> None:
        """Create the user through the API: set-up, not a person's action."""
        self.api.create_persona(persona)

    def submit_incident(self, who: Persona, form: IncidentForm) -> Incident:
        """Fill the portal form as `who` and read the page it lands on."""
        page = self._page_for(who)
        NewIncidentPage(page, self.url).submit(form)
        return IncidentPage(page, self.url).read()

    def read_incident(self, who: Persona, number: str) -> Incident:
        """Open the incident's page as `who`."""
        incident_page = IncidentPage(self._page_for(who), self.url)
        incident_page.open(number)
        return incident_page.read()

    def set_time(self, now: datetime) -> None:
        """Move the desk's clock and every open browser's clock."""
        self._now = now
        self.api.set_time(now)
        for page in self._pages.values():
            page.context.clock.set_fixed_time(now)

    def close(self, evidence: Path | None = None) -> list[Path]:
        """Close every browser context, keeping a screenshot and trace under `evidence`."""
        kept = []
        for username, page in self._pages.items():
            if evidence is not None:
                kept += _keep_evidence(page, evidence / username)
            page.context.close()
        self._pages.clear()
        return kept

    def _page_for(self, who: Persona) -> Page:
        if who.username not in self._pages:
            context = self.browser.new_context(base_url=self.url)
            if self._now is not None:
                context.clock.set_fixed_time(self._now)
            page = context.new_page()
            LoginPage(page, self.url).sign_in(who)
            # Tracing starts after sign-in so that no password is ever recorded.
            context.tracing.start(screenshots=True, snapshots=True)
            self._pages[who.username] = page
        return self._pages[who.username]


def _keep_evidence(page: Page, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    screenshot, trace = folder / "screenshot.png", folder / "trace.zip"
    page.screenshot(path=screenshot, full_page=True)
    context: BrowserContext = page.context
    context.tracing.stop(path=trace)
    return [screenshot, trace]
