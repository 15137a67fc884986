"""The connect page in a real browser (Debian's headless Chromium through Playwright):
an end user links their own Smartlead key, checked by the mock, kept sealed, and the
platform hears of it by redirect, by `openConnect` or in the events feed; dead links say
why and send nothing; the key is nowhere in clear."""

import json
import os
import subprocess
import time
import urllib.parse
import urllib.request
from datetime import datetime

from conftest import CHROMIUM, KEY, LOGIN_TOKEN, MASTER_KEY, SMARTLEAD, popup_from, shot, wait_until

WRONG = "not-the-right-key-0000"
KEY_FIELD = "Smartlead API key"
SUBMIT = "Link account"


def probes(mock, key):
    """The requests that reached the mock with `key`."""
    return [r for r in mock.requests() if dict(r["query"]).get("api_key") == key]


def submit(page, key, plan=None):
    page.get_by_label(KEY_FIELD).fill(key)
    if plan:
        page.get_by_label(plan).check()
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=SUBMIT).click()
    return navigation.value


def link(page, url, returns_to):
    """Opens the page at `url`, links the right key, and waits to be sent back to
    `returns_to`; the query it came back with."""
    page.goto(url)
    page.get_by_label(KEY_FIELD).fill(KEY)
    page.get_by_role("button", name=SUBMIT).click()
    page.wait_for_url(f"{returns_to}?*")
    return urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)


def app_page(gateway_url, opened, mode="popup"):
    """A platform page that opens the connect page with the gateway's own connect.js."""
    return f"""<!doctype html><title>Platform</title><button id="connect">Connect Smartlead</button>
<script type="module">
import {{ openConnect }} from "{gateway_url}/connect.js";
window.messages = [];
window.addEventListener("message", (e) => window.messages.push(e.data));
document.getElementById("connect").addEventListener("click", () => {{
  openConnect({{ url: {json.dumps(opened["url"])}, expiresAt: {json.dumps(opened["expires_at"])}, mode: {json.dumps(mode)} }})
    .then((r) => {{ window.outcome = r; }}, (e) => {{ window.outcome = {{ error: e.kind, message: e.message }}; }});
}});
</script>"""


def test_the_page_loads_under_its_policy_with_no_console_errors(gateway, browser, console):
    opened = gateway.session()
    assert opened["url"] == f"{gateway.url}/connect/{opened['token']}" and len(opened["token"]) == 43
    page = browser.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    response = page.goto(opened["url"])
    assert response.status == 200
    csp = response.headers["content-security-policy"]
    assert csp.startswith("default-src 'none'; style-src 'sha256-") and "script-src 'sha256-" in csp, csp
    assert "frame-ancestors 'none'" in csp and "unsafe" not in csp, csp
    assert response.headers["referrer-policy"] == "no-referrer" and response.headers["cache-control"] == "no-store"
    # Self-contained: the page is the one request (its icon is a data: URL).
    assert [u for u in requested if not u.startswith("data:")] == [opened["url"]]
    assert page.get_by_role("heading", level=1).inner_text() == "Link your Smartlead account to Acme CRM"
    assert page.get_by_label(KEY_FIELD).get_attribute("type") == "password"
    assert "Activate API" in page.locator("#key-help").inner_text()
    assert page.get_by_role("group", name="Your Smartlead plan").is_visible()
    assert "Ada Lovelace" in page.inner_text("main")
    # The inline style applied (a blocked style would leave the default font weight).
    assert page.get_by_role("button", name=SUBMIT).evaluate("b => getComputedStyle(b).fontWeight") == "600"
    shot(page, "01-form")
    assert console == []


def test_a_wrong_key_shows_the_refusal_stores_nothing_and_counts_a_try(gateway, browser, console, mock):
    opened = gateway.session()
    page = browser.new_page()
    page.goto(opened["url"])
    response = submit(page, WRONG)
    assert response.status == 422
    alert = page.get_by_role("alert").inner_text()
    assert "Smartlead did not accept this key" in alert and "4 tries left" in alert, alert
    assert page.get_by_label(KEY_FIELD).get_attribute("aria-invalid") == "true"
    assert page.get_by_label(KEY_FIELD).input_value() == ""
    assert len(probes(mock, WRONG)) == 1
    assert gateway.accounts() == [] and gateway.events(kind="account.linked") == []
    shot(page, "02-refused")
    # The session lives on with the try counted.
    page.goto(opened["url"])
    assert "4 tries left" in page.inner_text("form")
    assert console == []


def test_the_right_key_links_by_redirect_with_the_id_and_state(gateway, browser, sites, console, mock):
    site = sites["allowed"]
    opened = gateway.session(return_url=f"{site.origin}/linked?from=connect", state="st-123")
    page = browser.new_page()
    page.goto(opened["url"])
    shot(page, "03-form-with-return")
    page.get_by_label(KEY_FIELD).fill(KEY)
    page.get_by_label("Pro").check()
    page.get_by_role("button", name=SUBMIT).click()
    page.wait_for_url(f"{site.origin}/linked?*")
    shot(page, "04-returned")
    query = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)
    assert query["from"] == ["connect"] and query["state"] == ["st-123"], query
    account_id = query["integrated_account_id"][0]
    [account] = gateway.accounts(end_user_id="user-42")
    assert account["id"] == account_id and account["plan"] == "pro" and account["name"] == "user-42"
    assert account["end_user"] == {"id": "user-42", "display_name": "Ada Lovelace"}
    assert gateway.accounts(end_user_id="someone-else") == []
    # The account is spent by naming it.
    before = len(probes(mock, KEY))
    status, _ = gateway.call("GET", f"/proxy/campaigns?integrated_account_id={account_id}")
    assert status == 200 and len(probes(mock, KEY)) == before + 1
    [linked] = gateway.events(kind="account.linked")
    assert linked["integrated_account_id"] == account_id and linked["end_user_id"] == "user-42" and "api_key" not in json.dumps(linked)
    # The same end user linking again rotates the key in place: same account.
    again = gateway.session(return_url=f"{site.origin}/linked")
    assert link(page, again["url"], f"{site.origin}/linked")["integrated_account_id"] == [account_id]
    [rotated] = gateway.events(kind="account.rotated")
    assert rotated["integrated_account_id"] == account_id
    assert [a["plan"] for a in gateway.accounts()] == ["standard"]
    # Unlinking is announced too.
    assert gateway.call("DELETE", f"/accounts/{account_id}")[0] == 200
    assert [e["kind"] for e in gateway.events()] == ["account.linked", "account.rotated", "account.unlinked"]
    assert console == []


def test_open_connect_resolves_with_the_account_on_an_allowed_origin(gateway, browser, sites, console):
    site = sites["allowed"]
    opened = gateway.session(allowed_origins=[site.origin])
    site.pages["/app"] = app_page(gateway.url, opened)
    page = browser.new_page()
    page.goto(f"{site.origin}/app")
    popup = popup_from(page, "Connect Smartlead")
    shot(popup, "05-popup")
    popup.get_by_label(KEY_FIELD).fill(KEY)
    popup.get_by_role("button", name=SUBMIT).click()
    outcome = page.wait_for_function("window.outcome").json_value()
    [account] = gateway.accounts(end_user_id="user-42")
    assert outcome == {"integrated_account_id": account["id"]}
    wait_until(popup.is_closed, what="connect.js to close the popup", pump=page)
    assert console == []


def test_open_connect_in_an_iframe_on_an_allowed_origin(gateway, browser, sites, console):
    site = sites["allowed"]
    opened = gateway.session(allowed_origins=[site.origin])
    site.pages["/app"] = app_page(gateway.url, opened, mode="iframe")
    page = browser.new_page()
    page.goto(f"{site.origin}/app")
    page.get_by_role("button", name="Connect Smartlead").click()
    frame = page.frame_locator("iframe[title='Link your Smartlead account']")
    frame.get_by_label(KEY_FIELD).fill(KEY)
    shot(page, "06-iframe")
    frame.get_by_role("button", name=SUBMIT).click()
    outcome = page.wait_for_function("window.outcome").json_value()
    assert outcome == {"integrated_account_id": gateway.accounts()[0]["id"]}
    assert page.locator("iframe").count() == 0
    assert console == []


def test_a_page_on_another_origin_hears_nothing(gateway, browser, sites):
    allowed, other = sites["allowed"], sites["other"]
    opened = gateway.session(allowed_origins=[allowed.origin])
    other.pages["/app"] = app_page(gateway.url, opened)
    page = browser.new_page()
    page.goto(f"{other.origin}/app")
    popup = popup_from(page, "Connect Smartlead")
    popup.get_by_label(KEY_FIELD).fill(KEY)
    with popup.expect_navigation():
        popup.get_by_role("button", name=SUBMIT).click()
    assert "is linked" in popup.inner_text("h1")
    # Messages from one window arrive in order: once a marker posted after the page's
    # own script ran has arrived, the outcome would have arrived before it.
    popup.evaluate("window.opener.postMessage({type: 'marker'}, '*')")
    page.wait_for_function("window.messages.some(m => m && m.type === 'marker')")
    kinds = page.evaluate("window.messages.map(m => m && m.type)")
    assert kinds == ["marker"], kinds
    assert page.evaluate("window.outcome") is None
    # Nor may another origin frame the page at all.
    blocked = []
    page.on("console", lambda m: blocked.append(m.text))
    page.set_content(f'<iframe src="{gateway.session(allowed_origins=[allowed.origin])["url"]}"></iframe>')
    wait_until(lambda: any("frame-ancestors" in text for text in blocked), what="the browser to refuse the frame", pump=page)


def test_without_javascript_the_form_still_links(playwright_driver, gateway, sites):
    site = sites["allowed"]
    opened = gateway.session(return_url=f"{site.origin}/linked", state="no-js")
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True)
    try:
        page = browser.new_context(java_script_enabled=False).new_page()
        page.goto(opened["url"])
        assert submit(page, WRONG).status == 422
        assert "4 tries left" in page.get_by_role("alert").inner_text()
        page.get_by_label(KEY_FIELD).fill(KEY)
        page.get_by_role("button", name=SUBMIT).click()
        page.wait_for_url(f"{site.origin}/linked?*")
        shot(page, "07-no-javascript-returned")
        query = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)
        assert query["state"] == ["no-js"] and query["integrated_account_id"] == [gateway.accounts()[0]["id"]]
    finally:
        browser.close()


def test_dead_tokens_each_get_a_clear_page_and_send_nothing(gateway_factory, browser, mock, sites, console):
    gateway = gateway_factory("--connect-attempts", "2", name="main")
    # A replica whose sessions last one second, on the same store.
    brief = gateway_factory("--connect-ttl-secs", "1", accounts_db=gateway.accounts_db, name="brief")
    page = browser.new_page()

    def dead(url, status, heading, name):
        """The page at `url` says `heading` with `status`, for a look and for a post of a
        key, and nothing reaches the mock for either."""
        sent = len(mock.requests())
        response = page.goto(url)
        assert (response.status, page.get_by_role("heading", level=1).inner_text()) == (status, heading)
        assert "Ask Acme CRM for a new link" in page.inner_text("main")
        shot(page, name)
        posted = page.request.post(url, form={"api_key": KEY, "plan": "standard"})
        assert posted.status == status and heading in posted.text()
        assert len(mock.requests()) == sent

    dead(f"{gateway.url}/connect/{'A' * 43}", 404, "This link is not valid", "08-forged")
    dead(f"{gateway.url}/connect/short", 404, "This link is not valid", "08-forged-short")

    expiring = brief.session()
    expires = datetime.fromisoformat(expiring["expires_at"].replace("Z", "+00:00")).timestamp()
    wait_until(lambda: time.time() > expires + 0.01, timeout=5, what="the session's expiry")
    dead(expiring["url"], 410, "This link has expired", "09-expired")

    used = gateway.session(return_url=f"{sites['allowed'].origin}/linked")
    link(page, used["url"], f"{sites['allowed'].origin}/linked")
    dead(used["url"], 410, "This link was already used", "10-used")

    spent = gateway.session(end_user="user-43")
    page.goto(spent["url"])
    assert submit(page, WRONG).status == 422
    assert submit(page, WRONG).status == 410
    assert page.get_by_role("heading", level=1).inner_text() == "This link has no tries left"
    assert len(probes(mock, WRONG)) == 2
    dead(spent["url"], 410, "This link has no tries left", "11-exhausted")
    assert [a["end_user"]["id"] for a in gateway.accounts()] == ["user-42"]
    assert console == []


def test_the_key_is_nowhere_in_clear(gateway, browser, sites, workdir, mock):
    site = sites["allowed"]
    opened = gateway.session(return_url=f"{site.origin}/linked", state="s")
    page = browser.new_page()
    page.goto(opened["url"])
    assert submit(page, WRONG).status == 422
    page.get_by_label(KEY_FIELD).fill(KEY)
    page.get_by_role("button", name=SUBMIT).click()
    page.wait_for_url(f"{site.origin}/linked?*")
    history = [page.url]
    with urllib.request.urlopen(urllib.request.Request(f"{gateway.url}/metrics", headers={"authorization": f"Bearer {LOGIN_TOKEN}"})) as r:
        metrics = r.read().decode()
    browser.close()
    secrets = [KEY.encode(), WRONG.encode()]
    # The browser's profile, its history among it, holds the pages visited but no key.
    profile = [p for p in (workdir / "profile").rglob("*") if p.is_file()]
    assert any(p.name == "History" for p in profile)
    assert any(site.origin.encode() in p.read_bytes() for p in profile if p.name.startswith("History"))
    for path in profile:
        data = path.read_bytes()
        assert not any(s in data for s in secrets), path
    assert all(KEY not in url for url in history)
    # Nor in the gateway's log (at debug), its metrics, or its databases; the page's
    # token is cut from the log too.
    log = gateway.log.read_text()
    assert "/connect/…" in log and opened["token"] not in log
    for text in [log, metrics]:
        assert KEY not in text and WRONG not in text
    for path in workdir.glob("*.db*"):
        assert not any(s in path.read_bytes() for s in secrets), path
    assert len(probes(mock, KEY)) == 1


def test_two_replicas_on_one_postgres_complete_each_others_sessions(gateway_factory, postgres, browser, sites):
    site = sites["allowed"]
    a = gateway_factory(accounts_db=postgres, name="a")
    b = gateway_factory(accounts_db=postgres, name="b")
    opened = a.session(return_url=f"{site.origin}/linked")
    page = browser.new_page()
    page.goto(opened["url"].replace(a.url, b.url))
    assert submit(page, WRONG).status == 422
    page.get_by_label(KEY_FIELD).fill(KEY)
    page.get_by_role("button", name=SUBMIT).click()
    page.wait_for_url(f"{site.origin}/linked?*")
    shot(page, "12-replica-b")
    account_id = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)["integrated_account_id"][0]
    assert [x["id"] for x in a.accounts(end_user_id="user-42")] == [account_id]
    # Used on b, dead on a: one session, one store.
    assert page.goto(opened["url"]).status == 410


def test_support_staff_make_a_link_from_the_command_line(gateway, browser, sites):
    site = sites["allowed"]
    env = {**os.environ, "SMARTLEAD_MASTER_KEY": MASTER_KEY}
    create = [SMARTLEAD, "connect", "create", "--end-user", "user-77", "--accounts-db", gateway.accounts_db]
    done = subprocess.run([*create, "--public-url", gateway.url, "--return-url", f"{site.origin}/linked"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    url = done.stdout.strip()
    assert url.startswith(f"{gateway.url}/connect/") and "expires at" in done.stderr
    page = browser.new_page()
    link(page, url, f"{site.origin}/linked")
    assert [a["name"] for a in gateway.accounts(end_user_id="user-77")] == ["user-77"]
    # Without the address browsers reach, there is no URL to print.
    env.pop("SMARTLEAD_PUBLIC_URL", None)
    missing = subprocess.run(create, env=env, capture_output=True, text=True)
    assert missing.returncode == 2 and "--public-url" in missing.stderr and missing.stdout == ""


def test_open_connect_rejects_when_the_popup_closes_or_the_last_try_is_refused(gateway_factory, browser, sites, mock):
    gateway = gateway_factory("--connect-attempts", "1")
    site = sites["allowed"]
    page = browser.new_page()

    def open_popup(opened, path):
        site.pages[path] = app_page(gateway.url, opened)
        page.goto(f"{site.origin}{path}")
        return popup_from(page, "Connect Smartlead")

    open_popup(gateway.session(allowed_origins=[site.origin]), "/closing").close()
    assert page.wait_for_function("window.outcome").json_value()["error"] == "closed"

    popup = open_popup(gateway.session(end_user="user-43", allowed_origins=[site.origin]), "/refused")
    popup.get_by_label(KEY_FIELD).fill(WRONG)
    popup.get_by_role("button", name=SUBMIT).click()
    outcome = page.wait_for_function("window.outcome").json_value()
    assert outcome["error"] == "exhausted" and "no tries left" in outcome["message"], outcome
    assert gateway.accounts() == [] and len(probes(mock, WRONG)) == 1
