"""The HTTP server both fakes run on: a threading server that stops at once."""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuickStopServer(ThreadingHTTPServer):
    """A ``ThreadingHTTPServer`` whose loop wakes the moment ``shutdown()`` is called.

    The stdlib loop looks at its shutdown flag once per 0.5 s poll, so every stop waited up
    to half a second. This one also selects on a socket pair that ``shutdown()`` writes to,
    and blocks in ``select`` without a timeout otherwise.
    """

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        self._wake_r, self._wake_w = socket.socketpair()
        self._stopping = threading.Event()
        self._idle = threading.Event()
        """clear while a loop runs (or is about to): ``shutdown()`` waits for it"""
        self._idle.set()
        try:
            super().__init__(address, handler)
        except BaseException:
            self._wake_r.close()
            self._wake_w.close()
            raise

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until ``shutdown()``; ``poll_interval`` is unused (shutdown wakes the loop)."""
        self._idle.clear()
        self._serve()

    def serve_in_thread(self) -> threading.Thread:
        """Serve in a daemon thread; a ``shutdown()`` right after still waits for its loop."""
        self._idle.clear()
        thread = threading.Thread(target=self._serve, daemon=True)
        thread.start()
        return thread

    def _serve(self) -> None:
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                selector.register(self._wake_r, selectors.EVENT_READ)
                while not self._stopping.is_set():
                    ready = selector.select()
                    if self._stopping.is_set():
                        break
                    if any(key.fileobj is self for key, _ in ready):
                        self._accept()
                    self.service_actions()
        finally:
            self._idle.set()

    def _accept(self) -> None:
        """What the stdlib's ``_handle_request_noblock`` does, through public methods."""
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except BaseException:
            self.shutdown_request(request)
            raise

    def shutdown(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")
        self._idle.wait()

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()
