"""Page objects for refdesk's web pages: where things are, reached by role and label."""

from __future__ import annotations

from playwright.sync_api import Page

from greenflag.model import Incident, IncidentForm, Persona

__all__ = ["IncidentPage", "LoginPage", "NewIncidentPage"]


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
        self.page.goto(f"{self.url}/portal/new")
        self.page.get_by_label("Summary").fill(form.summary)
        self.page.get_by_label("Description").fill(form.description)
        self.page.get_by_label("Impact").select_option(str(form.impact))
        self.page.get_by_label("Urgency").select_option(str(form.urgency))
        self.page.get_by_role("button", name="Submit").click()
        self.page.wait_for_url("**/portal/incidents/*")


class IncidentPage:
    """One incident's details as the portal shows them."""

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def open(self, number: str) -> None:
        """Go to the incident's page."""
        self.page.goto(f"{self.url}/portal/incidents/{number}")

    def field(self, label: str) -> str:
        """The text shown against `label`."""
        return self.page.get_by_label(label, exact=True).inner_text().strip()

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
        )
