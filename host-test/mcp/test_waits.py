"""Waiting for the API key's turn through a real MCP client: a wait longer than the
attempt timeout is neither a transport failure nor a lost call, the client hears of it
as progress, and past the server's bound the call is `rate_limited` with nothing sent."""

import json
import time
import urllib.request

import pytest
from mcp import Client, StdioServerParameters

from conftest import ALL, SMARTLEAD, server_env

pytestmark = pytest.mark.anyio

# One request per 3 s for the key, attempts timed out after 1 s: the second call of a
# pair waits about 3 s for its turn, three times its attempt's bound.
PACE = ["--rate-window", "1/3s", "--timeout-ms", "1000"]


@pytest.fixture
def anyio_backend():
    return "asyncio"


def received(mock, method, path):
    root = mock.base_url.rsplit("/api/v1", 1)[0]
    with urllib.request.urlopen(f"{root}/__mock/requests") as response:
        requests = json.loads(response.read())
    return [r for r in requests if r["method"] == method and r["path"] == path]


def server(mock, *flags):
    return StdioServerParameters(command=SMARTLEAD, args=["mcp", *ALL, *PACE, *flags], env=server_env(mock))


async def test_a_wait_longer_than_the_attempt_timeout_is_no_failure(mock):
    heard = []

    async def progress(value, total, message):
        heard.append(message)

    async with Client(server(mock)) as client:
        for name, arguments, method, path in [
            ("list_all_smartlead_campaigns", {}, "GET", "/campaigns"),
            ("create_a_smartlead_campaign", {"name": "Paced"}, "POST", "/campaigns/create"),
        ]:
            first = await client.call_tool(name, arguments, progress_callback=progress)
            started = time.monotonic()
            second = await client.call_tool(name, arguments, progress_callback=progress)
            waited = time.monotonic() - started
            assert not first.is_error and not second.is_error, second.content[0].text
            assert waited > 1.5, f"{name}: the second call did not wait for its turn ({waited:.1f} s)"
            assert len(received(mock, method, path)) == 2, f"{name}: each call sent once"
    assert heard and all("waiting" in m and "turn" in m for m in heard), heard


async def test_past_the_bound_a_call_is_rate_limited_and_sends_nothing(mock):
    flags = ["--max-queue-wait-ms", "500"]
    async with Client(server(mock, *flags)) as client:
        first = await client.call_tool("create_a_smartlead_campaign", {"name": "First"})
        refused = await client.call_tool("create_a_smartlead_campaign", {"name": "Second"})
    assert not first.is_error
    assert refused.is_error
    error = json.loads(refused.content[0].text)["error"]
    assert error["kind"] == "rate_limited", error
    assert "retry after" in error["message"], error
    assert [r["body"]["name"] for r in received(mock, "POST", "/campaigns/create")] == ["First"]
