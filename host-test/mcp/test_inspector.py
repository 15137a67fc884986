"""`smartlead mcp` through the MCP Inspector CLI (Node), over stdio and Streamable HTTP."""

import json
import subprocess
from pathlib import Path

from conftest import KEY, SMARTLEAD, catalog_tools, server_env

INSPECTOR = str(Path(__file__).parent / "node_modules/.bin/mcp-inspector")


def inspect(target_args, *method_args):
    out = subprocess.run([INSPECTOR, "--cli", *target_args, *method_args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert KEY not in out.stdout + out.stderr
    return json.loads(out.stdout)


def stdio_target(mock):
    env_args = [arg for k, v in server_env(mock).items() for arg in ("-e", f"{k}={v}")]
    return [*env_args, SMARTLEAD, "mcp"]


def check(target):
    tools = inspect(target, "--method", "tools/list")["tools"]
    assert [t["name"] for t in tools] == catalog_tools()
    assert {t["name"] for t in tools} >= {"list_all_smartlead_campaigns", "delete_a_smartlead_campaign_by_id"}
    result = inspect(target, "--method", "tools/call", "--tool-name", "list_all_smartlead_lead_category")
    assert result.get("isError") in (None, False)
    assert result["structuredContent"]["result"][0]["name"] == "Interested"


def test_inspector_over_stdio(mock):
    check(stdio_target(mock))


def test_inspector_over_streamable_http(http_server):
    check([http_server, "--transport", "http"])
