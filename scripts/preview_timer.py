"""How long an editor waits: `mkdocs serve` previewing one language (as `make serve ONLY=ar`
runs it), one hand-written page edited, and the seconds until the server gives the edited page.
`make bench` reports it; a test checks that the edit shows."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from returnguide.project import Project


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            text: str = response.read().decode("utf-8")
            return text
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(server: subprocess.Popen[bytes], url: str, seen: str, timeout: float) -> float:
    """Seconds until the page at url contains `seen`; TimeoutError if it never does or the
    server stops (a failed first build ends `mkdocs serve`)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if seen in (fetch(url) or ""):
            return time.perf_counter() - start
        if server.poll() is not None:
            raise TimeoutError(f"mkdocs serve stopped (status {server.returncode})")
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not show {seen!r} within {timeout} s")


def preview_seconds(
    project: Project, code: str, page: str = "about", timeout: float = 120
) -> float:
    """Seconds from saving an edit of content/pages/<code>/<page>.md until the preview of that
    language serves it. The page is restored afterwards."""
    source = project.pages / code / f"{page}.md"
    original = source.read_text(encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}/{page}/"  # the previewed language is at the root
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    env = {**os.environ, "ONLY": code, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            command,
            cwd=project.root,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            # Ctrl-C must reach it even from a process that ignores it (pytest-xdist's workers).
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        try:
            wait_for(server, url, "</html>", timeout)  # the first build: an editor waits once
            marker = f"preview-{time.monotonic_ns()}"
            source.write_text(original + f"\n{marker}\n", encoding="utf-8")
            return wait_for(server, url, marker, timeout)
        except TimeoutError as error:
            log.seek(0)
            raise RuntimeError(
                f"{error}; mkdocs serve said:\n{log.read().decode()[-3000:]}"
            ) from None
        finally:
            source.write_text(original, encoding="utf-8")
            server.send_signal(signal.SIGINT)  # as Ctrl-C: MkDocs then removes its build folder
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
                raise
