"""Long work through the official Python MCP client: a lead import in the call (progress
as it goes) and as an MCP task (polled with tasks/get), each cancelled half-way, then run
again with the same file and finished with no lead sent twice; and a campaign export to a
new file, as a task and in a read-only server."""

import fcntl
import json
import urllib.request

from typing import Any, Literal

import anyio
import mcp_types as types
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.extension import ClientExtension, ResultClaim
from pydantic import TypeAdapter

from conftest import EXPORT, IMPORT, KEY, META, SMARTLEAD, server_env

pytestmark = pytest.mark.anyio

# Two requests a second, so ten batches take about five seconds: time to cancel between.
PACE = ["--rate-window", "2/1s"]


@pytest.fixture
def anyio_backend():
    return "asyncio"


class TaskCreated(types.Result):
    """A tools/call answered with a task (SEP-2663) instead of its result."""

    result_type: Literal["task"]
    task_id: str
    status: str


async def polled_by_the_test(result, context):
    raise AssertionError("the test polls its tasks itself")


class Tasks(ClientExtension):
    """Declares the tasks extension and takes the task handle a call answers with."""

    identifier = "io.modelcontextprotocol/tasks"

    def claims(self):
        return (ResultClaim(result_type="task", model=TaskCreated, resolve=polled_by_the_test),)


class TaskParams(types.RequestParams):
    task_id: str


class GetTask(types.Request[TaskParams, Literal["tasks/get"]]):
    method: Literal["tasks/get"] = "tasks/get"
    name_param = "taskId"


class CancelTask(types.Request[TaskParams, Literal["tasks/cancel"]]):
    method: Literal["tasks/cancel"] = "tasks/cancel"
    name_param = "taskId"


ANY = TypeAdapter(dict[str, Any])


async def task_state(client, task_id):
    return await client.session.send_request(GetTask(params=TaskParams(task_id=task_id)), ANY)


async def until(client, task_id, done):
    """Polls a task, at the interval it asks for, until `done(state)` holds."""
    for _ in range(300):
        state = await task_state(client, task_id)
        if done(state):
            return state
        await anyio.sleep(state.get("pollIntervalMs", 100) / 1000)
    raise AssertionError(f"task {task_id} never got there: {state}")


def prospects(tmp_path):
    rows = "\n".join(f"lead{i}@example.com,Lead{i}" for i in range(50))
    csv = tmp_path / "prospects.csv"
    csv.write_text(f"email,first_name\n{rows}\n")
    return csv


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
    csv = prospects(tmp_path)
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
        else:
            raise AssertionError("the cancelled import still holds its journal after 10 s")
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


async def test_an_import_task_is_polled_cancelled_half_way_and_resumed_with_no_lead_sent_twice(mock, tmp_path):
    csv = prospects(tmp_path)
    server = StdioServerParameters(command=SMARTLEAD, args=["mcp", *PACE], env=server_env(mock))
    async with Client(server, extensions=[Tasks()]) as client:
        campaign = (await client.call_tool(META[1], {"name": "create_a_smartlead_campaign", "arguments": {"name": "As a task"}})).structured_content["id"]
        arguments = {"campaign_id": campaign, "file": str(csv), "batch_size": 5}
        first = await client.session.call_tool(IMPORT, arguments, allow_claimed=True)
        assert isinstance(first, TaskCreated) and first.status == "working", first
        working = await until(client, first.task_id, lambda s: "batch 1/10" in (s.get("statusMessage") or "") or s["status"] != "working")
        assert working["status"] == "working" and working["statusMessage"].startswith("5/50 leads"), working
        await client.session.send_request(CancelTask(params=TaskParams(task_id=first.task_id)), ANY)
        cancelled = await until(client, first.task_id, lambda s: s["status"] != "working")
        assert cancelled["status"] == "cancelled", cancelled
        stopped_at = len(lead_posts(mock, campaign))
        assert 1 <= stopped_at < 10, f"the cancelled task sent {stopped_at} of 10 batches"

        second = await client.session.call_tool(IMPORT, arguments, allow_claimed=True)
        done = await until(client, second.task_id, lambda s: s["status"] != "working")
        assert done["status"] == "completed", done
        report = done["result"]["structuredContent"]
        assert not done["result"].get("isError") and report["batches_done"] == 10 and report["added"] == 50, report
        with pytest.raises(Exception, match="task"):
            await task_state(client, "no-such-task")
    assert sorted(emails_sent(mock, campaign)) == sorted(f"lead{i}@example.com" for i in range(50)), "every lead sent exactly once"



async def test_an_export_task_writes_a_new_file_whole_and_never_overwrites_one(mock, tmp_path):
    csv = prospects(tmp_path)
    server = StdioServerParameters(command=SMARTLEAD, args=["mcp", "--toolsets", "campaigns,campaign-leads"], env=server_env(mock))
    async with Client(server, extensions=[Tasks()]) as client:
        assert EXPORT in [t.name for t in (await client.list_tools()).tools], "listed with campaigns"
        campaign = (await client.call_tool("create_a_smartlead_campaign", {"name": "Exported"})).structured_content["id"]
        imported = await client.session.call_tool(IMPORT, {"campaign_id": campaign, "file": str(csv)}, allow_claimed=True)
        assert (await until(client, imported.task_id, lambda s: s["status"] != "working"))["status"] == "completed"
        out = tmp_path / "out.csv"
        started = await client.session.call_tool(EXPORT, {"campaign_id": campaign, "file": str(out)}, allow_claimed=True)
        done = await until(client, started.task_id, lambda s: s["status"] != "working")
        assert done["status"] == "completed" and done["result"]["structuredContent"]["written"] == 50, done
        lines = out.read_text().splitlines()
        assert lines[0].startswith("id,campaign_lead_map_id,status") and len(lines) == 51
        assert sorted(line.split(",")[5] for line in lines[1:]) == sorted(f"lead{i}@example.com" for i in range(50))
        again = await client.session.call_tool(EXPORT, {"campaign_id": campaign, "file": str(out)}, allow_claimed=True)
        error = json.loads(again.content[0].text)["error"]
        assert again.is_error and error["kind"] == "invalid_input" and "never overwrites" in error["message"], error
        assert len(out.read_text().splitlines()) == 51, "the file is untouched"


async def test_a_read_only_server_exports_in_the_call(mock, tmp_path):
    writer = StdioServerParameters(command=SMARTLEAD, args=["mcp", "--toolsets", "all"], env=server_env(mock))
    async with Client(writer) as client:
        campaign = (await client.call_tool("create_a_smartlead_campaign", {"name": "Read back"})).structured_content["id"]
        leads = [{"email": f"r{i}@example.com"} for i in range(3)]
        assert not (await client.call_tool("create_a_smartlead_campaign_lead", {"campaign_id": campaign, "lead_list": leads})).is_error
    server = StdioServerParameters(command=SMARTLEAD, args=["mcp", "--read-only", "--toolsets", "campaigns"], env=server_env(mock))
    out = tmp_path / "leads.jsonl"
    async with Client(server) as client:
        names = [t.name for t in (await client.list_tools()).tools]
        assert EXPORT in names and IMPORT not in names, "an export changes nothing in Smartlead"
        result = await client.call_tool(EXPORT, {"campaign_id": campaign, "file": str(out)})
    assert not result.is_error, result.content[0].text
    assert result.structured_content["written"] == 3
    assert sorted(json.loads(line)["email"] for line in out.read_text().splitlines()) == ["r0@example.com", "r1@example.com", "r2@example.com"]


def mock_post(mock, path, body):
    """Seeds the mock over its own REST API, without the server's pacing."""
    request = urllib.request.Request(f"{mock.base_url}{path}?api_key={KEY}", data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


async def test_the_account_wide_export_walks_every_campaign_as_a_task_and_a_cancelled_one_leaves_no_file(mock, tmp_path):
    names = "abcde"
    campaigns = [mock_post(mock, "/campaigns/create", {"name": name})["id"] for name in names]
    for campaign, name in zip(campaigns, names):
        mock_post(mock, f"/campaigns/{campaign}/leads", {"lead_list": [{"email": f"{name}{i}@example.com"} for i in range(4)]})
    # One request a second, so the walk (the campaign list, then five campaigns) takes
    # about six seconds while the task is polled every second: room to cancel half-way.
    server = StdioServerParameters(command=SMARTLEAD, args=["mcp", "--toolsets", "all", "--rate-window", "1/1s"], env=server_env(mock))
    async with Client(server, extensions=[Tasks()]) as client:
        cut = tmp_path / "cut.csv"
        first = await client.session.call_tool(EXPORT, {"file": str(cut)}, allow_claimed=True)
        walking = await until(client, first.task_id, lambda s: "leads: campaign" in (s.get("statusMessage") or "") or s["status"] != "working")
        assert walking["status"] == "working" and "of 5" in walking["statusMessage"], walking
        await client.session.send_request(CancelTask(params=TaskParams(task_id=first.task_id)), ANY)
        cancelled = await until(client, first.task_id, lambda s: s["status"] != "working")
        assert cancelled["status"] == "cancelled", cancelled
        assert not cut.exists() and not (tmp_path / "cut.csv.partial").exists(), "a cancelled export left a file"

        whole = tmp_path / "account.jsonl"
        second = await client.session.call_tool(EXPORT, {"file": str(whole)}, allow_claimed=True)
        done = await until(client, second.task_id, lambda s: s["status"] != "working")
        assert done["status"] == "completed" and done["result"]["structuredContent"]["written"] == 20, done
    rows = [json.loads(line) for line in whole.read_text().splitlines()]
    assert list(rows[0])[0] == "campaign_id"
    assert {(r["campaign_id"], r["email"]) for r in rows} == {(c, f"{n}{i}@example.com") for c, n in zip(campaigns, names) for i in range(4)}
