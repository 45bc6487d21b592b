"""Error answers: JSON for machines, an HTML page for people, never a traceback."""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from refdesk.pages import SignInRequired, page
from refdesk.schemas import field_errors

__all__ = ["install_action_handlers", "install_error_handlers"]

_MACHINE_PREFIXES = ("/api/", "/_test/", "/healthz")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(_MACHINE_PREFIXES)


async def _http_error(request: Request, error: HTTPException) -> Response:
    if _wants_json(request) or error.status_code < 400:
        headers = getattr(error, "headers", None)
        return JSONResponse({"detail": error.detail}, error.status_code, headers=headers)
    title = HTTPStatus(error.status_code).phrase
    return page(request, "error.html", error.status_code, title=title, message=error.detail)


async def _invalid(request: Request, error: RequestValidationError) -> Response:
    errors = jsonable_encoder(error.errors())
    body = {"detail": errors, "errors": field_errors(error.errors())}
    return JSONResponse(body, status_code=422)


async def _sign_in(_request: Request, _error: SignInRequired) -> Response:
    return RedirectResponse("/login", status_code=303)


def install_error_handlers(app: FastAPI) -> None:
    """Register the desk's error answers on the app."""
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(SignInRequired, _sign_in)
    install_action_handlers(app)


async def _refused(_request: Request, error: Exception) -> Response:
    body: dict[str, object] = {"detail": getattr(error, "detail", str(error))}
    errors = getattr(error, "errors", None)
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=getattr(error, "status", 422))


def install_action_handlers(app: FastAPI) -> None:
    """Answer refused actions and field problems as JSON with their status."""
    from refdesk.assignment import AssignError
    from refdesk.incidents import FieldProblems
    from refdesk.lifecycle import Refused

    for kind in (Refused, FieldProblems, AssignError):
        app.add_exception_handler(kind, _refused)
