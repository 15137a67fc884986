"""Instances kept between calls, through a real MCP client over Streamable HTTP: a call
after the first makes no new instance of the component, and an instance that failed
(it computed past its CPU budget) is never used again. Counted by the server's own
`/metrics` (`smartlead_instances_total`)."""

import os
import urllib.request

import pytest
from mcp import Client

from conftest import ALL, SMARTLEAD, server_env
from harness import start

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def instances(url):
    with urllib.request.urlopen(url.removesuffix("/mcp") + "/metrics") as response:
        text = response.read().decode()
    return int(float(next(line.split()[-1] for line in text.splitlines() if line.startswith("smartlead_instances_total"))))


def queue_fault(mock, fault):
    root = mock.base_url.removesuffix("/api/v1")
    body = f'{{"fault": {fault}, "times": 1}}'.encode()
    request = urllib.request.Request(f"{root}/__mock/faults", data=body, headers={"content-type": "application/json"}, method="POST")
    urllib.request.urlopen(request).close()


async def test_calls_keep_their_instance_and_a_failed_one_is_not_used_again(mock):
    env = {**os.environ, **server_env(mock)}
    proc, url = start([SMARTLEAD, "mcp", *ALL, "--cpu-limit-ms", "100", "--http", "127.0.0.1:0"], env=env, banner_stream="stderr")
    try:
        async with Client(url) as client:
            before = instances(url)
            for _ in range(5):
                result = await client.call_tool("list_all_smartlead_lead_category", {})
                assert not result.is_error, result.content[0].text
                assert result.structured_content["result_count"] == 7
            assert instances(url) == before + 1, "five calls, one instance"

            # About 20 MB of campaigns to decode: far past 0.1 s of computing in wasm.
            queue_fault(mock, '{"oversized": 20971520}')
            failed = await client.call_tool("list_all_smartlead_campaigns", {})
            assert failed.is_error and "CPU budget" in failed.content[0].text, failed.content[0].text
            for _ in range(3):
                result = await client.call_tool("list_all_smartlead_lead_category", {})
                assert not result.is_error, result.content[0].text
            assert instances(url) == before + 2, "the failed instance dropped, one new one for the calls after it"
    finally:
        proc.kill()
        proc.wait()
