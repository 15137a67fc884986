"""Fixtures for the MCP server tests: the mock Smartlead and the `smartlead` binary,
both real processes, started on free loopback ports and stopped after each test."""

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import CACHE, KEY, ROOT, SMARTLEAD, Mock, mock, start  # noqa: E402,F401


def catalog_tools(*toolsets):
    """The catalog's tools, in order, as the generated tool reference names them (a
    Rust test fails when that table is stale), so no test here counts them by hand; with
    toolsets named, only theirs (the table's second column)."""
    text = (ROOT / "docs" / "tools.md").read_text()
    rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| `")]
    return [row[0][3:].rstrip("`") for row in rows if not toolsets or row[1] in toolsets]


# The MCP tests below list and call any tool; a plain server lists a few toolsets only.
ALL = ["--toolsets", "all"]
# The two tools a server lists besides its toolsets'.
META = ["search_smartlead_operations", "call_smartlead_operation"]
# The file import, listed where adding leads to a campaign is, and the file export, where
# the one-answer CSV export is.
IMPORT = "smartlead_campaign_leads_import_file"
EXPORT = "smartlead_campaigns_export_file"


def listed(*toolsets):
    """What a server lists for these toolsets (none: all): their tools, the file import
    and export where they go, then the two meta-tools."""
    tools = catalog_tools(*toolsets)
    long_work = [IMPORT] if "create_a_smartlead_campaign_lead" in tools else []
    long_work += [EXPORT] if "smartlead_campaigns_export_campaign_leads_csv" in tools else []
    return tools + long_work + META
def server_env(mock: Mock) -> dict:
    return {"SMARTLEAD_API_KEY": KEY, "SMARTLEAD_BASE_URL": mock.base_url, "SMARTLEAD_CACHE_DIR": CACHE}


@pytest.fixture
def http_server(mock):
    """`smartlead mcp --http` on a free port; yields its /mcp URL."""
    env = {**os.environ, **server_env(mock)}
    proc, url = start([SMARTLEAD, "mcp", *ALL, "--http", "127.0.0.1:0"], env=env, banner_stream="stderr")
    yield url
    proc.kill()
    proc.wait()
