"""docs/connect.md as written: the backend's curl call, the frontend snippet on the
platform's page, and what comes back, run in a real browser against a real gateway.
Only addresses change: the gateway's, the token file's place and the platform's origin."""

import json
import re
import subprocess

from conftest import KEY, ROOT, popup_from, shot, wait_until

GUIDE = (ROOT / "docs" / "connect.md").read_text()
DOC_GATEWAY = "http://127.0.0.1:8080"
DOC_ORIGIN = "https://app.acme.example"


def block(language, starting):
    """The guide's fenced block in `language` whose first line starts with `starting`."""
    for found in re.findall(rf"```{language}\n(.*?)```", GUIDE, re.S):
        if found.startswith(starting):
            return found
    raise AssertionError(f"docs/connect.md has no {language} block starting {starting!r}")


def test_the_guide_walks_a_platform_through_embedding_the_page(gateway, browser, sites, workdir, console):
    site = sites["allowed"]
    (workdir / "tokens.txt").write_text((workdir / "tokens").read_text())
    backend_call = block("sh", "G=").replace(f"G={DOC_GATEWAY}", f"G={gateway.url}").replace(DOC_ORIGIN, site.origin)

    def session(_body):
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", backend_call], cwd=workdir, capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    linked = []
    site.backend["/api/smartlead/session"] = session
    site.backend["/api/smartlead/linked"] = lambda body: linked.append(body) or {}
    snippet = block("html", "<button").replace(DOC_GATEWAY, gateway.url)
    site.pages["/settings"] = f"<!doctype html><title>Acme CRM settings</title>{snippet}"

    page = browser.new_page()
    page.goto(f"{site.origin}/settings")
    popup = popup_from(page, "Link your Smartlead account")
    assert "Ada Lovelace" in popup.inner_text("main")
    popup.get_by_label("Smartlead API key").fill(KEY)
    shot(popup, "13-guide-popup")
    popup.get_by_role("button", name="Link account").click()
    wait_until(lambda: linked, what="the snippet to report the linked account to the platform's backend", pump=page)

    # What comes back, as the guide says: the id in the browser, the account by end user,
    # and the event.
    [account] = gateway.accounts(end_user_id="user-42")
    assert linked == [{"integrated_account_id": account["id"]}]
    assert account["end_user"] == {"id": "user-42", "display_name": "Ada Lovelace"} and account["name"] == "user-42"
    assert set(account) == {"id", "name", "plan", "created_at", "verified_at", "end_user"}
    [event] = gateway.events(kind="account.linked")
    assert event["integrated_account_id"] == account["id"]
    wait_until(popup.is_closed, what="the popup to close", pump=page)
    assert console == []
