"""The Python package against the mock: reads, writes, every error kind, paging, the
README example, the compiled-component cache and the asyncio client."""

import asyncio
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import KEY, WASM, catalog_tools
from smartlead import (
    AsyncSmartlead,
    Smartlead,
    SmartleadDecodeError,
    SmartleadInvalidInput,
    SmartleadNotFound,
    SmartleadRateLimited,
    SmartleadRemoteError,
    SmartleadTransportError,
    SmartleadUnauthorized,
)


@pytest.fixture
def sl(mock):
    return Smartlead(api_key=KEY, base_url=mock.base_url, wasm=WASM)


def test_toolsets_name_the_groups_core_and_all(sl):
    sets = {s["name"]: s for s in sl.toolsets()}
    assert sets["all"]["tools"] == catalog_tools()
    assert len(sets["core"]["tools"]) == 43 and "list_all_smartlead_campaigns" in sets["core"]["tools"]
    assert "smartlead_utilities_send_single_email" in sets["utilities"]["tools"] and sets["utilities"]["description"]
    groups = [s for s in sl.toolsets() if s["name"] not in ("core", "all")]
    assert sorted(t for s in groups for t in s["tools"]) == sorted(catalog_tools()), "every operation in exactly one group"


def test_methods_are_the_operations(sl):
    assert [t["name"] for t in sl.tools()] == catalog_tools()
    assert "list_all_smartlead_campaigns" in dir(sl)
    assert "next_cursor" in sl.list_all_smartlead_campaign_leads.__doc__
    with pytest.raises(AttributeError):
        sl.no_such_operation


def test_read_and_write(sl, mock):
    created = sl.create_a_smartlead_campaign(name="From Python")
    campaign = sl.get_single_smartlead_campaign_by_id(id=created["id"])
    assert (campaign["name"], campaign["status"]) == ("From Python", "DRAFTED")
    added = sl.create_a_smartlead_campaign_lead(
        campaign_id=created["id"], lead_list=[{"email": "py@example.com", "custom_fields": {"tier": "gold"}}]
    )
    assert added["total_leads"] == 1
    sent = [r for r in mock.requests() if r["path"] == f"/campaigns/{created['id']}/leads"]
    assert sent[0]["body"]["lead_list"][0]["custom_fields"] == {"tier": "gold"}
    assert all(dict(r["query"])["api_key"] == KEY for r in mock.requests())


def test_pages_walks_every_record(sl):
    campaign = sl.create_a_smartlead_campaign(name="Paged")["id"]
    leads = [{"email": f"p{i}@example.com"} for i in range(7)]
    sl.create_a_smartlead_campaign_lead(campaign_id=campaign, lead_list=leads)
    first = sl.list_all_smartlead_campaign_leads(campaign_id=campaign, limit=3)
    assert len(first["result"]) == 3 and first["next_cursor"]
    emails = [row["lead"]["email"] for row in sl.pages("list_all_smartlead_campaign_leads", campaign_id=campaign, limit=3)]
    assert emails == [lead["email"] for lead in leads]


def test_every_error_kind(sl, mock):
    with pytest.raises(SmartleadInvalidInput, match="campaign_id"):
        sl.list_all_smartlead_campaign_leads()
    with pytest.raises(SmartleadNotFound) as e:
        sl.get_single_smartlead_campaign_by_id(id=999)
    assert e.value.status == 404
    with pytest.raises(SmartleadRemoteError, match="Injected failure 500"):
        mock.fail_next({"status": 500})
        sl.list_all_smartlead_campaigns()
    with pytest.raises(SmartleadDecodeError):
        mock.fail_next("malformed_body")
        sl.list_all_smartlead_campaigns()
    with pytest.raises(SmartleadRateLimited) as e:
        mock.fail_next({"rate_limited": {"retry_after_secs": 7}})
        Smartlead(api_key=KEY, base_url=mock.base_url, wasm=WASM, max_retries=0).list_all_smartlead_campaigns()
    assert (e.value.status, e.value.retry_after_ms) == (429, 7000)
    with pytest.raises(SmartleadUnauthorized):
        Smartlead(api_key="wrong", base_url=mock.base_url, wasm=WASM).list_all_smartlead_campaigns()
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(SmartleadTransportError):
        Smartlead(api_key=KEY, base_url=f"http://127.0.0.1:{port}/api/v1", wasm=WASM, max_retries=0).list_all_smartlead_campaigns()


def test_the_readme_example_runs(mock, capsys, monkeypatch):
    guide = (Path(__file__).resolve().parents[3] / "docs" / "embedding.md").read_text()
    section = guide.split("## Use it from Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.setenv("SMARTLEAD_API_KEY", KEY)
    monkeypatch.setenv("SMARTLEAD_BASE_URL", mock.base_url)
    monkeypatch.setenv("SMARTLEAD_WASM", WASM)
    exec(compile(code, "docs/embedding.md", "exec"), {})
    out = capsys.readouterr().out
    assert "ada@example.com STARTED" in out and "not found:" in out
    assert "imported: 1 rejected: ['\"not-an-email\" is not an email address']" in out


def test_a_server_that_never_answers_is_a_transport_error_at_the_timeout(mock):
    """The component bounds the wait itself, so Python times out as every host does."""
    import threading

    mock.fail_next({"delay": 3_600_000})
    outcome = {}

    def call():
        try:
            Smartlead(api_key=KEY, base_url=mock.base_url, wasm=WASM, timeout_ms=1000, max_retries=0).list_all_smartlead_campaigns()
        except Exception as e:  # noqa: BLE001 - the kind is asserted below
            outcome["error"] = e

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    # A watchdog, not a timing assertion: without the bound the call would wait an hour.
    worker.join(60)
    assert not worker.is_alive(), "the call is still waiting for a server that never answers"
    assert isinstance(outcome.get("error"), SmartleadTransportError), outcome


def test_import_leads_runs_the_components_bulk_import(sl, mock):
    campaign = sl.create_a_smartlead_campaign(name="Bulk from Python")["id"]
    rows = ["Email Address,First Name,Company,Job Title"]
    rows += [f'py{i}@example.com,Py {i},"Acme, Inc",CTO' for i in range(250)]
    rows += ["not-an-email,X,,", "PY7@example.com,Again,,"]
    report = sl.import_leads(campaign, "\r\n".join(rows) + "\r\n", mapping={"Job Title": "custom_fields.title"})
    assert (report["rows"], report["batches"], report["batches_done"], report["added"]) == (252, 3, 3, 250)
    assert [(r["row"], r["reason"]) for r in report["rejected"]] == [
        (251, '"not-an-email" is not an email address'),
        (252, "the same email as row 8"),
    ]
    batches = [r["body"]["lead_list"] for r in mock.requests() if r["method"] == "POST" and r["path"] == f"/campaigns/{campaign}/leads"]
    assert [len(b) for b in batches] == [100, 100, 50]
    assert batches[0][0] == {"email": "py0@example.com", "first_name": "Py 0", "company_name": "Acme, Inc", "custom_fields": {"title": "CTO"}}
    assert report["stopped"] is None
    with pytest.raises(SmartleadInvalidInput, match="no column holds the email"):
        sl.import_leads(campaign, "name\nAda\n")
    with pytest.raises(TypeError, match="unknown import settings"):
        sl.import_leads(campaign, "email\na@b.co\n", ignore_everything=True)


def test_the_compiled_component_is_kept_on_disk_and_a_bad_copy_is_compiled_again(tmp_path, monkeypatch, mock):
    from smartlead import _load

    monkeypatch.setenv("SMARTLEAD_CACHE_DIR", str(tmp_path))
    assert _load(WASM)[2] is False, "a cold cache compiles"
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".cwasm", ".seal"]
    assert _load(WASM)[2] is True, "the next load maps the compiled file"
    entry = next(tmp_path.glob("*.cwasm"))
    whole = entry.read_bytes()
    entry.write_bytes(whole[: len(whole) // 2])
    assert _load(WASM)[2] is False, "a torn file is compiled again, never loaded"
    assert _load(WASM)[2] is True, "and written whole again"
    entry.write_bytes(whole[:-1] + bytes([whole[-1] ^ 1]))
    assert _load(WASM)[2] is False, "a file altered in place, its size unchanged, is compiled again"
    entry.unlink()
    entry.write_bytes(whole)
    assert _load(WASM)[2] is True, "a restored copy, byte for byte what was sealed, is used"
    seal = entry.with_suffix(".seal").read_text()
    assert _load(WASM)[2] is True and entry.with_suffix(".seal").read_text() == seal, "and sealed as it now stands"
    monkeypatch.setenv("SMARTLEAD_CACHE_DIR", "off")
    assert _load(WASM)[2] is False

    # Fresh processes, the first filling the cache, the second loading from it: the same answer.
    program = "import smartlead; print(smartlead.Smartlead().list_all_smartlead_campaigns()['result_count'])"
    env = {**os.environ, "SMARTLEAD_CACHE_DIR": str(tmp_path / "fresh"), "SMARTLEAD_API_KEY": KEY, "SMARTLEAD_BASE_URL": mock.base_url, "SMARTLEAD_WASM": WASM}
    runs = [subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True).stdout for _ in range(2)]
    assert runs[0] == runs[1] and runs[0].strip().isdigit(), runs
    assert len(list((tmp_path / "fresh").glob("*.cwasm"))) == 1


def test_async_calls_run_side_by_side_and_match_the_sync_client(mock):
    async def main():
        async with AsyncSmartlead(api_key=KEY, base_url=mock.base_url, wasm=WASM, concurrency=3) as sl:
            created = await sl.create_a_smartlead_campaign(name="Async")
            got = await asyncio.gather(*(sl.get_single_smartlead_campaign_by_id(id=created["id"]) for _ in range(6)))
            names = [c["name"] async for c in sl.pages("list_all_smartlead_campaigns")]
            typed_pages = await asyncio.gather(*(sl.campaigns.list_all_smartlead_campaigns() for _ in range(3)))
            assert all(p.result == typed_pages[0].result and p.result_count >= 1 for p in typed_pages), "the typed surface, async"
            return created, got, names, sl._made

    created, got, names, made = asyncio.run(main())
    assert made == 3, "calls overlapped: three instances were busy at once"
    sync = Smartlead(api_key=KEY, base_url=mock.base_url, wasm=WASM).get_single_smartlead_campaign_by_id(id=created["id"])
    assert all(g == sync for g in got)
    assert "Async" in names
    with pytest.raises(SmartleadNotFound):
        asyncio.run(AsyncSmartlead(api_key=KEY, base_url=mock.base_url, wasm=WASM).get_single_smartlead_campaign_by_id(id=999))
