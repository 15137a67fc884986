"""The typed API (smartlead.typed, generated from the WIT) against the mock: every
function of every interface called with dataclasses built from its type hints, each
answering its declared type or raising one of the package's exceptions; the main
operations checked for what they return and send."""

import dataclasses
import enum
import inspect
import typing

import pytest

from conftest import KEY, WASM
from smartlead import Smartlead, SmartleadDecodeError, SmartleadError, SmartleadNotFound, typed
from smartlead.typed import CampaignLookup, CampaignPage, ImportOptions, InputFormat, NewCampaign, Page, PlanOptions


@pytest.fixture
def sl(mock):
    # Pacing out of the way: these tests are about types, not timing.
    url = mock.base_url
    # The mock stands in for every Smartlead host.
    return Smartlead(api_key=KEY, base_url=url, smartdelivery_base_url=url, prospect_base_url=url, smart_senders_base_url=url, wasm=WASM, requests_per_minute=100_000)


def test_typed_records_in_and_out(sl, mock):
    sl.campaigns.create_a_smartlead_campaign(args=NewCampaign(name="First"))
    created = sl.campaigns.create_a_smartlead_campaign(args=NewCampaign(name="Typed from Python"))
    assert isinstance(created, typed.Created) and created.name == "Typed from Python"
    page = sl.campaigns.list_all_smartlead_campaigns(page=Page(limit=1))
    assert isinstance(page, CampaignPage) and page.result_count == 1 and isinstance(page.result[0], typed.Campaign)
    as_dict = sl.call_tool("list_all_smartlead_campaigns", {"limit": 1})
    assert as_dict["result"][0]["id"] == page.result[0].id, "the typed and the dict calls agree"
    assert page.next_cursor, "a typed page carries its cursor"
    second = sl.campaigns.list_all_smartlead_campaigns(page=Page(cursor=page.next_cursor))
    assert second.result[0].id == created.id
    campaign = sl.campaigns.get_single_smartlead_campaign_by_id(CampaignLookup(campaign_id=created.id))
    assert (campaign.id, campaign.name, campaign.status) == (created.id, "Typed from Python", "DRAFTED")
    with pytest.raises(SmartleadNotFound) as e:
        sl.campaigns.get_single_smartlead_campaign_by_id(CampaignLookup(campaign_id=999_999))
    assert e.value.status == 404

    report = sl.bulk.import_leads(created.id, b"email,first_name\nada@example.com,Ada\nnot-an-email,X\n", InputFormat.CSV, ImportOptions(plan=PlanOptions()))
    assert isinstance(report, typed.ImportReport) and (report.added, len(report.rejected)) == (1, 1)
    assert isinstance(report.rejected[0], typed.RejectedRow) and "not an email" in report.rejected[0].reason

    proxied = sl.proxy.request("GET", f"/campaigns/{created.id}", [])
    assert isinstance(proxied, typed.ProxyResponse) and proxied.status == 200 and str(created.id) in proxied.body
    unified = sl.unified.list_campaigns(False)
    assert any(c.name == "Typed from Python" for c in unified.result)
    assert isinstance(unified.result[0].status, typed.CampaignStatus), "enums come back as enums"
    events = sl.events.parse_webhook([], b'{"event_type": "EMAIL_REPLY", "campaign_id": 5, "sl_lead_email": "p@example.com"}')
    assert events[0].kind is typed.EventKind.EMAIL_REPLY and events[0].prospect_email == "p@example.com"


def _world(sl):
    """Ids of one of each thing, for the sweep below."""
    campaign = sl.create_a_smartlead_campaign(name="Sweep")["id"]
    sl.create_a_smartlead_campaign_lead(campaign_id=campaign, lead_list=[{"email": "sweep@example.com"}])
    lead = sl.list_all_smartlead_campaign_leads(campaign_id=campaign)["result"][0]["lead"]["id"]
    account = sl.list_all_smartlead_email_accounts()["result"][0]["id"]
    client = sl.create_a_smartlead_client(name="Sweep client", email="client@example.com", permission=["reply_master_inbox"])["id"]
    webhook = sl.create_a_smartlead_campaign_webhook(campaign_id=campaign, name="Sweep", webhook_url="https://example.com/hook", event_types=["EMAIL_REPLY"])
    return {"campaign": campaign, "lead": lead, "email_account": account, "client": client, "webhook": webhook.get("id")}


# Samples for fields by name, where any value of the type would be refused.
_TEXT = {
    "email": "sweep@example.com", "from_email": "sender@example.com", "webhook_url": "https://example.com/hook",
    "method": "GET", "path": "/campaigns", "timezone": "Europe/Berlin", "start_hour": "09:00", "end_hour": "17:00",
    "start_date": "2026-01-01", "end_date": "2026-01-31", "smtp_host": "smtp.example.com", "imap_host": "imap.example.com",
    "email_body": "Thanks!", "reply_message_id": "<m1@example.com>", "reply_email_time": "2026-01-01T10:00:00Z",
}
_LISTS = {"event_types": ["EMAIL_REPLY"], "permission": ["reply_master_inbox"], "domain_block_list": ["spam.example"]}
# Which thing an `id` names, by the record it is in (most specific first).
_OWNERS = [("webhook", "webhook"), ("lead", "lead"), ("contact", "lead"), ("emailaccount", "email_account"), ("warmup", "email_account"), ("client", "client")]


def _ident(name, owner, world, beside_campaign=False):
    for thing in world:
        if name in (f"{thing}_id", f"{thing}_ids"):
            return world[thing] or 1
    if name == "id":
        plain = owner.lower().replace("_", "")
        # An `id` beside a `campaign-id` names something in the campaign: a lead.
        default = world["lead"] if beside_campaign else world["campaign"]
        return next((world[thing] for word, thing in _OWNERS if word in plain), default)
    return None


def _sample(hint, name, owner, world, beside_campaign=False):
    """A value of type `hint` for field `name` of record (or function) `owner`."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union:
        return None
    if origin is list:
        if name in _LISTS:
            return _LISTS[name]
        return [_sample(args[0], name, owner, world)] if name in ("lead_list", "email_account_ids", "lead_ids") else []
    if origin is tuple:
        return tuple(_sample(a, name, owner, world) for a in args)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return list(hint)[0]
    if dataclasses.is_dataclass(hint):
        return _build(hint, world)
    if hint is int:
        return _ident(name, owner, world, beside_campaign) or 1
    if hint is bool:
        return False
    if hint is float:
        return 1.5
    if hint is bytes:
        if name == "days_of_the_week":
            return bytes([1, 2])
        return b'{"event_type": "EMAIL_REPLY", "campaign_id": 5}' if name == "body" else b"email\nsweep2@example.com\n"
    if hint is str:
        ident = _ident(name, owner, world, beside_campaign)
        return str(ident) if ident is not None else _TEXT.get(name, "Sweep")
    return None


def _build(cls, world):
    """`cls` with its required fields (and the lists Smartlead needs one item in) filled."""
    hints = typing.get_type_hints(cls, vars(typed))
    beside = "campaign_id" in hints
    wanted = [f.name for f in dataclasses.fields(cls) if (f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING) or f.name in (*_LISTS, "lead_list", "email_account_ids")]
    values = {name: _sample(hints[name], name, cls.__name__, world, beside) for name in wanted}
    if "email" in hints and "email" not in values:
        values["email"] = "sweep@example.com"
    if {"name", "status"} <= set(hints) and not values:
        values["name"] = "Renamed"
    return cls(**values)


def test_every_typed_function_answers_its_type_or_a_typed_error(sl):
    world = _world(sl)
    interfaces = [getattr(sl, name) for name in typing.get_type_hints(typed.Interfaces)]
    calls = [(i, name) for i in interfaces for name, _ in inspect.getmembers(type(i), inspect.isfunction) if not name.startswith("_")]
    # Deletions last, so the things the other calls name still exist.
    calls.sort(key=lambda c: (c[1].startswith("delete_"), c[1] == "delete_a_smartlead_campaign_by_id"))
    answered, refused = [], []
    for interface, name in calls:
        method = getattr(interface, name)
        hints = typing.get_type_hints(method, vars(typed))
        params = [p for p in inspect.signature(method).parameters.values() if p.default is inspect.Parameter.empty]
        args = [_sample(hints[p.name], p.name, name, world) for p in params]
        try:
            out = method(*args)
        except SmartleadDecodeError as e:
            pytest.fail(f"{name}: the answer did not convert: {e}")
        except SmartleadError as e:
            refused.append((name, e.kind, e.message[:90]))
            continue
        returns = hints["return"]
        expected = typing.get_origin(returns) or returns
        assert isinstance(out, expected), f"{name} returned {type(out).__name__}, not {returns}"
        answered.append(name)
    operations = len(sl.tools())
    assert len(calls) == operations + 16, f"{operations} operations, unified (8), proxy (1), bulk (6: all but outcome-unknown, which takes an error) and events (1)"
    # The rest refuse the sample arguments (an empty list, an id of nothing), as typed errors.
    assert len(answered) >= 50, f"only {len(answered)} answered; refused: {refused}"


def test_records_behave_as_keyword_only_dataclasses():
    """The records share one `__init__`, `__repr__` and `__eq__` (generating them per class
    made the import slow): they behave as `@dataclass(kw_only=True)` would."""
    page = typed.JsonPage(result_count=2)
    assert dataclasses.is_dataclass(page) and [f.name for f in dataclasses.fields(page)] == ["result", "next_cursor", "result_count", "total"]
    assert (page.result, page.next_cursor, page.total) == ([], None, None)
    assert typed.JsonPage(result_count=0).result is not page.result, "each record gets its own list"
    assert repr(page) == "JsonPage(result=[], next_cursor=None, result_count=2, total=None)"
    assert page == typed.JsonPage(result=[], result_count=2) and page != typed.JsonPage(result_count=3)
    assert page != CampaignLookup(campaign_id=2) and (page == "JsonPage") is False
    with pytest.raises(TypeError, match="unhashable"):
        hash(page)
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'campaign_id'"):
        CampaignLookup()
    with pytest.raises(TypeError, match="unexpected keyword argument 'id'"):
        CampaignLookup(id=1)
    with pytest.raises(TypeError):
        CampaignLookup(1)
    assert dataclasses.replace(CampaignLookup(campaign_id=1), include_tags=True) == CampaignLookup(campaign_id=1, include_tags=True)
    assert dataclasses.asdict(CampaignLookup(campaign_id=7)) == {"campaign_id": 7, "include_tags": None}


def test_a_record_becomes_a_dataclass_once_when_first_used_from_many_threads():
    """Records become dataclasses when first used (that keeps the import fast): eight
    threads making one never used before all get its defaults, each its own list."""
    import threading

    from smartlead._wit import _Fields

    def unmade_with_a_list(cls):
        fields = cls.__dict__.get("__dataclass_fields__")
        return isinstance(fields, _Fields) and "field(default_factory=list)" in inspect.getsource(cls)

    cls = next(c for _, c in inspect.getmembers(typed, inspect.isclass) if unmade_with_a_list(c))
    required = {name: None for name, hint in typing.get_type_hints(cls).items() if getattr(cls, name, dataclasses.MISSING) is dataclasses.MISSING}
    start, made = threading.Barrier(8), []

    def make():
        start.wait()
        made.append(cls(**required))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lists = [f.name for f in dataclasses.fields(cls) if f.default_factory is list]
    assert lists and len(made) == 8
    for record in made:
        assert all(getattr(record, name) == [] for name in lists), record
    assert len({id(getattr(record, lists[0])) for record in made}) == 8, "each record its own list"
