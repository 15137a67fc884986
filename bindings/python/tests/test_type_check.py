"""`mypy --strict` on a program written against the typed API: it passes as written, and
fails on a copy that names a field the WIT does not have or misuses a returned one."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]

PROGRAM = '''
from smartlead import AsyncSmartlead, Smartlead
from smartlead.typed import CampaignLookup, InputFormat, NewCampaign, Page


def newest_campaign(sl: Smartlead) -> str:
    created = sl.campaigns.create_a_smartlead_campaign(args=NewCampaign(name="Typed"))
    campaign = sl.campaigns.get_single_smartlead_campaign_by_id(CampaignLookup(campaign_id=created.id))
    page = sl.campaigns.list_all_smartlead_campaigns(page=Page(limit=10))
    plan = sl.bulk.plan_import(b"email\\\\nada@example.com\\\\n", InputFormat.CSV)
    ids: list[int] = [c.id for c in page.result]
    return f"{campaign.name} {len(ids)} {len(plan.batches)}"


async def campaigns_now(sl: AsyncSmartlead) -> int:
    page = await sl.campaigns.list_all_smartlead_campaigns()
    return page.result_count
'''


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "program.py"
    program.write_text(source)
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental", str(program)]
    return subprocess.run(command, cwd=tmp_path, env={"MYPYPATH": str(PACKAGE), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)


def test_a_program_on_the_typed_api_passes_mypy_strict(tmp_path):
    checked = mypy(tmp_path, PROGRAM)
    assert checked.returncode == 0, checked.stdout


def test_a_wrong_field_name_fails_mypy(tmp_path):
    wrong = PROGRAM.replace("CampaignLookup(campaign_id=created.id)", "CampaignLookup(id=created.id)")
    checked = mypy(tmp_path, wrong)
    assert checked.returncode == 1 and 'Unexpected keyword argument "id" for "CampaignLookup"' in checked.stdout, checked.stdout
    misused = PROGRAM.replace("[c.id for c in page.result]", "[c.name for c in page.result]")
    checked = mypy(tmp_path, misused)
    assert checked.returncode == 1 and "List comprehension has incompatible type List[str | None]" in checked.stdout, checked.stdout
    not_awaited = PROGRAM.replace("page = await sl.campaigns", "page = sl.campaigns")
    checked = mypy(tmp_path, not_awaited)
    assert checked.returncode == 1 and "Coroutine" in checked.stdout, checked.stdout
