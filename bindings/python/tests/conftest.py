"""The mock Smartlead as a subprocess on a free port, and the component to load."""

import json
import os
import subprocess
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def catalog_tools():
    """The catalog's tools, in order, as the generated tool reference names them (a
    Rust test fails when that table is stale), so no test here counts them by hand."""
    text = (ROOT / "docs" / "tools.md").read_text()
    return [line[3:].split("`")[0] for line in text.splitlines() if line.startswith("| `")]
MOCK = os.environ.get("SMARTLEAD_MOCK_BIN", str(ROOT / "target/debug/smartlead-mock"))
WASM = os.environ.get("SMARTLEAD_WASM", str(ROOT / "target/guest/wasm32-wasip2/release/smartlead_component.wasm"))
KEY = "python-test-key"


class Mock:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.root = base_url.rsplit("/api/v1", 1)[0]

    def fail_next(self, fault, times=1):
        """Queues a fault, e.g. {"status": 503} or "malformed_body"."""
        body = json.dumps({"fault": fault, "times": times}).encode()
        request = urllib.request.Request(f"{self.root}/__mock/faults", body, {"content-type": "application/json"})
        urllib.request.urlopen(request).close()

    def requests(self):
        with urllib.request.urlopen(f"{self.root}/__mock/requests") as r:
            return json.loads(r.read())


@pytest.fixture
def mock():
    proc = subprocess.Popen([MOCK, "--port", "0", "--api-key", KEY], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert "http://" in line, line
    yield Mock(line.split()[-1])
    proc.kill()
    proc.wait()
