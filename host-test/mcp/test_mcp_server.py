"""`smartlead mcp` through the official Python MCP client, over stdio and Streamable
HTTP, against the mock Smartlead."""

import json

import pytest
from mcp import Client, StdioServerParameters
from mcp.types import ElicitResult

from conftest import ALL, KEY, SMARTLEAD, catalog_tools, listed, server_env

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(params=["stdio", "http"])
def connect(request, mock):
    """Connects the official client to the server over each transport."""

    def open_client():
        if request.param == "stdio":
            return stdio_client(mock)
        return Client(request.getfixturevalue("http_server"))

    return open_client


def stdio_client(mock, *flags):
    return Client(StdioServerParameters(command=SMARTLEAD, args=["mcp", *ALL, *flags], env=server_env(mock)))


def error_of(result):
    assert result.is_error, result
    text = "".join(c.text for c in result.content if c.type == "text")
    assert KEY not in text
    return json.loads(result.content[0].text)["error"]


async def test_lists_exactly_the_catalog_s_tools_with_schemas_and_annotations(connect):
    async with connect() as client:
        tools = (await client.list_tools()).tools
    assert [t.name for t in tools] == listed()
    by_name = {t.name: t for t in tools}
    leads = by_name["list_all_smartlead_campaign_leads"]
    assert leads.meta["route"] == {
        "method": "GET", "path": "/campaigns/{campaign_id}/leads", "base": "server",
        "docs": "https://api.smartlead.ai/api-reference/leads/get-by-campaign",
    }
    assert all(by_name[name].meta["route"]["docs"].startswith("https://") for name in catalog_tools())
    assert leads.input_schema["required"] == ["campaign_id"]
    assert "next_cursor" in leads.input_schema["properties"]
    assert "next_cursor" in leads.description
    assert leads.output_schema["properties"]["result"]["type"] == "array"
    assert leads.annotations.read_only_hint is True
    delete = by_name["delete_a_smartlead_campaign_by_id"]
    assert delete.annotations.destructive_hint is True and delete.annotations.read_only_hint is False
    assert "confirm" in delete.input_schema["properties"], "described, for servers that cannot ask"
    assert "confirm" not in delete.input_schema.get("required", []), "not required: a schema-following agent must not send it unasked"
    create = by_name["create_a_smartlead_campaign_lead"]
    assert create.annotations.idempotent_hint is False and create.annotations.open_world_hint is True


async def test_a_read_tool_returns_the_mock_state(connect, mock):
    async with connect() as client:
        result = await client.call_tool("list_all_smartlead_lead_category", {"limit": 3})
    assert not result.is_error
    status, categories = mock.get("/leads/fetch-categories")
    assert status == 200
    assert [c["name"] for c in result.structured_content["result"]] == [c["name"] for c in categories[:3]]
    assert result.structured_content["next_cursor"]
    assert json.loads(result.content[0].text) == result.structured_content


async def test_a_write_tool_changes_the_mock_state(connect, mock):
    async with connect() as client:
        created = await client.call_tool("create_a_smartlead_campaign", {"name": "From an agent"})
        campaign = created.structured_content["id"]
        added = await client.call_tool(
            "create_a_smartlead_campaign_lead",
            {"campaign_id": campaign, "lead_list": [{"email": "agent@example.com", "custom_fields": {"score": 9}}]},
        )
    assert not created.is_error and not added.is_error
    assert added.structured_content["total_leads"] == 1
    status, stored = mock.get(f"/campaigns/{campaign}")
    assert (status, stored["name"]) == (200, "From an agent")
    status, leads = mock.get(f"/campaigns/{campaign}/leads")
    assert leads["data"][0]["lead"]["custom_fields"] == {"score": "9"}


async def test_a_destructive_tool_needs_confirm(connect, mock):
    async with connect() as client:
        campaign = (await client.call_tool("create_a_smartlead_campaign", {"name": "Keep me"})).structured_content["id"]
        refused = await client.call_tool("delete_a_smartlead_campaign_by_id", {"campaign_id": campaign})
        error = error_of(refused)
        assert error["kind"] == "confirmation_required"
        assert "confirm" in error["message"] and "delete a campaign" in error["message"].lower()
        assert mock.get(f"/campaigns/{campaign}")[0] == 200, "refused, yet deleted"
        done = await client.call_tool("delete_a_smartlead_campaign_by_id", {"campaign_id": campaign, "confirm": True})
    assert not done.is_error
    assert mock.get(f"/campaigns/{campaign}")[0] == 404


async def test_smartlead_errors_are_tool_errors_with_their_kind(connect):
    async with connect() as client:
        missing = error_of(await client.call_tool("get_single_smartlead_campaign_by_id", {"campaign_id": 999}))
        invalid = error_of(await client.call_tool("list_all_smartlead_campaign_leads", {}))
        keyed = error_of(await client.call_tool("list_all_smartlead_campaigns", {"api_key": "x"}))
    assert (missing["kind"], missing["status"]) == ("not_found", 404)
    assert "Campaign not found" in missing["message"]
    assert invalid["kind"] == "invalid_input" and "campaign_id" in invalid["message"]
    assert keyed["kind"] == "invalid_input", "the key is never a tool argument"


async def test_read_only_mode_exposes_only_read_tools(mock):
    async with stdio_client(mock, "--read-only") as client:
        tools = (await client.list_tools()).tools
        assert tools and all(t.annotations.read_only_hint for t in tools)
        assert "create_a_smartlead_campaign" not in {t.name for t in tools}
        with pytest.raises(Exception, match="read-only"):
            await client.call_tool("create_a_smartlead_campaign", {"name": "nope"})


def answering(action, confirm=True):
    """An elicitation callback that answers every question with `action`, and records it."""
    asked = []

    async def callback(context, params):
        asked.append(params.message)
        return ElicitResult(action=action, content={"confirm": confirm} if action == "accept" else None)

    return callback, asked


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_the_user_is_asked_to_confirm_through_the_client(mock, mode):
    """Where the client can ask its user (elicitation: a question the client puts to the
    user, in a retried call on protocol 2026-07-28, or a request to the client before),
    starting a campaign and deleting one wait for the user's answer."""
    yes, asked_yes = answering("accept")
    no, asked_no = answering("decline")
    server = StdioServerParameters(command=SMARTLEAD, args=["mcp", *ALL], env=server_env(mock))
    async with Client(server, mode=mode, elicitation_callback=yes) as client:
        campaign = (await client.call_tool("create_a_smartlead_campaign", {"name": "Ask me"})).structured_content["id"]
        started = await client.call_tool("smartlead_campaigns_update_campaign_status", {"campaign_id": campaign, "status": "START"})
        assert not started.is_error, started
    assert len(asked_yes) == 1 and "begins emailing its leads" in asked_yes[0], asked_yes
    assert mock.get(f"/campaigns/{campaign}")[1]["status"] == "ACTIVE"

    async with Client(server, mode=mode, elicitation_callback=no) as client:
        # The agent's own confirm: true does not stand in for the user's answer.
        refused = await client.call_tool("delete_a_smartlead_campaign_by_id", {"campaign_id": campaign, "confirm": True})
        paused = await client.call_tool("smartlead_campaigns_update_campaign_status", {"campaign_id": campaign, "status": "PAUSED"})
    assert error_of(refused)["kind"] == "confirmation_declined"
    assert len(asked_no) == 1 and "delete a campaign" in asked_no[0], asked_no
    assert mock.get(f"/campaigns/{campaign}")[0] == 200, "declined, yet deleted"
    assert not paused.is_error, "pausing needs no confirmation"


async def test_without_elicitation_sending_tools_need_confirm_too(mock):
    async with stdio_client(mock) as client:
        history = (await client.call_tool("create_a_smartlead_campaign", {"name": "No ask"})).structured_content
        refused = error_of(await client.call_tool("smartlead_campaigns_update_campaign_status", {"campaign_id": history["id"], "status": "START"}))
        assert refused["kind"] == "confirmation_required" and "confirm" in refused["message"]
        assert mock.get(f"/campaigns/{history['id']}")[1]["status"] == "DRAFTED"
        reply = error_of(await client.call_tool("smartlead_campaign_leads_reply_to_lead", {"campaign_id": history["id"], "email_stats_id": "x", "email_body": "hi"}))
        assert reply["kind"] == "confirmation_required" and "email" in reply["message"]
        started = await client.call_tool("smartlead_campaigns_update_campaign_status", {"campaign_id": history["id"], "status": "START", "confirm": True})
    assert not started.is_error
    assert mock.get(f"/campaigns/{history['id']}")[1]["status"] == "ACTIVE"
