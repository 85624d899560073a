"""Shared fixtures: a real Keel server on loopback with the real Gemma model, the openai SDK."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import openai
import pytest
import pytest_asyncio
import uvicorn

from keel.app import create_app
from keel.config import ModelSettings, ServerSettings, Settings, StorageSettings

MODEL = "gemma-3-270m"
TEST_CTX = 2048  # a small window keeps context-fitting tests fast


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require_service(name: str, reason: str) -> None:
    """Services missing in CI are a failure (KEEL_REQUIRE_SERVICES=1), elsewhere a skip."""
    if os.environ.get("KEEL_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{name} is required: {reason}")
    pytest.skip(f"{name} not available: {reason}")


def make_settings(tmp_path, **server) -> Settings:
    return Settings(
        server=ServerSettings(port=free_port(), max_body_bytes=256 * 1024, **server),
        storage=StorageSettings(url=f"sqlite:///{tmp_path}/keel.db", log_flush_interval_s=0.05),
        models=[ModelSettings(name=MODEL, provider="llama_cpp", params={"n_ctx": TEST_CTX})],
    )


class LiveServer:
    """uvicorn serving a Keel app in a background thread."""

    def __init__(self, settings: Settings, config_path=None) -> None:
        self.settings = settings
        self.app = create_app(settings, config_path=config_path)
        self.gateway = self.app.state.gateway
        self.url = f"http://127.0.0.1:{settings.server.port}"
        config = uvicorn.Config(self.app, host="127.0.0.1", port=settings.server.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self, wait_ready: bool = True) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                r = httpx.get(f"{self.url}/readyz" if wait_ready else f"{self.url}/healthz", timeout=1)
                if r.status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("the test server did not become ready")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    live = LiveServer(make_settings(tmp_path_factory.mktemp("keel"))).start()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def client(server) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key="unused", max_retries=0, timeout=300)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def aclient(server) -> AsyncIterator[openai.AsyncOpenAI]:
    # closed on the loop that opened it: sockets left to the garbage collector are closed behind
    # the event loop's back, and a later socket that reuses the fd is never polled (a hang)
    client = openai.AsyncOpenAI(base_url=f"{server.url}/v1", api_key="unused", max_retries=0, timeout=600)
    yield client
    await client.close()


@pytest.fixture(scope="session")
def http(server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=300) as c:
        yield c


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    import uuid

    import sqlalchemy as sa

    base = os.environ.get("KEEL_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    base = base.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text("select 1"))
    except Exception as exc:
        require_service("PostgreSQL", str(exc).splitlines()[0])
    name = f"keel_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
