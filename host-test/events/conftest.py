"""Fixtures for the events-out tests: `smartlead serve` receiving webhooks and pushing
them to the platform's endpoints, which are real HTTP servers here, answering as each
test scripts them."""

import http.server
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import CACHE, KEY, SMARTLEAD, postgres, processes, running_mock, start, wait_until, workdir  # noqa: E402,F401


@pytest.fixture
def mock():
    """The mock Smartlead taking any key, each as an account of its own, so two linked
    accounts are two accounts there too, and its requests say which key each used."""
    with running_mock("--any-key") as running:
        yield running


@dataclass
class Gateway:
    url: str
    events_db: Path
    log: Path
    proc: object

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method, headers={"content-type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def webhook(self, **payload):
        """Posts a Smartlead delivery to the receiver; its status."""
        return self.call("POST", "/webhooks/smartlead", payload)[0]

    def events(self, **query):
        status, page = self.call("GET", "/events?" + urllib.parse.urlencode(query))
        assert status == 200, page
        return page["result"]

    def deliveries(self, event_id):
        status, page = self.call("GET", f"/events/{urllib.parse.quote(event_id)}/deliveries")
        assert status == 200, page
        return page["result"]

    def tool(self, tool, account=None, **args):
        """Calls a tool as a linked account (else with the host's key); its result."""
        headers = {"x-smartlead-account": account} if account else {}
        request = urllib.request.Request(f"{self.url}/tools/{tool}", data=json.dumps(args).encode(), method="POST", headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())["result"]

    def subscribe(self, url, **body):
        status, made = self.call("POST", "/event-subscriptions", {"url": url, **body})
        assert status == 201, made
        return made


@pytest.fixture
def gateway_factory(workdir, mock, processes):

    def make(*flags, name="gateway", schedule="200ms,200ms,200ms", events_db=None):
        """A gateway keeping events in `events_db` (a postgres:// URL, or a file of its
        own by default)."""
        env = {**os.environ, "SMARTLEAD_BASE_URL": mock.base_url, "SMARTLEAD_CACHE_DIR": CACHE, "SMARTLEAD_MASTER_KEY": "11" * 32}
        env.pop("SMARTLEAD_API_KEY", None)
        events_db, log = events_db or workdir / f"{name}-events.db", workdir / f"{name}.log"
        cmd = [SMARTLEAD, "serve", "--listen", "127.0.0.1:0", "--events-db", str(events_db), "--delivery-schedule", schedule, "--log-level", "info", *flags]
        proc, url = start(cmd, env=env, log=log)
        processes.append(proc)
        return Gateway(url=url, events_db=events_db, log=log, proc=proc)

    return make


@pytest.fixture
def gateway(gateway_factory):
    return gateway_factory()


@dataclass
class Received:
    headers: dict
    body: bytes


class Endpoint(http.server.ThreadingHTTPServer):
    """A platform's endpoint: answers each request with the next scripted status (then
    200), records what it received, and can hold answers until released."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _EndpointHandler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}/hooks"
        self.script = []
        self.received = []
        self.hold = threading.Event()
        self.hold.set()
        self.lock = threading.Lock()

    def answer(self):
        with self.lock:
            return self.script.pop(0) if self.script else 200

    def wait_for(self, count, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.received) >= count:
                return self.received
            time.sleep(0.02)
        raise AssertionError(f"the endpoint received {len(self.received)} deliveries, not {count}")


class _EndpointHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.server.received.append(Received(headers={k.lower(): v for k, v in self.headers.items()}, body=body))
        self.server.hold.wait()
        status = self.server.answer()
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def endpoint_factory():
    made = []

    def make():
        endpoint = Endpoint()
        threading.Thread(target=endpoint.serve_forever, daemon=True).start()
        made.append(endpoint)
        return endpoint

    yield make
    for endpoint in made:
        endpoint.hold.set()
        endpoint.shutdown()
        endpoint.server_close()


@pytest.fixture
def endpoint(endpoint_factory):
    return endpoint_factory()
