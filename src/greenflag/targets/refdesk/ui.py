"""refdesk through its web pages, in a real browser (Playwright)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from playwright.sync_api import Browser, Page

from greenflag.model import Article, Incident, IncidentForm, MajorIncident, Persona
from greenflag.targets.refdesk.api import RefdeskApi
from greenflag.targets.refdesk.pages import (
    AgentIncidentPage,
    BridgePage,
    IncidentPage,
    LoginPage,
    NewIncidentPage,
    ResolutionPage,
)

__all__ = ["RefdeskUi"]

PAGE_TIMEOUT_MS = 5_000


class RefdeskUi(RefdeskApi):
    """The Desk protocol with every person's action done in refdesk's pages.

    Reporting, reading, assigning, changing state, resolving, confirming, rejecting, the
    survey and major-incident updates go through the browser. Set-up (people, groups) and
    checks (SLA timers, timeline, notifications, reports) stay on the API, as they would
    for a tester preparing and verifying by hand.
    """

    channel = "ui"

    def __init__(self, api: RefdeskApi, browser: Browser) -> None:
        # The API's connection and field catalogue serve the pages' set-up and checks too.
        self.url, self.client, self.admin = api.url, api.client, api.admin
        self._field_names = api._fields()
        self.browser = browser
        self._now: datetime | None = None
        self._pages: dict[str, Page] = {}

    def submit_incident(self, who: Persona, form: IncidentForm) -> Incident:
        """Fill the portal form as `who` and read the page it lands on."""
        page = self._page_for(who)
        NewIncidentPage(page, self.url).submit(form)
        return IncidentPage(page, self.url).read()

    def suggest_articles(self, who: Persona, text: str) -> list[Article]:
        """Type into the portal's summary and read the suggested articles."""
        return NewIncidentPage(self._page_for(who), self.url).suggestions(text)

    def read_incident(self, who: Persona, number: str) -> Incident:
        """Open the incident's page as `who`."""
        incident_page = IncidentPage(self._page_for(who), self.url)
        incident_page.open(number)
        return incident_page.read()

    def assign(self, who: Persona, number: str, group: str = "", assignee: str = "") -> Incident:
        """Assign on the agent's incident page."""
        self._agent_page(who, number).assign(group, assignee)
        return self.inspect(number)

    def move(self, who: Persona, number: str, state: str, reason: str = "") -> Incident:
        """Change the state on the agent's incident page."""
        self._agent_page(who, number).move(state, reason)
        return self.inspect(number)

    def resolve(self, who: Persona, number: str, code: str, notes: str,
                article: str = "") -> Incident:
        """Resolve on the agent's incident page."""
        self._agent_page(who, number).resolve(code, notes, article)
        return self.inspect(number)

    def comment(self, who: Persona, number: str, text: str) -> None:
        """Comment on the agent's incident page."""
        self._agent_page(who, number).comment(text)

    def confirm(self, who: Persona, number: str) -> Incident:
        """Confirm the resolution on the portal."""
        self._resolution_page(who, number).confirm()
        return self.inspect(number)

    def reject(self, who: Persona, number: str, reason: str) -> Incident:
        """Reject the resolution on the portal."""
        self._resolution_page(who, number).reject(reason)
        return self.inspect(number)

    def answer_survey(self, who: Persona, number: str, score: int, comment: str = "") -> None:
        """Answer the survey on the portal."""
        self._resolution_page(who, number).answer_survey(score, comment)

    def post_update(self, who: Persona, major: str, text: str) -> MajorIncident:
        """Post an update on the bridge page."""
        BridgePage(self._page_for(who), self.url).post_update(major, text)
        return self.read_major(self.admin, major)

    def set_time(self, now: datetime) -> None:
        """Move the desk's clock and every open browser's clock."""
        self._now = now
        super().set_time(now)
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

    def _agent_page(self, who: Persona, number: str) -> AgentIncidentPage:
        page = AgentIncidentPage(self._page_for(who), self.url)
        page.open(number)
        return page

    def _resolution_page(self, who: Persona, number: str) -> ResolutionPage:
        page = ResolutionPage(self._page_for(who), self.url)
        page.open(number)
        return page

    def _page_for(self, who: Persona) -> Page:
        if who.username not in self._pages:
            context = self.browser.new_context(base_url=self.url)
            # A missing element is a finding; waiting Playwright's default 30 s for it is not.
            context.set_default_timeout(PAGE_TIMEOUT_MS)
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
    page.context.tracing.stop(path=trace)
    return [screenshot, trace]
