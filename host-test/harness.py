"""What the Python suites under host-test share: where the binaries are, the mock
Smartlead (its key, and a fixture starting it), a folder per test, and starting a real
process on a free loopback port."""

import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SMARTLEAD = os.environ.get("SMARTLEAD_BIN", str(ROOT / "target/debug/smartlead"))
SMARTLEAD_MOCK = os.environ.get("SMARTLEAD_MOCK_BIN", str(ROOT / "target/debug/smartlead-mock"))
KEY = "mcp-test-secret-key-4242"
# The servers' children get only the environment given, so the component cache is named.
CACHE = os.environ.get("SMARTLEAD_CACHE_DIR", str(Path(tempfile.gettempdir()) / "smartlead-test-cache"))


@dataclass
class Mock:
    """The mock Smartlead, queried over its REST API to check what the server did."""

    base_url: str

    def get(self, path: str, **query):
        query["api_key"] = KEY
        url = f"{self.base_url}{path}?{urllib.parse.urlencode(query)}"
        try:
            with urllib.request.urlopen(url) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def requests(self):
        """Every request the mock received, in order (its test control, not recorded)."""
        root = self.base_url.removesuffix("/api/v1")
        with urllib.request.urlopen(f"{root}/__mock/requests") as response:
            return json.loads(response.read())


@contextlib.contextmanager
def running_mock(*flags):
    """The mock Smartlead on a free port while the block runs."""
    proc, url = start([SMARTLEAD_MOCK, "--port", "0", "--api-key", KEY, *flags])
    try:
        yield Mock(url)
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture
def mock():
    """The mock Smartlead for one test (a suite's conftest imports it)."""
    with running_mock() as running:
        yield running


@pytest.fixture
def processes():
    """The processes a test starts (it appends them), killed after it."""
    started = []
    yield started
    for proc in started:
        proc.kill()
        proc.wait()


@pytest.fixture
def workdir():
    """A fresh folder for one test's files, removed after it."""
    path = Path(tempfile.mkdtemp(prefix="smartlead-test-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def start(cmd, env=None, banner_stream="stdout", log=None):
    """Starts a process and returns it with the URL from its one-line banner. With `log`
    (a path), stderr goes to that file, read for the banner, so a chatty server never
    fills a pipe and its whole log can be searched afterwards."""
    if log is None:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        line = getattr(proc, banner_stream).readline()
    else:
        with open(log, "w") as sink:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=sink, text=True, env=env)
        line = _banner(proc, Path(log))
    if "http://" not in line:
        proc.kill()
        raise RuntimeError(f"{cmd[0]} did not start: {line!r} {proc.stderr.read() if proc.stderr else Path(log).read_text()}")
    return proc, line.strip().split()[-1]


def _banner(proc, log: Path, timeout=60):
    """The first line of `log` naming an http:// address, once the process wrote it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in log.read_text().splitlines():
            if "http://" in line:
                return line
        if proc.poll() is not None:
            return ""
        time.sleep(0.02)
    return ""


def wait_until(predicate, timeout=30, what="the condition", pump=None):
    """Polls `predicate` until it holds (a signal the system gives), or fails. With
    `pump` (a Playwright page), waits through it, so the browser's events (a page
    closing, a console line) reach the test meanwhile."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if pump is None:
            time.sleep(0.05)
        else:
            pump.wait_for_timeout(50)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def postgres(workdir):
    """A private Postgres cluster (Debian's server, as the postgres user under root)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True)
    assert versions, "Postgres is not installed: run `make system-packages`"
    bin_dir = versions[0]
    root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if root else []
    data = workdir / "pg"
    if root:
        shutil.chown(workdir, "postgres", "postgres")
    subprocess.run([*run_as, str(bin_dir / "initdb"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "-D", str(data)], check=True, capture_output=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [*run_as, str(bin_dir / "postgres"), "-D", str(data), "-p", str(port), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-k", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"postgres://postgres@127.0.0.1:{port}/postgres"
    wait_until(lambda: subprocess.run([str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)], capture_output=True).returncode == 0, what="Postgres to accept connections")
    yield url
    server.terminate()
    server.wait()
