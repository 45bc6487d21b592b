"""Page objects for refdesk's web pages: where things are, reached by role and label."""

from __future__ import annotations

from playwright.sync_api import Page

from greenflag.desk import DeskRefused
from greenflag.model import Article, Incident, IncidentForm, Persona

__all__ = [
    "AgentIncidentPage",
    "BridgePage",
    "IncidentPage",
    "LoginPage",
    "NewIncidentPage",
    "ResolutionPage",
]


def visit(page: Page, url: str) -> None:
    """Go to `url`; a refusal or error page is the desk refusing, not a missing element."""
    response = page.goto(url)
    if response is not None and response.status >= 400:
        raise DeskRefused(f"refdesk answered {url} with HTTP {response.status}", response.status)


def press(page: Page, button: str) -> None:
    """Click a form's button and wait for the page it leads to."""
    with page.expect_navigation():
        page.get_by_role("button", name=button, exact=True).click()


class LoginPage:
    """The sign-in form."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def sign_in(self, who: Persona) -> None:
        """Sign in as `who` and wait for the landing page."""
        self.page.goto(f"{self.url}/login")
        self.page.get_by_label("Username").fill(who.username)
        self.page.get_by_label("Password").fill(who.password)
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_url(lambda url: "/login" not in url)


class NewIncidentPage:
    """The portal's form for reporting an incident."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def submit(self, form: IncidentForm) -> None:
        """Fill the form and send it."""
        visit(self.page, f"{self.url}/portal/new")
        self.page.get_by_label("Summary").fill(form.summary)
        self.page.get_by_label("Description").fill(form.description)
        self.page.get_by_label("Impact").select_option(str(form.impact))
        self.page.get_by_label("Urgency").select_option(str(form.urgency))
        for label, value in form.custom.items():
            self._fill(label, value)
        press(self.page, "Submit")
        if "/portal/incidents/" not in self.page.url:
            alert = self.page.get_by_role("alert").first.inner_text()
            raise DeskRefused(f"the portal refused the report: {alert}", 422)

    def _fill(self, label: str, value: str) -> None:
        field = self.page.get_by_label(label, exact=True)
        if field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(label=value)
        else:
            field.fill(value)

    def suggestions(self, text: str) -> list[Article]:
        """Type a summary and read the articles the portal suggests."""
        visit(self.page, f"{self.url}/portal/new")
        self.page.get_by_label("Summary").press_sequentially(text)
        region = self.page.get_by_role("region", name="Suggested articles")
        links = region.get_by_role("link")
        links.first.wait_for()
        return [Article(link.get_attribute("href").rsplit("/", 1)[-1], link.inner_text().strip())
                for link in links.all()]


class IncidentPage:
    """One incident's details as the portal shows them."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def open(self, number: str) -> None:
        """Go to the incident's page."""
        visit(self.page, f"{self.url}/portal/incidents/{number}")

    def field(self, label: str) -> str:
        """The text shown against `label`."""
        return self.page.get_by_label(label, exact=True).inner_text().strip()

    def article(self) -> str:
        """The id of the knowledge article the page links, or ''."""
        link = self.page.get_by_label("Knowledge article", exact=True).get_by_role("link")
        return link.get_attribute("href").rsplit("/", 1)[-1] if link.count() else ""

    def custom(self) -> dict[str, str]:
        """The custom fields shown, by label."""
        values = {}
        for term in self.page.locator("dt[id^='label-custom-']").all():
            label = term.inner_text().strip()
            values[label] = self.field(label)
        return values

    def read(self) -> Incident:
        """Read the incident from the page."""
        category, _, subcategory = self.field("Category").partition(" / ")
        priority, _, label = self.field("Priority").partition(" - ")
        return Incident(
            number=self.field("Number"),
            summary=self.field("Summary"),
            category=category,
            subcategory=subcategory,
            priority=priority,
            priority_label=label,
            state=self.field("State"),
            assignment_group=self.field("Assignment group"),
            kb_article=self.article(),
            custom=self.custom(),
        )


class AgentIncidentPage:
    """The agent's form for one incident: assign, change state, resolve, comment."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def open(self, number: str) -> None:
        """Go to the incident's agent page."""
        visit(self.page, f"{self.url}/agent/incidents/{number}")

    def assign(self, group: str = "", assignee: str = "") -> None:
        """Assign to a group and/or an agent."""
        if group:
            self._choose("Assignment group", group)
        if assignee:
            self.page.get_by_role("combobox", name="Assignee", exact=True).select_option(assignee)
        self._press("Assign")

    def move(self, state: str, reason: str = "") -> None:
        """Change the state, with a hold reason when putting on hold."""
        self._choose("State", state)
        if reason:
            self._choose("Hold reason", reason)
        self._press("Update state")

    def resolve(self, code: str, notes: str, article: str = "") -> None:
        """Resolve with a code, notes and optionally a knowledge article."""
        self._choose("Resolution code", code)
        self.page.get_by_role("textbox", name="Resolution notes").fill(notes)
        if article:
            self.page.get_by_role("textbox", name="Knowledge article").fill(article)
        self._press("Resolve")

    def comment(self, text: str) -> None:
        """Add a comment."""
        self.page.get_by_role("textbox", name="Comment", exact=True).fill(text)
        self._press("Add comment")

    def _choose(self, label: str, option: str) -> None:
        self.page.get_by_role("combobox", name=label, exact=True).select_option(label=option)

    def _press(self, button: str) -> None:
        press(self.page, button)
        alert = self.page.get_by_role("alert")
        if alert.count():
            raise DeskRefused(f"refdesk's page refused '{button}': {alert.first.inner_text()}")


class ResolutionPage:
    """The caller's view of a resolved incident: confirm, reject, give feedback."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def open(self, number: str) -> None:
        """Go to the incident's portal page."""
        visit(self.page, f"{self.url}/portal/incidents/{number}")

    def confirm(self) -> None:
        """Confirm the resolution."""
        self._press("Confirm resolution")

    def reject(self, reason: str) -> None:
        """Reject the resolution with a reason."""
        self.page.get_by_label("Reason").fill(reason)
        self._press("Reject resolution")

    def answer_survey(self, score: int, comment: str) -> None:
        """Send the satisfaction survey."""
        self.page.get_by_label("Score").select_option(str(score))
        self.page.get_by_label("Comment", exact=True).fill(comment)
        self._press("Send feedback")

    def _press(self, button: str) -> None:
        press(self.page, button)


class BridgePage:
    """The major incident manager's bridge view."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def post_update(self, major: str, text: str) -> None:
        """Post a status update to the stakeholders."""
        visit(self.page, f"{self.url}/major/{major}")
        self.page.get_by_label("Update", exact=True).fill(text)
        press(self.page, "Post update")
