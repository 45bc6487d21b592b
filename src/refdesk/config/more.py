"""Check and build the optional configuration sections beyond routing and priority."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from refdesk.config.extras import (
    DEFAULT_CALENDAR,
    CalendarSpec,
    ClosureSpec,
    CustomField,
    EscalationSpec,
    FormSpec,
    GroupSpec,
    IntegrationSpec,
    KbSeed,
    MajorSpec,
    SlaSpec,
    SlaTarget,
    TemplateSpec,
    TransitionSpec,
)
from refdesk.config.node import Node
from refdesk.config.values import (
    DAYS,
    boolean,
    count,
    day,
    duration,
    fraction,
    hours_range,
    texts,
)
from refdesk.rules.permissions import ACTIONS
from refdesk.rules.workflow import STATES

__all__ = ["EVENTS", "RECIPIENTS", "ROLES", "STRATEGIES", "parse_extras", "parse_form"]

ROLES = ("caller", "agent", "team_lead", "major_incident_manager", "admin")
STRATEGIES = ["least_loaded", "round_robin"]
EVENTS = [
    "created", "assigned", "sla_warning", "sla_breach", "major_incident_declared",
    "major_incident_update", "major_incident_resolved", "major_incident_update_reminder",
    "resolved", "closed", "survey",
]
RECIPIENTS = [
    "caller", "assignee", "team_lead", "duty_manager", "stakeholders",
    "major_incident_manager",
]
_ACTIONS = ("notify:assignee", "notify:team_lead", "notify:duty_manager", "raise_priority")


def parse_extras(parts: dict[str, Node], timezone: str) -> dict[str, Any]:
    """Every optional section present in the document, as config values."""
    calendars = _calendars(parts["calendars"], timezone) if "calendars" in parts else {}
    calendars.setdefault("24x7", DEFAULT_CALENDAR)
    parsers = {
        "sla": lambda n: _sla(n, calendars), "escalations": _escalations,
        "workflow": _workflow, "notifications": _notifications, "groups": _groups,
        "permissions": _permissions, "integrations": _integrations,
        "major_incident": _major, "closure": lambda n: _closure(n, calendars),
        "knowledge": _knowledge,
    }
    found = {name: parse(parts[name]) for name, parse in parsers.items() if name in parts}
    return {"calendars": calendars, **found}


def _calendars(node: Node, timezone: str) -> dict[str, CalendarSpec]:
    if not isinstance(node.value, dict):
        node.fail("expected a mapping of calendar names to calendars")
    return {str(name): _calendar(node.key(name), str(name), timezone) for name in node.value}


def _calendar(node: Node, name: str, timezone: str) -> CalendarSpec:
    parts = node.mapping([], ["timezone", "hours", "holidays"])
    zone = parts["timezone"].text() if "timezone" in parts else timezone
    if "timezone" in parts:
        from refdesk.config.sections import check_timezone

        check_timezone(parts["timezone"])
    hours = _week(parts["hours"]) if "hours" in parts else None
    holidays = frozenset(day(i) for i in parts["holidays"].sequence()) if "holidays" in parts \
        else frozenset()
    return CalendarSpec(name, zone, hours, holidays)


def _week(node: Node) -> dict[int, Any]:
    days = node.mapping([], DAYS)
    if not days:
        node.fail("give working hours for at least one day (mon..sun)")
    return {DAYS.index(name): hours_range(child) for name, child in days.items()}


def day_length(calendar: CalendarSpec) -> timedelta:
    """The length of the calendar's longest working day (a '1d' target on it)."""
    if calendar.hours is None:
        return timedelta(days=1)
    spans = [(e.hour * 60 + e.minute) - (s.hour * 60 + s.minute)
             for s, e in calendar.hours.values()]
    return timedelta(minutes=max(spans))


def _sla(node: Node, calendars: dict[str, CalendarSpec]) -> SlaSpec:
    parts = node.mapping(["targets"], ["warning_at", "pause_states"])
    targets = parts["targets"]
    if not isinstance(targets.value, dict) or not targets.value:
        targets.fail("expected a mapping of priority codes to targets")
    return SlaSpec(
        targets={str(code): _target(targets.key(code), calendars) for code in targets.value},
        warn_at=fraction(parts["warning_at"]) if "warning_at" in parts else 0.75,
        pause_states=texts(parts["pause_states"]) if "pause_states" in parts else ("On Hold",),
    )


def _target(node: Node, calendars: dict[str, CalendarSpec]) -> SlaTarget:
    parts = node.mapping(["response", "resolution"], ["calendar"])
    name = parts["calendar"].one_of(list(calendars)) if "calendar" in parts else "24x7"
    length = day_length(calendars[name])
    return SlaTarget(duration(parts["response"], length), duration(parts["resolution"], length),
                     name)


def _escalations(node: Node) -> EscalationSpec:
    parts = node.mapping([], ["duty_manager", "rules"])
    rules = tuple(_escalation(item) for item in parts["rules"].sequence()) \
        if "rules" in parts else ()
    manager = parts["duty_manager"].text() if "duty_manager" in parts else None
    return EscalationSpec(rules=rules, duty_manager=manager)


def _escalation(node: Node) -> tuple[str, str, tuple[str, ...]]:
    parts = node.mapping(["id", "at", "actions"])
    actions = parts["actions"].sequence(non_empty=True)
    for action in actions:
        text = action.text()
        if text not in _ACTIONS and not (text.startswith("reassign:") and text[9:].strip()):
            action.fail(f"{text!r} is not one of {', '.join(_ACTIONS)}, reassign:<group>")
    return parts["id"].text(), parts["at"].one_of(["warning", "breach"]), \
        tuple(a.text() for a in actions)


def _workflow(node: Node) -> dict[str, Any]:
    parts = node.mapping([], ["transitions", "hold_reasons"])
    found: dict[str, Any] = {}
    if "transitions" in parts:
        found["transitions"] = tuple(_transition(i) for i in parts["transitions"].sequence())
    if "hold_reasons" in parts:
        found["hold_reasons"] = texts(parts["hold_reasons"], non_empty=True)
    return found


def _transition(node: Node) -> TransitionSpec:
    parts = node.mapping(["from", "to", "roles"])
    roles = frozenset(item.one_of(list(ROLES)) for item in parts["roles"].sequence())
    source, target = (_known(parts[key], STATES, "a state") for key in ("from", "to"))
    return TransitionSpec(source, target, roles)


def _known(node: Node, names: tuple[str, ...], noun: str) -> str:
    text = node.text()
    if text not in names:
        node.fail(f"{text!r} is not {noun}; known: {', '.join(names)}")
    return text


def _notifications(node: Node) -> dict[str, TemplateSpec]:
    events = node.mapping([], EVENTS)
    return {event: _template(child) for event, child in events.items()}


def _template(node: Node) -> TemplateSpec:
    parts = node.mapping(["to", "subject", "body"])
    to = tuple(item.one_of(RECIPIENTS) for item in parts["to"].sequence())
    return TemplateSpec(to, parts["subject"].text(), parts["body"].text())


def _groups(node: Node) -> tuple[GroupSpec, ...]:
    return tuple(_group(item) for item in node.sequence())


def _group(node: Node) -> GroupSpec:
    parts = node.mapping(["name"], ["team_lead", "strategy"])
    lead = parts["team_lead"].text() if "team_lead" in parts else None
    strategy = parts["strategy"].one_of(STRATEGIES) if "strategy" in parts else "least_loaded"
    return GroupSpec(parts["name"].text(), lead, strategy)


def _permissions(node: Node) -> dict[str, frozenset[str]]:
    roles = node.mapping([], ROLES)
    return {role: frozenset(_known(item, ACTIONS, "a permission") for item in child.sequence())
            for role, child in roles.items()}


def _integrations(node: Node) -> IntegrationSpec:
    parts = node.mapping([], ["email", "chat"])
    email = parts["email"].mapping([], ["inbound"]) if "email" in parts else {}
    chat = parts["chat"].mapping([], ["webhook_url"]) if "chat" in parts else {}
    url = chat.get("webhook_url")
    return IntegrationSpec(
        webhook_url=url.text() if url is not None and url.value is not None else None,
        inbound_email=boolean(email["inbound"]) if "inbound" in email else True,
    )


def _major(node: Node) -> MajorSpec:
    parts = node.mapping([], ["update_every", "stakeholders"])
    every = duration(parts["update_every"]) if "update_every" in parts else MajorSpec.update_every
    people = texts(parts["stakeholders"]) if "stakeholders" in parts else ()
    return MajorSpec(every, people)


def _closure(node: Node, calendars: dict[str, CalendarSpec]) -> ClosureSpec:
    keys = ["resolution_codes", "confirmation", "survey", "auto_close_after_days", "calendar"]
    parts = node.mapping([], keys)
    base = ClosureSpec()
    return ClosureSpec(
        resolution_codes=texts(parts["resolution_codes"], non_empty=True)
        if "resolution_codes" in parts else base.resolution_codes,
        confirmation=boolean(parts["confirmation"]) if "confirmation" in parts else True,
        survey=boolean(parts["survey"]) if "survey" in parts else True,
        auto_close_days=count(parts["auto_close_after_days"], 1)
        if "auto_close_after_days" in parts else base.auto_close_days,
        calendar=parts["calendar"].one_of(list(calendars)) if "calendar" in parts else "24x7",
    )


def _knowledge(node: Node) -> tuple[KbSeed, ...]:
    return tuple(_article(item) for item in node.sequence())


def _article(node: Node) -> KbSeed:
    parts = node.mapping(["title", "keywords", "body"])
    return KbSeed(parts["title"].text(), texts(parts["keywords"]), parts["body"].text())


def parse_form(parts: dict[str, Node]) -> FormSpec:
    """The optional form keys of a category rule: skill, mandatory and custom fields."""
    custom = tuple(_custom(i) for i in parts["custom_fields"].sequence()) \
        if "custom_fields" in parts else ()
    return FormSpec(
        mandatory=texts(parts["mandatory"]) if "mandatory" in parts else (),
        custom=custom,
        skill=parts["skill"].text() if "skill" in parts else None,
    )


def _custom(node: Node) -> CustomField:
    parts = node.mapping(["name", "label"], ["required", "choices"])
    return CustomField(
        name=parts["name"].text(), label=parts["label"].text(),
        required=boolean(parts["required"]) if "required" in parts else False,
        choices=texts(parts["choices"]) if "choices" in parts else (),
    )
