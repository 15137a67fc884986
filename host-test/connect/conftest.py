"""Fixtures for the connect page's browser tests: the mock Smartlead, `smartlead serve`
with a linked-accounts store, Debian's headless Chromium driven by Playwright, and small
sites on other origins that embed the page, all real processes on loopback."""

import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import CACHE, KEY, ROOT, SMARTLEAD, mock, postgres, processes, start, wait_until, workdir  # noqa: E402,F401

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
MASTER_KEY = "00" * 32
LOGIN_TOKEN = "connect-test-login-token-0123456789"
SCREENSHOTS = ROOT / "target" / "connect-screenshots"


@dataclass
class Gateway:
    """A running `smartlead serve`: its address, its log file and its stores."""

    url: str
    log: Path
    accounts_db: str
    events_db: Path
    proc: subprocess.Popen = field(repr=False)

    def call(self, method, path, body=None, token=LOGIN_TOKEN):
        """A JSON call with the platform's login; (status, body)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("content-type", "application/json")
        if token:
            request.add_header("authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def session(self, end_user="user-42", **body):
        """A new connect session for `end_user`: {token, url, expires_at}."""
        status, opened = self.call("POST", "/connect/sessions", {"end_user": {"id": end_user, "display_name": "Ada Lovelace"}, **body})
        assert status == 201, opened
        return opened

    def accounts(self, **query):
        suffix = "?" + urllib.parse.urlencode(query) if query else ""
        status, listed = self.call("GET", "/accounts" + suffix)
        assert status == 200, listed
        return listed["result"]

    def events(self, **query):
        suffix = "?" + urllib.parse.urlencode(query) if query else ""
        status, page = self.call("GET", "/events" + suffix)
        assert status == 200, page
        return page["result"]


@pytest.fixture
def gateway_factory(mock, workdir, processes):
    """Starts gateways against the mock; each takes extra flags, and an accounts store
    (a SQLite file of its own unless one, e.g. a postgres:// URL, is given)."""
    (workdir / "tokens").write_text(LOGIN_TOKEN + "\n")

    def make(*flags, accounts_db=None, name="gateway"):
        accounts_db = accounts_db or str(workdir / f"{name}-accounts.db")
        events_db = workdir / f"{name}-events.db"
        log = workdir / f"{name}.log"
        env = {
            **os.environ,
            "SMARTLEAD_BASE_URL": mock.base_url,
            "SMARTLEAD_CACHE_DIR": CACHE,
            "SMARTLEAD_MASTER_KEY": MASTER_KEY,
        }
        env.pop("SMARTLEAD_API_KEY", None)
        cmd = [
            SMARTLEAD, "serve", "--listen", "127.0.0.1:0", "--accounts-db", accounts_db, "--events-db", str(events_db),
            "--auth-token-file", str(workdir / "tokens"), "--platform-name", "Acme CRM", "--log-level", "debug", *flags,
        ]
        proc, url = start(cmd, env=env, log=log)
        processes.append(proc)
        return Gateway(url=url, log=log, accounts_db=accounts_db, events_db=events_db, proc=proc)

    return make


@pytest.fixture
def gateway(gateway_factory):
    return gateway_factory()


class _Site(http.server.ThreadingHTTPServer):
    """A platform's site on one origin: serves `pages` by path, and records the return
    URL's visits."""

    daemon_threads = True

    def __init__(self, host):
        super().__init__((host, 0), _SiteHandler)
        self.pages = {}
        self.backend = {}
        self.visits = []
        self.origin = f"http://{host}:{self.server_address[1]}"


class _SiteHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        """The platform's own backend routes: `site.backend[path](body) -> dict`."""
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length) or b"null")
        answer = json.dumps(self.server.backend[self.path](body)).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def do_GET(self):
        self.server.visits.append(self.path)
        page = self.server.pages.get(self.path.split("?")[0], "<!doctype html><title>done</title><p>back at the platform</p>")
        body = page.encode()
        self.send_response(200)
        self.send_header("content-type", "text/html; charset=utf-8")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def sites():
    """Two platform sites on two origins: `allowed` (127.0.0.1) and `other` (localhost)."""
    made = {"allowed": _Site("127.0.0.1"), "other": _Site("localhost")}
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in made.values()]
    for thread in threads:
        thread.start()
    yield made
    for site in made.values():
        site.shutdown()
        site.server_close()


@pytest.fixture(scope="session")
def playwright_driver():
    with sync_playwright() as p:
        yield p


@pytest.fixture
def browser(playwright_driver, workdir):
    """Debian's Chromium, headless, with a profile on disk (searched for the key after)."""
    profile = workdir / "profile"
    context = playwright_driver.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True)
    yield context
    context.close()


# Chrome's own line for a document answered 4xx: the refused form is 422 and a dead
# link 404 or 410 on purpose (the tests check each status), so only these are let by.
STATUS_LINE = re.compile(r"^Failed to load resource: the server responded with a status of (404|410|422) ")


@pytest.fixture
def console(browser):
    """Every console error and page error of every page of the browser, but the status
    lines of the connect page's own 4xx answers."""
    errors = []

    def record(page, message):
        if message.type == "error" and not ("/connect/" in message.location.get("url", "") and STATUS_LINE.match(message.text)):
            errors.append(f"{page.url}: {message.text}")

    def watch(page):
        page.on("console", lambda m: record(page, m))
        page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))

    for page in browser.pages:
        watch(page)
    browser.on("page", watch)
    return errors


def popup_from(page, button):
    """The window a click on `button` opens, loaded."""
    with page.expect_popup() as popped:
        page.get_by_role("button", name=button).click()
    popup = popped.value
    popup.wait_for_load_state()
    return popup


def shot(page, name):
    """A screenshot for review under target/connect-screenshots."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
