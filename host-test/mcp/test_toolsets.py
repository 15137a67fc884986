"""Toolsets, search-and-call and resources through the official Python MCP client: what a
plain `smartlead mcp` lists, choosing toolsets by flag, header and path, read-only mode
over every selection and the call tool, and the account's data read as resources."""

import json
import urllib.request

import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from conftest import META, SMARTLEAD, listed, server_env

pytestmark = pytest.mark.anyio

SEARCH, CALL = META
# The most a plain `smartlead mcp` may list, in bytes of JSON (about 10,000 tokens).
BUDGET = 40_000


@pytest.fixture
def anyio_backend():
    return "asyncio"


def stdio(mock, *flags):
    return Client(StdioServerParameters(command=SMARTLEAD, args=["mcp", *flags], env=server_env(mock)))


def with_header(url, toolsets):
    return Client(streamable_http_client(url, http_client=httpx2.AsyncClient(headers={"X-MCP-Toolsets": toolsets})))


def requests_to(mock):
    root = mock.base_url.rsplit("/api/v1", 1)[0]
    with urllib.request.urlopen(f"{root}/__mock/requests") as response:
        return json.loads(response.read())


def listing_bytes(tools):
    return len(json.dumps([t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools], separators=(",", ":")))


async def test_a_plain_server_lists_its_default_toolsets_and_the_two_meta_tools_within_40_kb(mock):
    async with stdio(mock) as client:
        tools = (await client.list_tools()).tools
        names = [t.name for t in tools]
        assert names == listed("campaign-leads", "leads")
        assert listing_bytes(tools) <= BUDGET, listing_bytes(tools)
        # A tool outside the selection is refused, with the way to it, and nothing is sent.
        before = len(requests_to(mock))
        with pytest.raises(Exception, match=f"not in this session's toolsets.*{CALL}"):
            await client.call_tool("create_a_smartlead_campaign", {"name": "Direct"})
        assert len(requests_to(mock)) == before
        created = await client.call_tool(CALL, {"name": "create_a_smartlead_campaign", "arguments": {"name": "Through call"}})
        assert not created.is_error, created.content[0].text
        assert mock.get(f"/campaigns/{created.structured_content['id']}")[1]["name"] == "Through call"


async def test_toolsets_are_chosen_by_flag_header_and_path(mock, http_server):
    async with stdio(mock, "--toolsets", "webhooks,utilities", "--no-search-and-call") as client:
        names = [t.name for t in (await client.list_tools()).tools]
    assert names == listed("webhooks", "utilities")[:-2]
    # The HTTP server was started with --toolsets all: a request chooses its own.
    async with with_header(http_server, "analytics") as client:
        names = [t.name for t in (await client.list_tools()).tools]
    assert names == listed("analytics")
    async with Client(http_server.rstrip("/") + "/x/crm,lead-lists") as client:
        names = [t.name for t in (await client.list_tools()).tools]
        with pytest.raises(Exception, match="not in this session's toolsets"):
            await client.call_tool("list_all_smartlead_campaigns", {})
    assert names == listed("crm", "lead-lists")
    async with with_header(http_server, "inbox") as client:
        with pytest.raises(Exception, match='"inbox" is not a toolset.*master-inbox'):
            await client.list_tools()
    async with Client(http_server) as client:
        assert [t.name for t in (await client.list_tools()).tools] == listed()


async def test_read_only_wins_over_every_selection_and_over_the_call_tool(mock):
    async with stdio(mock, "--read-only", "--toolsets", "all") as client:
        tools = (await client.list_tools()).tools
        assert tools and all(t.annotations.read_only_hint for t in tools)
        assert {SEARCH, CALL} <= {t.name for t in tools}
        found = (await client.call_tool(SEARCH, {"query": "create a campaign", "limit": 3})).structured_content["result"]
        assert "create_a_smartlead_campaign" in [f["name"] for f in found], "search still finds writes"
        before = len(requests_to(mock))
        with pytest.raises(Exception, match="read-only"):
            await client.call_tool(CALL, {"name": "create_a_smartlead_campaign", "arguments": {"name": "nope"}})
        with pytest.raises(Exception, match="read-only"):
            await client.call_tool(CALL, {"name": "delete_a_smartlead_campaign_by_id", "arguments": {"campaign_id": 1, "confirm": True}})
        assert len(requests_to(mock)) == before, "a refused write reached Smartlead"
        read = await client.call_tool(CALL, {"name": "list_all_smartlead_lead_category", "arguments": {}})
        assert read.structured_content["result"][0]["name"] == "Interested"


async def test_search_finds_saving_a_sequence_and_the_call_tool_saves_it(mock):
    async with stdio(mock) as client:
        found = await client.call_tool(SEARCH, {"query": "save a campaign's sequence"})
        hits = found.structured_content["result"]
        assert hits[0]["name"] == "smartlead_campaigns_save_sequences", [h["name"] for h in hits]
        assert hits[0]["route"]["path"] == "/campaigns/{campaign_id}/sequences" and hits[0]["effect"] == "write"
        assert "sequences" in hits[0]["input_schema"]["properties"]
        campaign = (await client.call_tool(CALL, {"name": "create_a_smartlead_campaign", "arguments": {"name": "Sequenced"}})).structured_content["id"]
        steps = [{"seq_number": 1, "subject": "Hi", "email_body": "<p>Hi {{first_name}}</p>", "seq_delay_details": {"delay_in_days": 0}}]
        saved = await client.call_tool(CALL, {"name": hits[0]["name"], "arguments": {"campaign_id": campaign, "sequences": steps}})
        assert not saved.is_error, saved.content[0].text
        # The same validation as the named tool: an empty sequence is invalid input.
        empty = await client.call_tool(CALL, {"name": hits[0]["name"], "arguments": {"campaign_id": campaign, "sequences": []}})
        assert empty.is_error and json.loads(empty.content[0].text)["error"]["kind"] == "invalid_input"
        # And the same confirmation: a delete through the call tool is refused without it.
        refused = await client.call_tool(CALL, {"name": "delete_a_smartlead_campaign_by_id", "arguments": {"campaign_id": campaign}})
        assert json.loads(refused.content[0].text)["error"]["kind"] == "confirmation_required"
        narrowed = await client.call_tool(SEARCH, {"query": "delete", "toolset": "webhooks", "effect": "destructive"})
        assert narrowed.structured_content["result"] and all(h["effect"] == "destructive" and "webhooks" in h["toolsets"] for h in narrowed.structured_content["result"])
        bad = await client.call_tool(SEARCH, {"query": "x", "toolset": "inbox"})
        assert bad.is_error and "master-inbox" in bad.content[0].text
    status, stored = mock.get(f"/campaigns/{campaign}/sequences")
    assert status == 200 and "<p>Hi {{first_name}}</p>" in [step["email_body"] for step in stored]
    assert mock.get(f"/campaigns/{campaign}")[0] == 200, "the refused delete deleted"


async def test_the_account_s_data_and_the_catalog_are_resources(mock):
    async with stdio(mock, "--read-only") as client:
        uris = {str(r.uri) for r in (await client.list_resources()).resources}
        assert uris == {"smartlead://campaigns", "smartlead://lead-categories", "smartlead://email-accounts", "smartlead://catalog"}
        categories = json.loads((await client.read_resource("smartlead://lead-categories")).contents[0].text)
        accounts = json.loads((await client.read_resource("smartlead://email-accounts")).contents[0].text)
        catalog = json.loads((await client.read_resource("smartlead://catalog")).contents[0].text)
        with pytest.raises(Exception, match="no resource smartlead://nothing"):
            await client.read_resource("smartlead://nothing")
    status, expected = mock.get("/leads/fetch-categories")
    assert [c["name"] for c in categories] == [c["name"] for c in expected]
    status, mailboxes = mock.get("/email-accounts/", limit=100)
    assert sorted(a["id"] for a in accounts) == sorted(m["id"] for m in mailboxes)
    assert {s["name"] for s in catalog["toolsets"]} >= {"campaigns", "master-inbox", "core"}
    assert all(op["effect"] == "read" for op in catalog["operations"]), "read-only: the catalog lists what can be called"


async def test_the_campaigns_resource_lists_the_account_s_campaigns(mock):
    async with stdio(mock) as client:
        for i in range(3):
            await client.call_tool(CALL, {"name": "create_a_smartlead_campaign", "arguments": {"name": f"R{i}"}})
        campaigns = json.loads((await client.read_resource("smartlead://campaigns")).contents[0].text)
    status, listed = mock.get("/campaigns/")
    assert sorted(c["id"] for c in campaigns) == sorted(c["id"] for c in listed) and len(campaigns) >= 3


async def test_the_tool_list_and_discovery_carry_cache_hints(mock):
    import mcp_types as types

    async with stdio(mock) as client:
        listed = await client.session.send_request(types.ListToolsRequest(), types.ListToolsResult)
        discovered = await client.session.send_request(types.DiscoverRequest(), types.DiscoverResult)
    assert (listed.ttl_ms, listed.cache_scope) == (3_600_000, "private")
    assert (discovered.ttl_ms, discovered.cache_scope) == (3_600_000, "private")
    assert "2026-07-28" in discovered.supported_versions
    assert "io.modelcontextprotocol/tasks" in (discovered.capabilities.extensions or {})
