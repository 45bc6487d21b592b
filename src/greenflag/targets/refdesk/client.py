"""refdesk's JSON API as an HTTP client with a bearer token per person."""

from __future__ import annotations

from typing import Any

import httpx

from greenflag.desk import DeskRefused, TargetUnavailable
from greenflag.model import Persona

__all__ = ["Client"]


class Client:
    """Sends requests as a person, turning refusals and outages into the harness's errors."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.url = url
        self._http = httpx.Client(base_url=url, timeout=timeout)
        self._tokens: dict[str, str] = {}

    def call(self, who: Persona, method: str, path: str, **kwargs: Any) -> Any:
        """Send a request as `who`; the JSON answer, or None when there is none."""
        headers = {"Authorization": f"Bearer {self._token(who)}", **kwargs.pop("headers", {})}
        response = self.send(method, path, headers=headers, **kwargs)
        return response.json() if response.content else None

    def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send a request without signing in."""
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as error:
            raise TargetUnavailable(f"refdesk at {self.url} did not answer: {error}") from error
        if response.status_code >= 400:
            raise DeskRefused(f"refdesk refused {method} {path}: HTTP {response.status_code} "
                              f"{response.text[:300]}", response.status_code)
        return response

    def forget_tokens(self) -> None:
        """Drop every cached token, as after a reset."""
        self._tokens.clear()

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def _token(self, who: Persona) -> str:
        if who.username not in self._tokens:
            body = {"username": who.username, "password": who.password}
            response = self.send("POST", "/api/auth/token", json=body)
            self._tokens[who.username] = response.json()["token"]
        return self._tokens[who.username]
