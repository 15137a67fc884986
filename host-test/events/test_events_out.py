"""Events pushed to the platform: each kept event goes to every subscription that takes
it, signed per Standard Webhooks (checked by the `standardwebhooks` package from PyPI),
at least once, retried on the schedule, final on a 4xx, and a subscription failing for
the whole schedule is disabled, saying so in the feed."""

import concurrent.futures
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from conftest import KEY, SMARTLEAD, wait_until


def verify(secret, received):
    """The delivery as the independent verifier reads it (raises when it does not verify)."""
    return Webhook(secret).verify(received.body, received.headers)


def test_deliveries_verify_with_standard_webhooks_and_tampering_does_not(gateway, endpoint):
    made = gateway.subscribe(endpoint.url)
    assert made["secret"].startswith("whsec_") and made["result"]["url"] == endpoint.url
    assert gateway.webhook(event_type="EMAIL_REPLY", campaign_id=7, sl_lead_email="ada@example.com", n=1) == 200
    [received] = endpoint.wait_for(1)
    payload = verify(made["secret"], received)
    [event] = gateway.events()
    assert payload["id"] == event["id"] == received.headers["webhook-id"]
    assert payload["kind"] == "EMAIL_REPLY" and payload["campaign_id"] == 7 and payload["prospect_email"] == "ada@example.com"
    assert "raw" in payload and payload["raw"]["n"] == 1
    # A tampered body, a stale timestamp and another secret are all refused.
    with pytest.raises(WebhookVerificationError):
        verify(made["secret"], type(received)(headers=received.headers, body=received.body.replace(b"ada@", b"eve@")))
    stale = dict(received.headers, **{"webhook-timestamp": str(int((datetime.now(timezone.utc) - timedelta(minutes=10)).timestamp()))})
    with pytest.raises(WebhookVerificationError):
        verify(made["secret"], type(received)(headers=stale, body=received.body))
    status, rotated = gateway.call("POST", f"/event-subscriptions/{made['result']['id']}/rotate-secret")
    assert status == 200 and rotated["secret"] != made["secret"]
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=7, n=2)
    _, after = endpoint.wait_for(2)
    verify(rotated["secret"], after)
    with pytest.raises(WebhookVerificationError):
        verify(made["secret"], after)
    [delivery] = gateway.deliveries(event["id"])
    assert (delivery["status"], delivery["attempts"], delivery["last_status"]) == ("delivered", 1, 200)


def test_failures_that_may_pass_are_retried_on_the_schedule_and_4xx_is_final(gateway, endpoint):
    secret = gateway.subscribe(endpoint.url)["secret"]
    endpoint.script = [503, 429, 200]
    started = time.monotonic()
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=1)
    received = endpoint.wait_for(3)
    # Two waits of the 200 ms schedule, stretched at most by the jitter's 0.8.
    assert time.monotonic() - started >= 0.32
    assert len({r.headers["webhook-id"] for r in received}) == 1
    for r in received:
        verify(secret, r)
    [event] = gateway.events()
    delivered = wait_until(lambda: [d for d in gateway.deliveries(event["id"]) if d["status"] == "delivered"], what="the delivery to settle")
    assert delivered[0]["attempts"] == 3
    endpoint.script = [400]
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=2)
    endpoint.wait_for(4)
    second = gateway.events()[1]
    [failed] = wait_until(lambda: [d for d in gateway.deliveries(second["id"]) if d["status"] == "failed"], what="the 400 to be final")
    assert (failed["attempts"], failed["last_status"]) == (1, 400) and "400" in failed["last_error"]
    # A third event is delivered to the same subscription, still enabled.
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=3)
    endpoint.wait_for(5)


def test_a_subscription_failing_for_the_whole_schedule_is_disabled_and_the_feed_says_so(gateway, endpoint_factory):
    failing, watching = endpoint_factory(), endpoint_factory()
    dead = gateway.subscribe(failing.url)["result"]
    gateway.subscribe(watching.url, kinds=["subscription.disabled"])
    failing.script = [500] * 10
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=1)
    # The first attempt and one per wait of the schedule (three), then no more.
    [notice] = watching.wait_for(1)
    assert len(failing.received) == 4
    payload = json.loads(notice.body)
    assert payload["kind"] == "subscription.disabled" and payload["subscription"]["id"] == dead["id"]
    assert "4 attempts" in payload["reason"] and "500" in payload["reason"]
    status, found = gateway.call("GET", f"/event-subscriptions/{dead['id']}")
    assert status == 200 and found["result"]["disabled_at"] and "500" in found["result"]["disabled_reason"]
    # A disabled subscription gets nothing more: no delivery is planned for it, nor
    # replayed to it.
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=2)
    latest = gateway.events()[-1]
    assert latest["kind"] == "EMAIL_OPEN" and gateway.deliveries(latest["id"]) == []
    status, redone = gateway.call("POST", "/events/redeliver", {"after": "ev_0", "subscription_id": dead["id"]})
    assert status == 200 and redone["planned"] == 0


def test_delivery_never_holds_up_smartlead(gateway, endpoint):
    gateway.subscribe(endpoint.url)
    endpoint.hold.clear()
    assert gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=1) == 200
    endpoint.wait_for(1)
    # The platform holds its answer to the first delivery; Smartlead's next one is
    # still kept and answered 200 meanwhile.
    assert gateway.webhook(event_type="EMAIL_REPLY", campaign_id=1, n=2) == 200
    assert len(gateway.events()) == 2 and not endpoint.hold.is_set()
    endpoint.hold.set()
    endpoint.wait_for(2)


def test_subscriptions_take_their_kinds_and_replays_resend_a_range(gateway, endpoint_factory, workdir):
    replies, everything = endpoint_factory(), endpoint_factory()
    only = gateway.subscribe(replies.url, kinds=["email_reply"])
    assert only["result"]["kinds"] == ["EMAIL_REPLY"]
    gateway.subscribe(everything.url)
    for n, kind in enumerate(["EMAIL_OPEN", "EMAIL_REPLY", "EMAIL_OPEN"]):
        gateway.webhook(event_type=kind, campaign_id=1, n=n)
    everything.wait_for(3)
    [reply] = replies.wait_for(1)
    assert json.loads(reply.body)["kind"] == "EMAIL_REPLY"
    events = gateway.events()
    # `smartlead events redeliver` replays the last two, to one subscription, same ids.
    done = subprocess.run(
        [SMARTLEAD, "events", "redeliver", "--events-db", str(gateway.events_db), "--after", events[0]["cursor"], "--subscription", only["result"]["id"]],
        capture_output=True, text=True, env=os.environ,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"planned": 1}
    _, again = replies.wait_for(2)
    assert again.headers["webhook-id"] == reply.headers["webhook-id"]
    assert len(everything.received) == 3
    for bad, named in [({"url": "http://example.com/hooks"}, "https"), ({"url": replies.url, "kinds": ["EMAIL_REPLIED"]}, "kinds"), ({"url": replies.url, "secret": "x"}, "unknown field")]:
        status, refused = gateway.call("POST", "/event-subscriptions", bad)
        assert status == 400 and named in refused["message"], refused


def test_account_events_are_delivered_too(gateway_factory, endpoint, workdir):
    gateway = gateway_factory("--accounts-db", str(workdir / "accounts.db"))
    gateway.subscribe(endpoint.url, kinds=["account.linked", "account.unlinked"])
    status, linked = gateway.call("POST", "/accounts", {"name": "acme", "api_key": KEY})
    assert status == 201, linked
    gateway.call("DELETE", f"/accounts/{linked['result']['id']}")
    first, second = endpoint.wait_for(2)
    assert [json.loads(r.body)["kind"] for r in (first, second)] == ["account.linked", "account.unlinked"]
    assert json.loads(first.body)["integrated_account_id"] == linked["result"]["id"]
    assert KEY not in (first.body + second.body).decode()
    assert [e["kind"] for e in gateway.events(integrated_account_id=linked["result"]["id"])] == ["account.linked", "account.unlinked"]


def test_pruning_keeps_what_is_still_pending(gateway_factory, endpoint_factory):
    gateway = gateway_factory(schedule="1h")
    healthy, failing = endpoint_factory(), endpoint_factory()
    gateway.subscribe(healthy.url, kinds=["EMAIL_OPEN"])
    gateway.subscribe(failing.url, kinds=["EMAIL_REPLY"])
    failing.script = [503]
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=1)
    gateway.webhook(event_type="EMAIL_REPLY", campaign_id=1, n=2)
    healthy.wait_for(1)
    failing.wait_for(1)
    reply = gateway.events(kind="EMAIL_REPLY")[0]
    wait_until(lambda: gateway.deliveries(reply["id"])[0]["attempts"] == 1, what="the failed attempt to be recorded")
    opened = gateway.events(kind="EMAIL_OPEN")[0]
    wait_until(lambda: gateway.deliveries(opened["id"])[0]["status"] == "delivered", what="the open to be delivered")
    done = subprocess.run([SMARTLEAD, "events", "prune", "--events-db", str(gateway.events_db), "--older-than", "0s"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"removed": 1}
    assert [e["kind"] for e in gateway.events()] == ["EMAIL_REPLY"]


def test_each_linked_accounts_webhooks_are_kept_under_it_and_acted_on_with_its_key(gateway_factory, workdir, mock):
    gateway = gateway_factory("--accounts-db", str(workdir / "accounts.db"), "--on-reply", "pause")
    keys = {"acme": "acme-key-1111", "globex": "globex-key-2222"}
    receivers, leads = {}, {}
    for name, key in keys.items():
        status, linked = gateway.call("POST", "/accounts", {"name": name, "api_key": key})
        assert status == 201, linked
        # Each account has a campaign with a lead, in its own Smartlead.
        campaign = gateway.tool("create_a_smartlead_campaign", name, name=f"{name} outreach")["id"]
        gateway.tool("create_a_smartlead_campaign_lead", name, campaign_id=campaign, lead_list=[{"email": f"ceo@{name}.example"}])
        leads[name] = (campaign, gateway.tool("list_all_smartlead_campaign_leads", name, campaign_id=campaign)[0]["lead"]["id"])
        # Registered as the account: Smartlead is pointed at the account's own receiver.
        status, made = gateway.call("POST", f"/accounts/{name}/webhooks", {"campaign_id": campaign, "name": "Replies", "event_types": ["EMAIL_REPLY"]})
        assert status == 201, made
        url = made["webhook_url"]
        assert url.startswith(f"{gateway.url}/webhooks/smartlead/{linked['result']['id']}?token=whk_")
        [registered] = [r for r in mock.requests() if r["method"] == "POST" and r["path"] == f"/campaigns/{campaign}/webhooks" and dict(r["query"])["api_key"] == key]
        assert registered["body"]["webhook_url"] == url
        assert gateway.call("GET", f"/accounts/{name}/webhook")[1]["result"]["webhook_url"] == url
        receivers[name] = (linked["result"]["id"], url)
    # The same reply body for each: two events, one per account.
    for name, (account_id, url) in receivers.items():
        campaign, lead = leads[name]
        body = json.dumps({"event_type": "EMAIL_REPLY", "campaign_id": campaign, "sl_email_lead_id": lead, "sl_lead_email": f"ceo@{name}.example"}).encode()
        request = urllib.request.Request(url, data=body, method="POST", headers={"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
    done = wait_until(lambda: [e for e in gateway.events(kind="EMAIL_REPLY") if (e["action"] or {}).get("status") == "done"][1:] and gateway.events(kind="EMAIL_REPLY"), what="both reply actions")
    assert len(done) == 2, done
    for name, (account_id, _) in receivers.items():
        [event] = gateway.events(kind="EMAIL_REPLY", integrated_account_id=account_id)
        assert event["integrated_account_id"] == account_id and event["verified"] is True and event["id"].startswith(account_id + ":")
        # Its lead is paused in its own Smartlead.
        campaign, lead = leads[name]
        with urllib.request.urlopen(f"{mock.base_url}/campaigns/{campaign}/leads?api_key={keys[name]}") as response:
            [listed] = [x for x in json.loads(response.read())["data"] if x["lead"]["id"] == lead]
        assert listed["status"] == "PAUSED", listed
    # One pause each, each with its own account's key.
    pauses = [r for r in mock.requests() if r["method"] == "POST" and r["path"].endswith("/pause")]
    assert sorted(dict(r["query"])["api_key"] for r in pauses) == sorted(keys.values()), pauses
    # An unknown account, another account's token and no token are 401, and keep nothing.
    acme_id, acme_url = receivers["acme"]
    globex_token = receivers["globex"][1].split("token=")[1]
    for url in [acme_url.replace(acme_id, "acct_0000000000000000"), acme_url.split("?")[0] + "?token=" + globex_token, acme_url.split("?")[0]]:
        request = urllib.request.Request(url, data=b'{"event_type": "EMAIL_OPEN", "campaign_id": 1}', method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 401
    assert len(gateway.events(kind="EMAIL_OPEN")) == 0
    # The token is in no log line; the CLI gives support staff the same URL.
    assert "whk_" not in gateway.log.read_text()
    env = {**os.environ, "SMARTLEAD_MASTER_KEY": "11" * 32}
    printed = subprocess.run([SMARTLEAD, "accounts", "webhook", "acme", "--accounts-db", str(workdir / "accounts.db"), "--public-url", gateway.url], capture_output=True, text=True, env=env)
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout)["result"]["webhook_url"] == acme_url


def killed_mid_delivery(gateway_factory, endpoint, events_db=None):
    """A gateway killed while the endpoint holds its answer (the attempt claimed, never
    settled), then another on the same events database, which makes the attempt again
    under the same webhook-id; that other gateway."""
    flags = ("--delivery-timeout", "1s")
    first = gateway_factory(*flags, name="first", events_db=events_db)
    made = first.subscribe(endpoint.url)
    endpoint.hold.clear()
    first.webhook(event_type="EMAIL_REPLY", campaign_id=1, n=1)
    [cut] = endpoint.wait_for(1)
    first.proc.kill()
    first.proc.wait()
    endpoint.hold.set()
    # Without Postgres the next gateway opens the first one's file (named after it).
    after = gateway_factory(*flags, name="first" if events_db is None else "other", events_db=events_db)
    _, again = endpoint.wait_for(2)
    assert again.headers["webhook-id"] == cut.headers["webhook-id"]
    verify(made["secret"], again)
    return after


def test_a_delivery_cut_short_by_a_killed_process_is_made_by_the_next(gateway_factory, endpoint):
    second = killed_mid_delivery(gateway_factory, endpoint)
    [event] = second.events()
    [delivery] = wait_until(lambda: [d for d in second.deliveries(event["id"]) if d["status"] == "delivered"], what="the delivery to settle")
    assert delivery["attempts"] == 1
    metrics = urllib.request.urlopen(f"{second.url}/metrics").read().decode()
    assert 'smartlead_event_deliveries_total{outcome="delivered"} 1' in metrics, metrics


def test_a_disabled_subscription_is_enabled_again_and_catches_up(gateway_factory, endpoint):
    gateway = gateway_factory(schedule="100ms")
    made = gateway.subscribe(endpoint.url)["result"]
    endpoint.script = [500, 500]
    gateway.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=1)
    wait_until(lambda: gateway.call("GET", f"/event-subscriptions/{made['id']}")[1]["result"]["disabled_at"], what="the subscription to be disabled")
    status, enabled = gateway.call("POST", f"/event-subscriptions/{made['id']}/enable")
    assert status == 200 and enabled["result"]["disabled_at"] is None
    # The replay: the open, and the notice of its own disabling (it takes every kind).
    status, redone = gateway.call("POST", "/events/redeliver", {"after": "ev_0", "subscription_id": made["id"]})
    assert (status, redone["planned"]) == (200, 2)
    replayed = endpoint.wait_for(4)[2:]
    assert sorted(json.loads(r.body)["kind"] for r in replayed) == ["EMAIL_OPEN", "subscription.disabled"]
    [event] = [e for e in gateway.events() if e["kind"] == "EMAIL_OPEN"]
    wait_until(lambda: gateway.deliveries(event["id"])[0]["status"] == "delivered", what="the replay to be delivered")


def test_two_replicas_on_one_postgres_keep_one_feed_and_deliver_each_event_once(gateway_factory, postgres, endpoint, mock):
    flags = ("--api-key", KEY, "--on-reply", "pause", "--delivery-timeout", "1s")
    a = gateway_factory(*flags, name="a", events_db=postgres)
    b = gateway_factory(*flags, name="b", events_db=postgres)
    made = a.subscribe(endpoint.url)
    assert [s["id"] for s in b.call("GET", "/event-subscriptions")[1]["result"]] == [made["result"]["id"]]
    # Deliveries to either replica, one of them delivered to both: one feed, each once.
    for n in range(6):
        assert (a if n % 2 else b).webhook(event_type="EMAIL_OPEN", campaign_id=1, n=n) == 200
    assert b.webhook(event_type="EMAIL_OPEN", campaign_id=1, n=3) == 200
    feed = a.events()
    assert [e["raw"]["n"] for e in feed] == list(range(6)) and b.events() == feed
    assert [e["id"] for e in a.events(next_cursor=feed[2]["cursor"])] == [e["id"] for e in feed[3:]]
    # Each event delivered once, by whichever replica claimed it.
    wait_until(lambda: all(d["status"] == "delivered" for e in feed for d in a.deliveries(e["id"])), what="every delivery")
    ids = [r.headers["webhook-id"] for r in endpoint.received]
    assert sorted(ids) == sorted(e["id"] for e in feed), ids
    for r in endpoint.received:
        verify(made["secret"], r)
    # A reply is acted on once, by one replica.
    campaign = a.tool("create_a_smartlead_campaign", name="Replicas")["id"]
    a.tool("create_a_smartlead_campaign_lead", campaign_id=campaign, lead_list=[{"email": "ada@example.com"}])
    lead = a.tool("list_all_smartlead_campaign_leads", campaign_id=campaign)[0]["lead"]["id"]
    a.webhook(event_type="EMAIL_REPLY", campaign_id=campaign, sl_email_lead_id=lead, n=10)
    action = wait_until(lambda: (b.events(kind="EMAIL_REPLY")[0]["action"] or {}).get("status") in ("done", "failed") and b.events(kind="EMAIL_REPLY")[0]["action"], what="the reply action")
    assert action["status"] == "done", action
    assert len([r for r in mock.requests() if r["path"].endswith("/pause")]) == 1


def test_a_replica_killed_mid_delivery_leaves_it_to_another(gateway_factory, postgres, endpoint):
    other = killed_mid_delivery(gateway_factory, endpoint, events_db=postgres)
    [event] = other.events()
    wait_until(lambda: other.deliveries(event["id"])[0]["status"] == "delivered", what="the other replica's delivery")


def haproxy(workdir, backends):
    """haproxy in front of the replicas, round robin, taking a dead one out at once and
    sending a request that could not reach it to another."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    servers = "\n".join(
        f"  server r{i} {url.removeprefix('http://')} check inter 100ms fall 1 rise 2" for i, url in enumerate(backends)
    )
    config = workdir / "haproxy.cfg"
    config.write_text(
        f"""global
  maxconn 512
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch
frontend smartlead
  bind 127.0.0.1:{port}
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /metrics
{servers}
"""
    )
    proc = subprocess.Popen(["haproxy", "-f", str(config), "-db"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: _answers(url), what="haproxy to listen")
    return proc, url


def _answers(url):
    try:
        with urllib.request.urlopen(f"{url}/metrics", timeout=2):
            return True
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def deliver_until_kept(url, body):
    """POSTs one delivery until it is answered 200, as Smartlead delivers again after a
    failure; how many tries it took."""
    for tries in range(1, 50):
        request = urllib.request.Request(f"{url}/webhooks/smartlead", data=body, method="POST", headers={"content-type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                if response.status == 200:
                    return tries
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.05)
    raise AssertionError("a delivery was never kept")


def test_a_thousand_deliveries_through_haproxy_to_two_replicas_make_one_feed(gateway_factory, postgres, endpoint_factory, workdir, processes):
    flags = ("--delivery-timeout", "2s")
    a = gateway_factory(*flags, name="a", events_db=postgres, schedule="200ms,500ms,1s,2s,5s")
    b = gateway_factory(*flags, name="b", events_db=postgres, schedule="200ms,500ms,1s,2s,5s")
    subscribers = [endpoint_factory(), endpoint_factory()]
    for subscriber in subscribers:
        a.subscribe(subscriber.url)
    proxy, url = haproxy(workdir, [a.url, b.url])
    processes.append(proxy)
    bodies = [json.dumps({"event_type": "EMAIL_OPEN", "campaign_id": 1, "n": n}).encode() for n in range(1000)]
    # 50 sent twice, the second copy later in the run.
    sends = bodies + bodies[::20]
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        first = list(pool.map(lambda body: deliver_until_kept(url, body), sends[:400]))
        # One replica dies mid-run: whatever it acknowledged is kept, the rest goes to the other.
        b.proc.kill()
        b.proc.wait()
        rest = list(pool.map(lambda body: deliver_until_kept(url, body), sends[400:]))
    assert len(first) + len(rest) == 1050
    feed, after = [], 0
    while True:
        page = a.events(limit=1000, next_cursor=f"ev_{after}")
        if not page:
            break
        feed += page
        after = int(page[-1]["cursor"].removeprefix("ev_"))
    assert sorted(e["raw"]["n"] for e in feed) == list(range(1000))
    ids = {e["id"] for e in feed}
    for subscriber in subscribers:
        wait_until(lambda: {r.headers["webhook-id"] for r in subscriber.received} >= ids, timeout=180, what="every event at every subscriber")
        assert {r.headers["webhook-id"] for r in subscriber.received} == ids
