"""Running the API: ``rasid serve`` binds loopback by default; beyond loopback, writing needs a token."""
from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
import socket
import sys
import threading
import time
from collections.abc import Iterator

from rasid.errors import InputError


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) only listens on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def writing_token(host: str, token: str | None) -> tuple[str | None, bool]:
    """The token writing endpoints will require (None: none required) and whether it was generated here.
    Loopback needs none unless one is given; any other address always has one."""
    token = token or os.environ.get("RASID_TOKEN") or None
    if token is not None and len(token) < 16:
        raise InputError("--token: use at least 16 characters")
    if token is None and not is_loopback(host):
        return secrets.token_urlsafe(24), True
    return token, False


def app_from_environment():  # noqa: ANN201 - the FastAPI app
    """The app of one worker process of ``serve(workers=N)``, configured through the environment."""
    from rasid.web.app import create_app

    origins = tuple(o for o in os.environ.get("RASID_SERVE_CORS", "").split("\n") if o)
    return create_app(os.environ.get("RASID_SERVE_DB") or None, token=os.environ.get("RASID_SERVE_TOKEN") or None,
                      cors_origins=origins)


def serve(db: str | None, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          cors_origins: tuple[str, ...] = (), workers: int = 1) -> None:
    """Serve the dashboard and API until interrupted (``workers`` processes share the port)."""
    import uvicorn

    from rasid.web.app import create_app

    from rasid.store.postgres import is_url

    if db is not None and not is_url(db) and not os.path.exists(db):
        raise InputError(f"{db}: no such database (create it with `rasid ingest --db {db} FILES`)")
    token, generated = writing_token(host, token)
    if workers > 1:
        os.environ.update(RASID_SERVE_DB=db or "", RASID_SERVE_TOKEN=token or "",
                          RASID_SERVE_CORS="\n".join(cors_origins))
        app = "rasid.web.server:app_from_environment"
    else:
        app = create_app(db, token=token, cors_origins=cors_origins)
    shown = f"[{host}]" if ":" in host else host
    print(f"rasid: serving {'the store ' + db if db else 'the analyse page (no --db)'} at http://{shown}:{port}/"
          f"  (API docs at /docs)", file=sys.stderr)
    if generated:
        print(f"rasid: listening beyond loopback: writing requires the header 'Authorization: Bearer {token}'",
              file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, workers=workers,
                factory=workers > 1)


@contextlib.contextmanager
def background_server(app, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:  # noqa: ANN001
    """Run ``app`` with uvicorn in a thread for the duration of the block; yields its base URL (tests, benches,
    screenshots). Port 0 picks a free one."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", server_header=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
