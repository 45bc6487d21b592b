"""Render the Jinja2 templates with what every page shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from refdesk.fields import labels
from refdesk.pages.session import form_token
from refdesk.runtime import Runtime

__all__ = ["make_templates", "page"]


def _desk_time(runtime: Runtime) -> Callable[[datetime], str]:
    def desk_time(instant: datetime) -> str:
        """Show an instant in the desk's timezone, e.g. '2025-03-14 16:00 GMT'."""
        local = instant.astimezone(runtime.config.desk.zone)
        return local.strftime("%Y-%m-%d %H:%M %Z")

    return desk_time


def make_templates(runtime: Runtime) -> Jinja2Templates:
    """The page templates, with the desk-time filter bound to this desk's timezone."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("refdesk", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["desk_time"] = _desk_time(runtime)
    return Jinja2Templates(env=env)


def page(
    request: Request, template: str, status_code: int = 200, **context: Any
) -> HTMLResponse:
    """Render a page; every page also gets the desk, its clock and the signed-in user."""
    runtime: Runtime = request.app.state.runtime
    context.setdefault("user", None)
    context.setdefault("csrf", form_token(request))
    context.update(desk=runtime.config.desk, scales=runtime.config.priority)
    context.update(now=runtime.clock.now(), custom_labels=labels(runtime.config))
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status_code)
