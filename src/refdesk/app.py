"""Build the refdesk web application from its settings."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
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


def create_app(settings: Settings, config: DeskConfig | None = None) -> FastAPI:
    """Load the config (ConfigError if wrong), open the database and wire every route."""
    config = config if config is not None else load_config(settings.config_path)
    runtime = Runtime.start(settings, config)
    app = FastAPI(
        title="refdesk", version=__version__, docs_url="/api/docs", redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.runtime = runtime
    app.state.templates = make_templates(runtime)
    install_error_handlers(app)
    app.include_router(api_router())
    app.include_router(pages_router())
    if settings.test_mode:
        app.include_router(controls_router())
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    return app
