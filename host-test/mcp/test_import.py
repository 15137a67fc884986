"""A lead import through the official Python MCP client: progress as it goes, cancelled
half-way by the client, then called again with the same file and finished, with no lead
sent twice."""

import fcntl
import json
import urllib.request

import anyio
import pytest
from mcp import Client, StdioServerParameters

from conftest import IMPORT, META, SMARTLEAD, server_env

pytestmark = pytest.mark.anyio

# Two requests a second, so ten batches take about five seconds: time to cancel between.
PACE = ["--rate-window", "2/1s"]


@pytest.fixture
def anyio_backend():
    return "asyncio"


def lead_posts(mock, campaign):
    root = mock.base_url.rsplit("/api/v1", 1)[0]
    with urllib.request.urlopen(f"{root}/__mock/requests") as response:
        requests = json.loads(response.read())
    return [r for r in requests if r["method"] == "POST" and r["path"] == f"/campaigns/{campaign}/leads"]


def released(journal):
    """Whether no import holds the journal (the lock the server takes on it)."""
    with open(journal) as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(f, fcntl.LOCK_UN)
        return True


def emails_sent(mock, campaign):
    return [lead["email"] for r in lead_posts(mock, campaign) for lead in r["body"]["lead_list"]]


async def test_an_import_cancelled_half_way_resumes_and_sends_no_lead_twice(mock, tmp_path):
    rows = "\n".join(f"lead{i}@example.com,Lead{i}" for i in range(50))
    csv = tmp_path / "prospects.csv"
    csv.write_text(f"email,first_name\n{rows}\n")
    server = StdioServerParameters(command=SMARTLEAD, args=["mcp", *PACE], env=server_env(mock))
    async with Client(server) as client:
        assert IMPORT in [t.name for t in (await client.list_tools()).tools], "listed with campaign-leads, the default"
        campaign = (await client.call_tool(META[1], {"name": "create_a_smartlead_campaign", "arguments": {"name": "Imported"}})).structured_content["id"]
        arguments = {"campaign_id": campaign, "file": str(csv), "batch_size": 5}
        heard = []
        first_batch = anyio.Event()

        async def progress(done, total, message):
            heard.append((done, total, message))
            first_batch.set()

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(client.call_tool, IMPORT, arguments, None, progress)
            await first_batch.wait()
            tasks.cancel_scope.cancel()
        assert heard[0][1] == 50 and "batch 1/10" in heard[0][2], heard
        cut = len(lead_posts(mock, campaign))
        assert 1 <= cut < 10, f"the cancelled import sent {cut} of 10 batches"

        # The cancelled call lets go of the file's journal before its next batch: wait for
        # that, then nothing more may have been sent.
        journal = tmp_path / "prospects.csv.smartlead-journal"
        for _ in range(100):
            if released(journal):
                break
            await anyio.sleep(0.1)
        stopped_at = len(lead_posts(mock, campaign))
        assert stopped_at <= cut + 1 and stopped_at < 10, f"after the cancel {stopped_at} of 10 batches went"
        resumed = await client.call_tool(IMPORT, arguments)
        assert not resumed.is_error, resumed.content[0].text
        report = resumed.structured_content
    sent = emails_sent(mock, campaign)
    assert sorted(sent) == sorted(f"lead{i}@example.com" for i in range(50)), "every lead sent exactly once"
    assert report["batches_done"] == 10 and report["added"] == 50, report
    status, leads = mock.get(f"/campaigns/{campaign}/leads", limit=100)
    assert (status, leads["total_leads"]) == (200, "50")
