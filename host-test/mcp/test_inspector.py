"""`smartlead mcp` through the MCP Inspector CLI (Node), over stdio and Streamable HTTP."""

import json
import subprocess
from pathlib import Path

from conftest import ALL, KEY, META, SMARTLEAD, catalog_tools, listed, server_env

INSPECTOR = str(Path(__file__).parent / "node_modules/.bin/mcp-inspector")


def inspect(target_args, *method_args):
    out = subprocess.run([INSPECTOR, "--cli", *target_args, *method_args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert KEY not in out.stdout + out.stderr
    return json.loads(out.stdout)


def stdio_target(mock):
    env_args = [arg for k, v in server_env(mock).items() for arg in ("-e", f"{k}={v}")]
    return [*env_args, SMARTLEAD, "mcp", *ALL]


def check(target):
    tools = inspect(target, "--method", "tools/list")["tools"]
    assert [t["name"] for t in tools] == listed()
    assert {t["name"] for t in tools} >= {"list_all_smartlead_campaigns", "delete_a_smartlead_campaign_by_id"}
    result = inspect(target, "--method", "tools/call", "--tool-name", "list_all_smartlead_lead_category")
    assert result.get("isError") in (None, False)
    assert result["structuredContent"]["result"][0]["name"] == "Interested"


def test_inspector_over_stdio(mock):
    check(stdio_target(mock))


def test_inspector_over_streamable_http(http_server):
    check([http_server, "--transport", "http"])


def test_inspector_chooses_toolsets_by_header_and_path_searches_calls_and_reads_a_resource(http_server, mock):
    target = [http_server, "--transport", "http"]
    by_header = inspect([*target, "--header", "X-MCP-Toolsets: webhooks"], "--method", "tools/list")["tools"]
    assert [t["name"] for t in by_header] == listed("webhooks")
    by_path = inspect([http_server.rstrip("/") + "/x/utilities", "--transport", "http"], "--method", "tools/list")["tools"]
    assert [t["name"] for t in by_path] == listed("utilities")
    found = inspect([*target, "--header", "X-MCP-Toolsets: webhooks"], "--method", "tools/call", "--tool-name", META[0], "--tool-arg", "query=list lead categories")
    name = found["structuredContent"]["result"][0]["name"]
    assert name == "list_all_smartlead_lead_category", found
    called = inspect([*target, "--header", "X-MCP-Toolsets: webhooks"], "--method", "tools/call", "--tool-name", META[1], "--tool-arg", f"name={name}")
    assert called["structuredContent"]["result"][0]["name"] == "Interested"
    read = inspect(target, "--method", "resources/read", "--uri", "smartlead://lead-categories")
    status, categories = mock.get("/leads/fetch-categories")
    assert [c["name"] for c in json.loads(read["contents"][0]["text"])] == [c["name"] for c in categories]
