"""Build the refdesk web application from its settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from refdesk import __version__
from refdesk.api import api_router
from refdesk.config import DeskConfig, load_config
from refdesk.errors import install_error_handlers
from refdesk.pages import make_templates, pages_router
from refdesk.runtime import Runtime
from refdesk.settings import Settings
from refdesk.testmode import controls_router

__all__ = ["create_app"]

_STATIC = Path(__file__).parent / "static"


@asynccontextmanager
async def _ticking(app: FastAPI) -> AsyncIterator[None]:
    """Outside test mode, SLA, reminder and auto-close rules run on real time."""
    from refdesk.ticker import Ticker

    ticker = Ticker(app.state.runtime)
    ticker.start()
    yield
    ticker.stop()


def _aliases(app: FastAPI) -> None:
    """Serve the OpenAPI document and docs also at the conventional /openapi.json and /docs."""

    def openapi_json() -> JSONResponse:
        return JSONResponse(app.openapi())

    def docs() -> RedirectResponse:
        return RedirectResponse("/api/docs")

    app.add_api_route("/openapi.json", openapi_json, include_in_schema=False)
    app.add_api_route("/docs", docs, include_in_schema=False)


def create_app(settings: Settings, config: DeskConfig | None = None) -> FastAPI:
    """Load the config (ConfigError if wrong), open the database and wire every route."""
    config = config if config is not None else load_config(settings.config_path)
    runtime = Runtime.start(settings, config)
    app = FastAPI(
        title="refdesk", version=__version__, docs_url="/api/docs", redoc_url=None,
        openapi_url="/api/openapi.json", lifespan=None if settings.test_mode else _ticking,
    )
    app.state.runtime = runtime
    app.state.templates = make_templates(runtime)
    install_error_handlers(app)
    app.include_router(api_router())
    app.include_router(pages_router())
    _aliases(app)
    if settings.test_mode:
        app.include_router(controls_router())
    if settings.inbound_smtp_port:
        from refdesk.inbound import start_listener

        app.state.inbound = start_listener(runtime, settings.inbound_smtp_port)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    return app
