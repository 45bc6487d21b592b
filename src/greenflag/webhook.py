"""A chat webhook sink on loopback: the desk posts JSON to it and scenarios read it."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from greenflag.net import HOST

__all__ = ["ChatSink"]


class ChatSink:
    """Receives chat messages the desk posts, as a real HTTP server."""

    def __init__(self) -> None:
        self._posts: list[Any] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((HOST, 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Where the desk should post."""
        return f"http://{HOST}:{self._server.server_address[1]}/chat"

    def start(self) -> None:
        """Start serving."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    def clear(self) -> None:
        """Forget what was posted so far."""
        with self._lock:
            self._posts.clear()

    def posts(self) -> list[Any]:
        """Every JSON body posted since the last clear."""
        with self._lock:
            return list(self._posts)

    def texts(self) -> list[str]:
        """Every post flattened to text, for a scenario to search."""
        return [json.dumps(post, ensure_ascii=False) for post in self.posts()]

    def _keep(self, body: Any) -> None:
        with self._lock:
            self._posts.append(body)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    sink._keep(json.loads(raw or b"null"))
                    self.send_response(204)
                except ValueError:
                    self.send_response(400)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                """Stay quiet: the desk's posts are read, not logged."""

        return Handler
