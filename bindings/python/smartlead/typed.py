"""The typed API: generated from the component's WIT by
`cargo run -p smartlead-bindgen`; do not edit (a test fails when it is stale)."""

from __future__ import annotations

from dataclasses import field
from enum import Enum
from typing import Any, List, Optional, Tuple

from ._wit import _AsyncInterface, _Interface, _record

# --- interface types ---


@_record
class Config:
    """How the client reaches Smartlead. Every field is optional."""
    api_key: Optional[str] = None
    """Sent as the `api_key` query parameter. Leave unset when the host injects the key into outgoing requests (the `smartlead` host does), so the key never enters the sandbox."""
    base_url: Optional[str] = None
    """The core API's, default `https://server.smartlead.ai/api/v1`."""
    smartdelivery_base_url: Optional[str] = None
    """SmartDelivery's, default `https://smartdelivery.smartlead.ai/api/v1`."""
    prospect_base_url: Optional[str] = None
    """SmartProspect's, default `https://prospect-api.smartlead.ai/api/v1`."""
    smart_senders_base_url: Optional[str] = None
    """Smart Senders', default `https://smart-senders.smartlead.ai/api/v1`."""
    requests_per_minute: Optional[int] = None
    """Client-side pace, default 60 (with bursts of at most 10 per 2 s); at least 1."""
    max_retries: Optional[int] = None
    """Extra attempts for requests that are safe to repeat, default 3."""
    timeout_ms: Optional[int] = None
    """Per-attempt timeout in milliseconds, default 30000; at least 1."""
    max_response_bytes: Optional[int] = None
    """Larger response bodies are refused as `decode` errors, default 32 MiB."""
    managed_by_host: Optional[bool] = None
    """Set by a host that paces every request per API key and adds the key itself (the `smartlead` host does): the client's own limiter then stands down, and a client without `api-key` leaves the key to the host. Such a host also times each attempt's wait for the answer from when the request leaves its queue (the component does not, so a wait for the key's turn is never a timeout) and reports that wait in `x-smartlead-queued-ms`, which the retry budget leaves out. Otherwise a client without a key sends nothing and reports `unauthorized`. Default false."""


@_record
class RemoteError:
    """What Smartlead said when it refused a request."""
    status: int
    """HTTP status; 200 for soft failures such as `{'ok': false}`."""
    message: str
    """Smartlead's message."""


@_record
class RateLimit:
    """Smartlead's 'slow down'."""
    retry_after_ms: Optional[int] = None
    """How long Smartlead asked to wait (Retry-After), in milliseconds, if it said."""
    message: str


@_record
class Page:
    """Paging of list functions."""
    limit: Optional[int] = None
    """Records per page (default 100; each function documents its maximum)."""
    cursor: Optional[str] = None
    """`next-cursor` of the previous page, with the same arguments; none for the first."""


@_record
class Ack:
    """A write Smartlead accepted."""
    ok: bool
    message: Optional[str] = None


@_record
class JsonPage:
    """A page of records whose shape Smartlead does not document, each as JSON text."""
    result: List[str] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class Created:
    """A record Smartlead created."""
    id: int
    name: Optional[str] = None
    created_at: Optional[str] = None
    message: Optional[str] = None


@_record
class ByCampaign:
    """A campaign whose children to list, by `campaign-id`."""
    campaign_id: int

# --- interface agency-clients ---


@_record
class AgencyClient:
    """An agency client (white-label sub-account)."""
    id: int
    name: Optional[str] = None
    email: Optional[str] = None
    uuid: Optional[str] = None
    created_at: Optional[str] = None
    user_id: Optional[int] = None
    logo_url: Optional[str] = None
    permission: List[str] = field(default_factory=list)
    """full_access or reply_master_inbox."""
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class AgencyClientPage:
    """A page of agency clients."""
    result: List[AgencyClient] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class NewClient:
    """An agency client to create."""
    name: str
    email: str
    password: Optional[str] = None
    logo: Optional[str] = None
    logo_url: Optional[str] = None
    permission: List[str] = field(default_factory=list)
    """['full_access'] or ['reply_master_inbox']."""
    is_credit_assigned: Optional[bool] = None
    email_credits: Optional[int] = None
    lead_credits: Optional[int] = None


@_record
class ClientApiKey:
    """An API key issued to an agency client."""
    id: Optional[int] = None
    client_id: Optional[int] = None
    key_name: Optional[str] = None
    api_key: Optional[str] = None
    """The key itself: only in the answers that issue or reset it."""
    status: Optional[str] = None
    """active or inactive."""
    created_at: Optional[str] = None


@_record
class ClientApiKeyPage:
    """A page of client API keys."""
    result: List[ClientApiKey] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class NewClientApiKey:
    """An API key to issue to a client; key-name: letters, digits, spaces, - and _."""
    client_id: int
    key_name: str


@_record
class ClientApiKeyFilter:
    """Which client API keys to list."""
    client_id: Optional[int] = None
    status: Optional[str] = None
    """active or inactive."""
    key_name: Optional[str] = None
    """Part of the key's name."""


@_record
class ClientApiKeyRef:
    """A client API key, by its id (not the key)."""
    id: int


class AgencyClients(_Interface):
    """Agency clients."""

    _name = "agency-clients"

    def create_a_smartlead_client(self, args: NewClient) -> Created:
        """Creates a client."""
        return self._call("create-a-smartlead-client", (args,), Created, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_clients(self, *, page: Optional[Page] = None) -> AgencyClientPage:
        """The agency's clients (sliced)."""
        return self._call("list-all-smartlead-clients", (page if page is not None else Page(),), AgencyClientPage, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_client_api_key(self, args: NewClientApiKey) -> ClientApiKey:
        """Issues an API key to a client; the answer carries the key, once. Sent once."""
        return self._call("create-a-smartlead-client-api-key", (args,), ClientApiKey, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_client_api_keys(self, *, args: Optional[ClientApiKeyFilter] = None, page: Optional[Page] = None) -> ClientApiKeyPage:
        """The keys issued to clients, without the keys themselves (sliced)."""
        return self._call("list-all-smartlead-client-api-keys", (args if args is not None else ClientApiKeyFilter(), page if page is not None else Page()), ClientApiKeyPage, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_client_api_key_by_id(self, args: ClientApiKeyRef) -> Ack:
        """Deletes a client's API key. Confirmed first by tools."""
        return self._call("delete-a-smartlead-client-api-key-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_agency_clients_reset_api_key(self, args: ClientApiKeyRef) -> ClientApiKey:
        """Replaces a client's API key with a new one, returned once. Confirmed first by tools."""
        return self._call("smartlead-agency-clients-reset-api-key", (args,), ClientApiKey, client=True, result=True)  # type: ignore[no-any-return]


class AsyncAgencyClients(_AsyncInterface):
    """Agency clients."""

    _attr = "agency_clients"

    async def create_a_smartlead_client(self, args: NewClient) -> Created:
        """Creates a client."""
        return await self._run("create_a_smartlead_client", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_clients(self, *, page: Optional[Page] = None) -> AgencyClientPage:
        """The agency's clients (sliced)."""
        return await self._run("list_all_smartlead_clients", page=page)  # type: ignore[no-any-return]

    async def create_a_smartlead_client_api_key(self, args: NewClientApiKey) -> ClientApiKey:
        """Issues an API key to a client; the answer carries the key, once. Sent once."""
        return await self._run("create_a_smartlead_client_api_key", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_client_api_keys(self, *, args: Optional[ClientApiKeyFilter] = None, page: Optional[Page] = None) -> ClientApiKeyPage:
        """The keys issued to clients, without the keys themselves (sliced)."""
        return await self._run("list_all_smartlead_client_api_keys", args=args, page=page)  # type: ignore[no-any-return]

    async def delete_a_smartlead_client_api_key_by_id(self, args: ClientApiKeyRef) -> Ack:
        """Deletes a client's API key. Confirmed first by tools."""
        return await self._run("delete_a_smartlead_client_api_key_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_agency_clients_reset_api_key(self, args: ClientApiKeyRef) -> ClientApiKey:
        """Replaces a client's API key with a new one, returned once. Confirmed first by tools."""
        return await self._run("smartlead_agency_clients_reset_api_key", args=args)  # type: ignore[no-any-return]


# --- interface analytics ---


@_record
class AnalyticsScope:
    """Which clients' data; all of the account's without client-ids."""
    client_ids: Optional[List[int]] = None


@_record
class AnalyticsWindow:
    """A reporting window (`YYYY-MM-DD`, start not after end) and scope."""
    start_date: str
    end_date: str
    timezone: Optional[str] = None
    """IANA name, e.g. Europe/Paris."""
    client_ids: Optional[List[int]] = None
    campaign_ids: Optional[List[int]] = None
    full_data: Optional[bool] = None


@_record
class SentTimeWindow:
    """A window whose days are counted in a time zone, which these reports require."""
    start_date: str
    end_date: str
    timezone: str
    client_ids: Optional[List[int]] = None
    campaign_ids: Optional[List[int]] = None


@_record
class OverallStatsWindow:
    """The window of the overall report, which can also count agency-wide."""
    start_date: str
    end_date: str
    timezone: Optional[str] = None
    client_ids: Optional[List[int]] = None
    campaign_ids: Optional[List[int]] = None
    is_agency: Optional[bool] = None
    full_data: Optional[bool] = None


@_record
class ClientPerformanceWindow:
    """The window of the client report, with Smartlead's free-text filter."""
    start_date: str
    end_date: str
    timezone: Optional[str] = None
    client_ids: Optional[List[int]] = None
    filter: Optional[str] = None
    full_data: Optional[bool] = None


@_record
class MailboxHealthWindow:
    """The window of the per-mailbox report, optionally only bounced mailboxes."""
    start_date: str
    end_date: str
    timezone: Optional[str] = None
    client_ids: Optional[List[int]] = None
    campaign_ids: Optional[List[int]] = None
    full_data: Optional[bool] = None
    is_bounced: Optional[bool] = None


@_record
class OverallStats:
    """Totals over the window."""
    sent: Optional[int] = None
    opened: Optional[int] = None
    replied: Optional[int] = None
    bounced: Optional[int] = None
    unique_lead_count: Optional[int] = None
    unique_open_count: Optional[int] = None
    positive_replied: Optional[int] = None
    open_rate: Optional[float] = None
    reply_rate: Optional[float] = None
    positive_reply_rate: Optional[float] = None
    bounce_rate: Optional[float] = None


@_record
class AnalyticsEntry:
    """A campaign or client by id and name."""
    id: Optional[int] = None
    name: Optional[str] = None


@_record
class AnalyticsEntryPage:
    result: List[AnalyticsEntry] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class MonthlyCount:
    """Clients counted in one month."""
    month: Optional[str] = None
    count: Optional[int] = None


@_record
class MonthlyCountPage:
    result: List[MonthlyCount] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class DayStats:
    """One day's counts; each report fills the counts it is about."""
    date: Optional[str] = None
    sent: Optional[int] = None
    opened: Optional[int] = None
    replied: Optional[int] = None
    bounced: Optional[int] = None
    positive_replied: Optional[int] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class DayStatsPage:
    result: List[DayStats] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignPerformance:
    """One campaign's figures over the window; the rates may be absent."""
    id: Optional[int] = None
    campaign_name: Optional[str] = None
    sent: Optional[int] = None
    opened: Optional[int] = None
    replied: Optional[int] = None
    bounced: Optional[int] = None
    positive_replied: Optional[int] = None
    unique_lead_count: Optional[int] = None
    unique_open_count: Optional[int] = None
    open_rate: Optional[float] = None
    reply_rate: Optional[float] = None
    bounce_rate: Optional[float] = None
    positive_reply_rate: Optional[float] = None


@_record
class CampaignPerformancePage:
    result: List[CampaignPerformance] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class ClientPerformance:
    """One client's campaigns over the window."""
    client_id: Optional[int] = None
    client_name: Optional[str] = None
    total_campaigns_count: Optional[int] = None
    campaign_stats: Optional[str] = None
    """As JSON: Smartlead does not document its shape."""


@_record
class ClientPerformancePage:
    result: List[ClientPerformance] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class MailboxHealth:
    """One mailbox's (email-account) or one domain's (domain) counts."""
    email_account: Optional[str] = None
    domain: Optional[str] = None
    sent: Optional[int] = None
    opened: Optional[int] = None
    replied: Optional[int] = None
    bounced: Optional[int] = None


@_record
class MailboxHealthPage:
    result: List[MailboxHealth] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class MailboxOverview:
    """The account's mailboxes by state."""
    total_connected: Optional[int] = None
    in_use: Optional[int] = None
    disconnected: Optional[int] = None
    enabled_without_warmup: Optional[int] = None


@_record
class ProviderPerformance:
    """Performance by email provider, overall and per tag, each row as JSON (Smartlead
    does not document their shape).
    """
    overall: List[str] = field(default_factory=list)
    tag_wise: List[str] = field(default_factory=list)


@_record
class TeamMemberStats:
    """One team member's replies over the window."""
    id: Optional[int] = None
    name: Optional[str] = None
    profile_pic_url: Optional[str] = None
    lead_count: Optional[int] = None
    campaign_count: Optional[int] = None
    reply_count: Optional[int] = None
    positive_reply_count: Optional[int] = None
    reply_rate: Optional[float] = None
    positive_reply_rate: Optional[float] = None
    average_reply_time: Optional[str] = None
    """As Smartlead words it."""
    unique_open_count: Optional[int] = None


@_record
class TeamMemberStatsPage:
    result: List[TeamMemberStats] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadCounts:
    total: Optional[int] = None
    new: Optional[int] = None
    follow_up: Optional[int] = None


@_record
class LeadShares:
    new: Optional[float] = None
    follow_up: Optional[float] = None


@_record
class LeadStats:
    """Leads contacted over the window: new and followed up, counted and as shares."""
    count: Optional[LeadCounts] = None
    percentage: Optional[LeadShares] = None


@_record
class CategoryResponse:
    """Replies in one lead category."""
    category: Optional[str] = None
    total_response: Optional[int] = None
    percentage: Optional[float] = None


@_record
class CategoryResponsePage:
    result: List[CategoryResponse] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class FirstReplyLeads:
    """How many leads it took to get the first reply."""
    leads_take_for_first_reply: Optional[float] = None


@_record
class FollowUpReplyRate:
    """The reply rate of follow-up emails."""
    followup_reply_rate: Optional[float] = None


@_record
class ReplyTimeBucket:
    """Replies that came within one time range of the lead being contacted."""
    time_range: Optional[str] = None
    count: Optional[int] = None


@_record
class ReplyTimeBucketPage:
    result: List[ReplyTimeBucket] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignResponses:
    """One campaign's replies by sentiment."""
    campaign_id: Optional[int] = None
    campaign_name: Optional[str] = None
    positive_reply: Optional[int] = None
    neutral_reply: Optional[int] = None
    negative_reply: Optional[int] = None


@_record
class CampaignResponsesPage:
    result: List[CampaignResponses] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class StatusCount:
    """Campaigns counted in one status."""
    status: Optional[str] = None
    count: Optional[int] = None


@_record
class StatusCountPage:
    result: List[StatusCount] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


class Analytics(_Interface):
    """Smartlead's global analytics, the 22 `/analytics/*` reports across campaigns,
    clients, mailboxes and the team. Rates are percentages (34.5 means 34.5 %), read
    from Smartlead's '34.5%' text; ids lists are sent comma-separated.
    """

    _name = "analytics"

    def smartlead_analytics_overall_stats(self, args: OverallStatsWindow) -> OverallStats:
        """Sent, opened, replied and bounced totals and rates over a window."""
        return self._call("smartlead-analytics-overall-stats", (args,), OverallStats, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_campaigns(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> AnalyticsEntryPage:
        """The campaigns analytics can report on (sliced)."""
        return self._call("list-all-smartlead-analytics-campaigns", (args if args is not None else AnalyticsScope(), page if page is not None else Page()), AnalyticsEntryPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_clients(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> AnalyticsEntryPage:
        """The clients analytics can report on (sliced)."""
        return self._call("list-all-smartlead-analytics-clients", (args if args is not None else AnalyticsScope(), page if page is not None else Page()), AnalyticsEntryPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_monthly_client_counts(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> MonthlyCountPage:
        """Clients counted by month (sliced)."""
        return self._call("list-all-smartlead-analytics-monthly-client-counts", (args if args is not None else AnalyticsScope(), page if page is not None else Page()), MonthlyCountPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_day_wise_stats(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Sent, opened, replied and bounced per day (sliced)."""
        return self._call("list-all-smartlead-analytics-day-wise-stats", (args, page if page is not None else Page()), DayStatsPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_day_wise_stats_by_sent_time(self, args: SentTimeWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Sent and opened per day of sending, in a time zone (sliced)."""
        return self._call("list-all-smartlead-analytics-day-wise-stats-by-sent-time", (args, page if page is not None else Page()), DayStatsPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_day_wise_positive_replies(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Positive replies per day (sliced)."""
        return self._call("list-all-smartlead-analytics-day-wise-positive-replies", (args, page if page is not None else Page()), DayStatsPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time(self, args: SentTimeWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Positive replies per day of sending, in a time zone (sliced)."""
        return self._call("list-all-smartlead-analytics-day-wise-positive-replies-by-sent-time", (args, page if page is not None else Page()), DayStatsPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_campaign_performance(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> CampaignPerformancePage:
        """Each campaign's figures over a window (offset paging)."""
        return self._call("list-all-smartlead-analytics-campaign-performance", (args, page if page is not None else Page()), CampaignPerformancePage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_client_performance(self, args: ClientPerformanceWindow, *, page: Optional[Page] = None) -> ClientPerformancePage:
        """Each client's figures over a window (offset paging)."""
        return self._call("list-all-smartlead-analytics-client-performance", (args, page if page is not None else Page()), ClientPerformancePage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_email_health(self, args: MailboxHealthWindow, *, page: Optional[Page] = None) -> MailboxHealthPage:
        """Each mailbox's counts over a window (offset paging)."""
        return self._call("list-all-smartlead-analytics-email-health", (args, page if page is not None else Page()), MailboxHealthPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_domain_health(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> MailboxHealthPage:
        """Each sending domain's counts over a window (offset paging)."""
        return self._call("list-all-smartlead-analytics-domain-health", (args, page if page is not None else Page()), MailboxHealthPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_analytics_mailbox_stats(self, *, args: Optional[AnalyticsScope] = None) -> MailboxOverview:
        """The account's mailboxes by state."""
        return self._call("smartlead-analytics-mailbox-stats", (args if args is not None else AnalyticsScope(),), MailboxOverview, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_analytics_provider_performance(self, args: AnalyticsWindow) -> ProviderPerformance:
        """Performance by email provider over a window."""
        return self._call("smartlead-analytics-provider-performance", (args,), ProviderPerformance, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_team_board(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> TeamMemberStatsPage:
        """Each team member's replies over a window (sliced)."""
        return self._call("list-all-smartlead-analytics-team-board", (args, page if page is not None else Page()), TeamMemberStatsPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_analytics_lead_stats(self, args: AnalyticsWindow) -> LeadStats:
        """New and followed-up leads over a window."""
        return self._call("smartlead-analytics-lead-stats", (args,), LeadStats, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_lead_category_responses(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> CategoryResponsePage:
        """Replies by lead category over a window (sliced)."""
        return self._call("list-all-smartlead-analytics-lead-category-responses", (args, page if page is not None else Page()), CategoryResponsePage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_analytics_first_reply_leads(self, args: AnalyticsWindow) -> FirstReplyLeads:
        """How many leads it took to get a first reply."""
        return self._call("smartlead-analytics-first-reply-leads", (args,), FirstReplyLeads, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_analytics_follow_up_reply_rate(self, args: AnalyticsWindow) -> FollowUpReplyRate:
        """The reply rate of follow-ups over a window."""
        return self._call("smartlead-analytics-follow-up-reply-rate", (args,), FollowUpReplyRate, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_lead_to_reply_times(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> ReplyTimeBucketPage:
        """Replies by time from contact to reply (sliced)."""
        return self._call("list-all-smartlead-analytics-lead-to-reply-times", (args, page if page is not None else Page()), ReplyTimeBucketPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_campaign_responses(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> CampaignResponsesPage:
        """Each campaign's replies by sentiment (sliced)."""
        return self._call("list-all-smartlead-analytics-campaign-responses", (args, page if page is not None else Page()), CampaignResponsesPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_analytics_campaign_statuses(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> StatusCountPage:
        """Campaigns counted by status (sliced)."""
        return self._call("list-all-smartlead-analytics-campaign-statuses", (args if args is not None else AnalyticsScope(), page if page is not None else Page()), StatusCountPage, client=True, result=True)  # type: ignore[no-any-return]


class AsyncAnalytics(_AsyncInterface):
    """Smartlead's global analytics, the 22 `/analytics/*` reports across campaigns,
    clients, mailboxes and the team. Rates are percentages (34.5 means 34.5 %), read
    from Smartlead's '34.5%' text; ids lists are sent comma-separated.
    """

    _attr = "analytics"

    async def smartlead_analytics_overall_stats(self, args: OverallStatsWindow) -> OverallStats:
        """Sent, opened, replied and bounced totals and rates over a window."""
        return await self._run("smartlead_analytics_overall_stats", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_campaigns(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> AnalyticsEntryPage:
        """The campaigns analytics can report on (sliced)."""
        return await self._run("list_all_smartlead_analytics_campaigns", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_clients(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> AnalyticsEntryPage:
        """The clients analytics can report on (sliced)."""
        return await self._run("list_all_smartlead_analytics_clients", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_monthly_client_counts(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> MonthlyCountPage:
        """Clients counted by month (sliced)."""
        return await self._run("list_all_smartlead_analytics_monthly_client_counts", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_day_wise_stats(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Sent, opened, replied and bounced per day (sliced)."""
        return await self._run("list_all_smartlead_analytics_day_wise_stats", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_day_wise_stats_by_sent_time(self, args: SentTimeWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Sent and opened per day of sending, in a time zone (sliced)."""
        return await self._run("list_all_smartlead_analytics_day_wise_stats_by_sent_time", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_day_wise_positive_replies(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Positive replies per day (sliced)."""
        return await self._run("list_all_smartlead_analytics_day_wise_positive_replies", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time(self, args: SentTimeWindow, *, page: Optional[Page] = None) -> DayStatsPage:
        """Positive replies per day of sending, in a time zone (sliced)."""
        return await self._run("list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_campaign_performance(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> CampaignPerformancePage:
        """Each campaign's figures over a window (offset paging)."""
        return await self._run("list_all_smartlead_analytics_campaign_performance", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_client_performance(self, args: ClientPerformanceWindow, *, page: Optional[Page] = None) -> ClientPerformancePage:
        """Each client's figures over a window (offset paging)."""
        return await self._run("list_all_smartlead_analytics_client_performance", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_email_health(self, args: MailboxHealthWindow, *, page: Optional[Page] = None) -> MailboxHealthPage:
        """Each mailbox's counts over a window (offset paging)."""
        return await self._run("list_all_smartlead_analytics_email_health", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_domain_health(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> MailboxHealthPage:
        """Each sending domain's counts over a window (offset paging)."""
        return await self._run("list_all_smartlead_analytics_domain_health", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_analytics_mailbox_stats(self, *, args: Optional[AnalyticsScope] = None) -> MailboxOverview:
        """The account's mailboxes by state."""
        return await self._run("smartlead_analytics_mailbox_stats", args=args)  # type: ignore[no-any-return]

    async def smartlead_analytics_provider_performance(self, args: AnalyticsWindow) -> ProviderPerformance:
        """Performance by email provider over a window."""
        return await self._run("smartlead_analytics_provider_performance", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_team_board(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> TeamMemberStatsPage:
        """Each team member's replies over a window (sliced)."""
        return await self._run("list_all_smartlead_analytics_team_board", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_analytics_lead_stats(self, args: AnalyticsWindow) -> LeadStats:
        """New and followed-up leads over a window."""
        return await self._run("smartlead_analytics_lead_stats", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_lead_category_responses(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> CategoryResponsePage:
        """Replies by lead category over a window (sliced)."""
        return await self._run("list_all_smartlead_analytics_lead_category_responses", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_analytics_first_reply_leads(self, args: AnalyticsWindow) -> FirstReplyLeads:
        """How many leads it took to get a first reply."""
        return await self._run("smartlead_analytics_first_reply_leads", args=args)  # type: ignore[no-any-return]

    async def smartlead_analytics_follow_up_reply_rate(self, args: AnalyticsWindow) -> FollowUpReplyRate:
        """The reply rate of follow-ups over a window."""
        return await self._run("smartlead_analytics_follow_up_reply_rate", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_lead_to_reply_times(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> ReplyTimeBucketPage:
        """Replies by time from contact to reply (sliced)."""
        return await self._run("list_all_smartlead_analytics_lead_to_reply_times", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_campaign_responses(self, args: AnalyticsWindow, *, page: Optional[Page] = None) -> CampaignResponsesPage:
        """Each campaign's replies by sentiment (sliced)."""
        return await self._run("list_all_smartlead_analytics_campaign_responses", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_analytics_campaign_statuses(self, *, args: Optional[AnalyticsScope] = None, page: Optional[Page] = None) -> StatusCountPage:
        """Campaigns counted by status (sliced)."""
        return await self._run("list_all_smartlead_analytics_campaign_statuses", args=args, page=page)  # type: ignore[no-any-return]


# --- interface campaigns ---


@_record
class CampaignSchedule:
    """A campaign's sending window (`scheduler_cron_value`)."""
    tz: Optional[str] = None
    """IANA time zone."""
    days: bytes
    """0 = Sunday … 6 = Saturday."""
    start_hour: Optional[str] = None
    end_hour: Optional[str] = None


@_record
class CampaignTag:
    """A tag on a campaign."""
    tag_id: int
    tag_name: Optional[str] = None
    tag_color: Optional[str] = None


@_record
class Campaign:
    """A campaign."""
    id: int
    user_id: Optional[int] = None
    name: Optional[str] = None
    status: Optional[str] = None
    """DRAFTED, ACTIVE, PAUSED, STOPPED, COMPLETED or ARCHIVED."""
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    track_settings: List[str] = field(default_factory=list)
    scheduler_cron_value: Optional[CampaignSchedule] = None
    min_time_btwn_emails: Optional[int] = None
    max_leads_per_day: Optional[int] = None
    stop_lead_settings: Optional[str] = None
    schedule_start_time: Optional[str] = None
    enable_ai_esp_matching: Optional[bool] = None
    send_as_plain_text: Optional[bool] = None
    follow_up_percentage: Optional[int] = None
    unsubscribe_text: Optional[str] = None
    parent_campaign_id: Optional[int] = None
    """Set on subsequences."""
    client_id: Optional[int] = None
    tags: List[CampaignTag] = field(default_factory=list)
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class CampaignPage:
    """A page of campaigns."""
    result: List[Campaign] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignLeadStats:
    """Lead counts by state inside a campaign."""
    total: Optional[int] = None
    not_started: Optional[int] = None
    inprogress: Optional[int] = None
    completed: Optional[int] = None
    blocked: Optional[int] = None
    paused: Optional[int] = None
    stopped: Optional[int] = None
    interested: Optional[int] = None


@_record
class CampaignAnalytics:
    """Campaign totals; Smartlead's string counts arrive here as numbers."""
    id: Optional[int] = None
    name: Optional[str] = None
    status: Optional[str] = None
    created_at: Optional[str] = None
    sent_count: Optional[int] = None
    unique_sent_count: Optional[int] = None
    open_count: Optional[int] = None
    unique_open_count: Optional[int] = None
    click_count: Optional[int] = None
    unique_click_count: Optional[int] = None
    reply_count: Optional[int] = None
    block_count: Optional[int] = None
    total_count: Optional[int] = None
    drafted_count: Optional[int] = None
    """Emails queued, not leads."""
    bounce_count: Optional[int] = None
    unsubscribed_count: Optional[int] = None
    campaign_lead_stats: Optional[CampaignLeadStats] = None
    start_date: Optional[str] = None
    """Set on date-range results."""
    end_date: Optional[str] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class ExportedLead:
    """One row of the leads export: counts as numbers, flags as booleans, custom fields
    read from the JSON in their cell.
    """
    id: Optional[int] = None
    campaign_lead_map_id: Optional[int] = None
    status: Optional[str] = None
    category: Optional[str] = None
    is_interested: Optional[bool] = None
    created_at: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    email: Optional[str] = None
    phone_number: Optional[str] = None
    company_name: Optional[str] = None
    website: Optional[str] = None
    location: Optional[str] = None
    custom_fields: List[Tuple[str, str]] = field(default_factory=list)
    linkedin_profile: Optional[str] = None
    company_url: Optional[str] = None
    is_unsubscribed: Optional[bool] = None
    unsubscribed_client_id_map: Optional[str] = None
    last_email_sequence_sent: Optional[int] = None
    open_count: Optional[int] = None
    click_count: Optional[int] = None
    reply_count: Optional[int] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Columns this version does not know, by header."""


@_record
class LeadsExport:
    """A campaign's leads as CSV."""
    csv: str
    """The CSV exactly as Smartlead sent it."""
    columns: List[str] = field(default_factory=list)
    row_count: int
    rows: List[ExportedLead] = field(default_factory=list)
    """The same rows, typed."""


@_record
class SequenceVariant:
    """An A/B variant of a sequence step."""
    id: int
    variant_label: Optional[str] = None
    subject: Optional[str] = None
    email_body: Optional[str] = None
    is_deleted: Optional[bool] = None


@_record
class Sequence:
    """One step of a campaign's sequence."""
    id: int
    email_campaign_id: Optional[int] = None
    seq_number: Optional[int] = None
    subject: Optional[str] = None
    email_body: Optional[str] = None
    delay_in_days: Optional[int] = None
    """Days after the previous step."""
    sequence_variants: List[SequenceVariant] = field(default_factory=list)
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class SequenceDelay:
    """The wait before a step."""
    delay_in_days: int
    """Days after the previous step (0 for the first)."""


@_record
class VariantInput:
    """An A/B variant of a step to save."""
    subject: Optional[str] = None
    email_body: str
    variant_label: str
    """A, B, C…"""
    variant_distribution_percentage: Optional[int] = None
    """Share of the step's leads that get this variant, 0–100."""


@_record
class SequenceInput:
    """One step of a sequence to save."""
    id: Optional[int] = None
    """The step's id to update it; none creates a step."""
    seq_number: int
    """Its place in the sequence, from 1."""
    subject: Optional[str] = None
    """Subject; a follow-up without one replies in the same thread."""
    email_body: str
    """HTML body; {{first_name}} and the lead's other fields are filled in."""
    seq_delay_details: SequenceDelay
    seq_variants: Optional[List[VariantInput]] = None


@_record
class TestEmail:
    """A step of a campaign to send as a test."""
    campaign_id: int
    lead_id: int
    """The lead whose fields fill the step in (and who receives it without custom-email-address)."""
    sequence_number: int
    """The step to send, from 1."""
    selected_email_account_id: Optional[int] = None
    """The mailbox to send from; else one of the campaign's."""
    custom_email_address: Optional[str] = None
    """Where to send it instead of the lead's address."""


@_record
class SequencesUpdate:
    """A campaign's email steps to save."""
    campaign_id: int
    sequences: List[SequenceInput] = field(default_factory=list)
    """At least one."""


@_record
class SavedSequences:
    """A campaign's steps after a save."""
    ok: bool
    steps: List[Sequence] = field(default_factory=list)
    """The steps as saved, when Smartlead lists them."""


@_record
class SequencePage:
    """A page of sequence steps."""
    result: List[Sequence] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignStatistic:
    """One email sent to one lead, with what the lead did."""
    lead_email: Optional[str] = None
    lead_name: Optional[str] = None
    lead_category: Optional[str] = None
    sequence_number: Optional[int] = None
    stats_id: Optional[str] = None
    """Pass as `email-stats-id` to reply."""
    email_campaign_seq_id: Optional[int] = None
    seq_variant_id: Optional[int] = None
    email_subject: Optional[str] = None
    sent_time: Optional[str] = None
    open_time: Optional[str] = None
    click_time: Optional[str] = None
    reply_time: Optional[str] = None
    open_count: Optional[int] = None
    click_count: Optional[int] = None
    is_unsubscribed: Optional[bool] = None
    is_bounced: Optional[bool] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class CampaignStatisticPage:
    """A page of sent emails."""
    result: List[CampaignStatistic] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignFilter:
    """Filters for listing campaigns."""
    client_id: Optional[int] = None
    include_tags: Optional[bool] = None


@_record
class NewCampaign:
    """A campaign to create."""
    name: Optional[str] = None
    client_id: Optional[int] = None


@_record
class CampaignRef:
    """A campaign, by id."""
    campaign_id: int


@_record
class CampaignLookup:
    """A campaign, by id, with options."""
    campaign_id: int
    include_tags: Optional[bool] = None


@_record
class OutOfOfficeSettings:
    """How out-of-office replies are treated."""
    ignore_ooo_as_reply: Optional[bool] = None
    auto_reactivate_ooo: Optional[bool] = None
    reactivate_ooo_with_delay: Optional[int] = None
    auto_categorize_ooo: Optional[bool] = None


@_record
class SettingsUpdate:
    """Only the fields given change."""
    campaign_id: int
    name: Optional[str] = None
    track_settings: Optional[List[str]] = None
    """DONT_TRACK_EMAIL_OPEN, DONT_TRACK_LINK_CLICK, DONT_TRACK_REPLY_TO_AN_EMAIL."""
    stop_lead_settings: Optional[str] = None
    """REPLY_TO_AN_EMAIL, CLICK_ON_A_LINK or OPEN_AN_EMAIL."""
    unsubscribe_text: Optional[str] = None
    send_as_plain_text: Optional[bool] = None
    force_plain_text: Optional[bool] = None
    follow_up_percentage: Optional[int] = None
    """0–100."""
    client_id: Optional[int] = None
    enable_ai_esp_matching: Optional[bool] = None
    add_unsubscribe_tag: Optional[bool] = None
    auto_pause_domain_leads_on_reply: Optional[bool] = None
    ignore_ss_mailbox_sending_limit: Optional[bool] = None
    bounce_autopause_threshold: Optional[str] = None
    domain_level_rate_limit: Optional[bool] = None
    out_of_office_detection_settings: Optional[OutOfOfficeSettings] = None
    ai_categorisation_options: Optional[List[int]] = None


class CampaignCommand(str, Enum):
    """What to do with a campaign. `stopped` is permanent."""
    START = "start"
    PAUSED = "paused"
    STOPPED = "stopped"


@_record
class StatusChange:
    """A campaign and the status to move it to."""
    campaign_id: int
    status: CampaignCommand


@_record
class ScheduleUpdate:
    """A campaign's new sending window."""
    campaign_id: int
    timezone: str
    """IANA time zone."""
    days_of_the_week: bytes
    """0 = Sunday … 6 = Saturday."""
    start_hour: str
    """HH:MM."""
    end_hour: str
    """HH:MM, after start-hour."""
    min_time_btw_emails: Optional[int] = None
    max_new_leads_per_day: Optional[int] = None
    schedule_start_time: Optional[str] = None


@_record
class DateRange:
    """A campaign and the days to total."""
    campaign_id: int
    start_date: str
    """YYYY-MM-DD."""
    end_date: str
    """YYYY-MM-DD, not before start-date."""
    time_zone: Optional[str] = None


@_record
class StatisticsFilter:
    """Which sent emails of a campaign to list."""
    campaign_id: int
    email_sequence_number: Optional[int] = None
    """1–20."""
    email_status: Optional[str] = None
    """opened, clicked, replied, unsubscribed or bounced."""
    sent_time_start_date: Optional[str] = None
    sent_time_end_date: Optional[str] = None


@_record
class CampaignCopy:
    """What a copy of a campaign takes along besides its sequences, settings, schedule
    and mailboxes (never its leads).
    """
    campaign_id: int
    duplicate_sub_sequence: Optional[bool] = None
    duplicate_client_label: Optional[bool] = None


@_record
class NewSubsequence:
    """A subsequence campaign under a parent campaign."""
    parent_campaign_id: int
    subsequence_name: Optional[str] = None
    condition_events: Optional[List[str]] = None
    """Each as JSON (an event name in quotes, or an object): Smartlead does not document their shape."""


@_record
class EmailForward:
    """An email of a campaign's thread, forwarded."""
    campaign_id: int
    message_id: str
    """The Message-ID of the email, from the lead's message history."""
    stats_id: str
    to_emails: List[str] = field(default_factory=list)
    """Sent comma-separated."""
    forward_email_body: Optional[str] = None
    forward_email_subject: Optional[str] = None


@_record
class ForwardedEmail:
    """The forward Smartlead sent."""
    message_id: Optional[str] = None
    status: Optional[str] = None


@_record
class CampaignTeamMember:
    """The team member a campaign is assigned to; none unassigns."""
    campaign_id: int
    team_member_id: Optional[int] = None


@_record
class LeadSenderChange:
    """The mailbox one lead of a campaign is sent from."""
    email_account_id: int
    email_campaign_id: int
    email_lead_id: int
    override_lead_email_account: Optional[bool] = None
    """Replace a sender already set for the lead."""


@_record
class ActivityWindow:
    """Leads' activities across campaigns, optionally between two times (ISO 8601 or
    YYYY-MM-DD; the end only with the start).
    """
    event_time_from: Optional[str] = None
    event_time_to: Optional[str] = None


@_record
class LeadActivity:
    """A lead's activity in a campaign; Smartlead documents two row shapes, both read."""
    lead_id: Optional[int] = None
    email_lead_map_id: Optional[int] = None
    campaign_id: Optional[int] = None
    campaign_name: Optional[str] = None
    campaign_status: Optional[str] = None
    status: Optional[str] = None
    current_seq_num: Optional[int] = None
    created_at: Optional[str] = None
    activities: List[str] = field(default_factory=list)
    """Each as JSON."""
    lead_email: Optional[str] = None
    activity_type: Optional[str] = None
    event_time: Optional[str] = None


@_record
class LeadActivityPage:
    result: List[LeadActivity] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignWindow:
    """A campaign over a window (YYYY-MM-DD)."""
    campaign_id: int
    start_date: str
    end_date: str


@_record
class TopLevelAnalytics:
    """A campaign's totals over a window, in whichever shape Smartlead answers."""
    total_sent: Optional[int] = None
    total_delivered: Optional[int] = None
    open_rate: Optional[float] = None
    reply_rate: Optional[float] = None
    sent_count: Optional[int] = None
    open_count: Optional[int] = None
    click_count: Optional[int] = None
    reply_count: Optional[int] = None
    bounce_count: Optional[int] = None
    unsubscribed_count: Optional[int] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None


@_record
class LeadStatisticsFilter:
    """A campaign's leads, optionally only those with events after a day."""
    campaign_id: int
    event_time_gt: Optional[str] = None


@_record
class MailboxStatisticsFilter:
    """A campaign's mailboxes, optionally over a window in a time zone."""
    campaign_id: int
    client_id: Optional[int] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    time_zone: Optional[str] = None


class Campaigns(_Interface):
    """Campaigns: settings, schedule, status, sequences and numbers."""

    _name = "campaigns"

    def list_all_smartlead_campaigns(self, *, args: Optional[CampaignFilter] = None, page: Optional[Page] = None) -> CampaignPage:
        """Campaigns of the account (sliced; limit up to 1000)."""
        return self._call("list-all-smartlead-campaigns", (args if args is not None else CampaignFilter(), page if page is not None else Page()), CampaignPage, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_campaign(self, *, args: Optional[NewCampaign] = None) -> Created:
        """Creates a DRAFTED campaign."""
        return self._call("create-a-smartlead-campaign", (args if args is not None else NewCampaign(),), Created, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_campaign_by_id(self, args: CampaignLookup) -> Campaign:
        """One campaign; `not-found` for an unknown id."""
        return self._call("get-single-smartlead-campaign-by-id", (args,), Campaign, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_campaign_by_id(self, args: SettingsUpdate) -> Ack:
        """Changes the settings given."""
        return self._call("update-a-smartlead-campaign-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_campaign_by_id(self, args: CampaignRef) -> Ack:
        """Deletes a campaign with its leads and statistics."""
        return self._call("delete-a-smartlead-campaign-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_top_level_analytics(self, args: CampaignRef) -> CampaignAnalytics:
        """Campaign totals."""
        return self._call("smartlead-campaigns-top-level-analytics", (args,), CampaignAnalytics, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_export_campaign_leads_csv(self, args: CampaignRef) -> LeadsExport:
        """The campaign's leads as CSV."""
        return self._call("smartlead-campaigns-export-campaign-leads-csv", (args,), LeadsExport, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_update_campaign_status(self, args: StatusChange) -> Ack:
        """Starts, pauses or stops a campaign."""
        return self._call("smartlead-campaigns-update-campaign-status", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_update_schedule(self, args: ScheduleUpdate) -> Ack:
        """Sets the sending window."""
        return self._call("smartlead-campaigns-update-schedule", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_save_sequences(self, args: SequencesUpdate) -> SavedSequences:
        """The campaign's email steps (sliced).
        Saves a campaign's email steps: one with an id is updated, one without created.
        Refused while the campaign is ACTIVE (pause it first). Sent once.
        """
        return self._call("smartlead-campaigns-save-sequences", (args,), SavedSequences, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_send_test_email(self, args: TestEmail) -> Ack:
        """Sends one step as a real test email (to the lead, or to custom-email-address).
        Sent once; agent hosts confirm it with their user first.
        """
        return self._call("smartlead-campaigns-send-test-email", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_campaign_sequences(self, args: ByCampaign, *, page: Optional[Page] = None) -> SequencePage:
        return self._call("list-all-smartlead-campaign-sequences", (args, page if page is not None else Page()), SequencePage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_campaign_statistics_by_date(self, args: DateRange) -> CampaignAnalytics:
        """Campaign totals over a date range."""
        return self._call("list-all-smartlead-campaign-statistics-by-date", (args,), CampaignAnalytics, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_campaign_statistics(self, args: StatisticsFilter, *, page: Optional[Page] = None) -> CampaignStatisticPage:
        """Every email sent, per lead and step (limit up to 1000)."""
        return self._call("list-all-smartlead-campaign-statistics", (args, page if page is not None else Page()), CampaignStatisticPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_duplicate(self, args: CampaignCopy) -> Created:
        """Copies a campaign, DRAFTED, without its leads."""
        return self._call("smartlead-campaigns-duplicate", (args,), Created, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_subsequence(self, args: NewSubsequence) -> Created:
        """Creates a subsequence campaign under a parent."""
        return self._call("create-a-smartlead-subsequence", (args,), Created, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_forward_email(self, args: EmailForward) -> ForwardedEmail:
        """Forwards an email of a campaign's thread. Sends email: confirmed first by tools."""
        return self._call("smartlead-campaigns-forward-email", (args,), ForwardedEmail, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_assign_team_member(self, args: CampaignTeamMember) -> Ack:
        """Assigns (or, with none, unassigns) a campaign's team member."""
        return self._call("smartlead-campaigns-assign-team-member", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_update_lead_email_account(self, args: LeadSenderChange) -> Ack:
        """Changes the mailbox one lead is sent from."""
        return self._call("smartlead-campaigns-update-lead-email-account", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_lead_activities(self, *, args: Optional[ActivityWindow] = None, page: Optional[Page] = None) -> LeadActivityPage:
        """Leads' activities across campaigns (offset paging, up to 1,000)."""
        return self._call("list-all-smartlead-lead-activities", (args if args is not None else ActivityWindow(), page if page is not None else Page()), LeadActivityPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaigns_top_level_analytics_by_date(self, args: CampaignWindow) -> TopLevelAnalytics:
        """A campaign's totals over a window."""
        return self._call("smartlead-campaigns-top-level-analytics-by-date", (args,), TopLevelAnalytics, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_campaign_lead_statistics(self, args: LeadStatisticsFilter, *, page: Optional[Page] = None) -> JsonPage:
        """A campaign's per-lead statistics, rows as JSON (offset paging, up to 100)."""
        return self._call("list-all-smartlead-campaign-lead-statistics", (args, page if page is not None else Page()), JsonPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_campaign_mailbox_statistics(self, args: MailboxStatisticsFilter, *, page: Optional[Page] = None) -> JsonPage:
        """A campaign's per-mailbox statistics, rows as JSON (offset paging, up to 20)."""
        return self._call("list-all-smartlead-campaign-mailbox-statistics", (args, page if page is not None else Page()), JsonPage, client=True, result=True)  # type: ignore[no-any-return]


class AsyncCampaigns(_AsyncInterface):
    """Campaigns: settings, schedule, status, sequences and numbers."""

    _attr = "campaigns"

    async def list_all_smartlead_campaigns(self, *, args: Optional[CampaignFilter] = None, page: Optional[Page] = None) -> CampaignPage:
        """Campaigns of the account (sliced; limit up to 1000)."""
        return await self._run("list_all_smartlead_campaigns", args=args, page=page)  # type: ignore[no-any-return]

    async def create_a_smartlead_campaign(self, *, args: Optional[NewCampaign] = None) -> Created:
        """Creates a DRAFTED campaign."""
        return await self._run("create_a_smartlead_campaign", args=args)  # type: ignore[no-any-return]

    async def get_single_smartlead_campaign_by_id(self, args: CampaignLookup) -> Campaign:
        """One campaign; `not-found` for an unknown id."""
        return await self._run("get_single_smartlead_campaign_by_id", args=args)  # type: ignore[no-any-return]

    async def update_a_smartlead_campaign_by_id(self, args: SettingsUpdate) -> Ack:
        """Changes the settings given."""
        return await self._run("update_a_smartlead_campaign_by_id", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_campaign_by_id(self, args: CampaignRef) -> Ack:
        """Deletes a campaign with its leads and statistics."""
        return await self._run("delete_a_smartlead_campaign_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_top_level_analytics(self, args: CampaignRef) -> CampaignAnalytics:
        """Campaign totals."""
        return await self._run("smartlead_campaigns_top_level_analytics", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_export_campaign_leads_csv(self, args: CampaignRef) -> LeadsExport:
        """The campaign's leads as CSV."""
        return await self._run("smartlead_campaigns_export_campaign_leads_csv", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_update_campaign_status(self, args: StatusChange) -> Ack:
        """Starts, pauses or stops a campaign."""
        return await self._run("smartlead_campaigns_update_campaign_status", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_update_schedule(self, args: ScheduleUpdate) -> Ack:
        """Sets the sending window."""
        return await self._run("smartlead_campaigns_update_schedule", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_save_sequences(self, args: SequencesUpdate) -> SavedSequences:
        """The campaign's email steps (sliced).
        Saves a campaign's email steps: one with an id is updated, one without created.
        Refused while the campaign is ACTIVE (pause it first). Sent once.
        """
        return await self._run("smartlead_campaigns_save_sequences", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_send_test_email(self, args: TestEmail) -> Ack:
        """Sends one step as a real test email (to the lead, or to custom-email-address).
        Sent once; agent hosts confirm it with their user first.
        """
        return await self._run("smartlead_campaigns_send_test_email", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_campaign_sequences(self, args: ByCampaign, *, page: Optional[Page] = None) -> SequencePage:
        return await self._run("list_all_smartlead_campaign_sequences", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_campaign_statistics_by_date(self, args: DateRange) -> CampaignAnalytics:
        """Campaign totals over a date range."""
        return await self._run("list_all_smartlead_campaign_statistics_by_date", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_campaign_statistics(self, args: StatisticsFilter, *, page: Optional[Page] = None) -> CampaignStatisticPage:
        """Every email sent, per lead and step (limit up to 1000)."""
        return await self._run("list_all_smartlead_campaign_statistics", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_campaigns_duplicate(self, args: CampaignCopy) -> Created:
        """Copies a campaign, DRAFTED, without its leads."""
        return await self._run("smartlead_campaigns_duplicate", args=args)  # type: ignore[no-any-return]

    async def create_a_smartlead_subsequence(self, args: NewSubsequence) -> Created:
        """Creates a subsequence campaign under a parent."""
        return await self._run("create_a_smartlead_subsequence", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_forward_email(self, args: EmailForward) -> ForwardedEmail:
        """Forwards an email of a campaign's thread. Sends email: confirmed first by tools."""
        return await self._run("smartlead_campaigns_forward_email", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_assign_team_member(self, args: CampaignTeamMember) -> Ack:
        """Assigns (or, with none, unassigns) a campaign's team member."""
        return await self._run("smartlead_campaigns_assign_team_member", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaigns_update_lead_email_account(self, args: LeadSenderChange) -> Ack:
        """Changes the mailbox one lead is sent from."""
        return await self._run("smartlead_campaigns_update_lead_email_account", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_lead_activities(self, *, args: Optional[ActivityWindow] = None, page: Optional[Page] = None) -> LeadActivityPage:
        """Leads' activities across campaigns (offset paging, up to 1,000)."""
        return await self._run("list_all_smartlead_lead_activities", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_campaigns_top_level_analytics_by_date(self, args: CampaignWindow) -> TopLevelAnalytics:
        """A campaign's totals over a window."""
        return await self._run("smartlead_campaigns_top_level_analytics_by_date", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_campaign_lead_statistics(self, args: LeadStatisticsFilter, *, page: Optional[Page] = None) -> JsonPage:
        """A campaign's per-lead statistics, rows as JSON (offset paging, up to 100)."""
        return await self._run("list_all_smartlead_campaign_lead_statistics", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_campaign_mailbox_statistics(self, args: MailboxStatisticsFilter, *, page: Optional[Page] = None) -> JsonPage:
        """A campaign's per-mailbox statistics, rows as JSON (offset paging, up to 20)."""
        return await self._run("list_all_smartlead_campaign_mailbox_statistics", args=args, page=page)  # type: ignore[no-any-return]


# --- interface email-accounts ---


@_record
class WarmupDetails:
    """Warm-up state of a mailbox."""
    status: Optional[str] = None
    total_sent_count: Optional[int] = None
    total_spam_count: Optional[int] = None
    warmup_reputation: Optional[str] = None
    """As Smartlead shows it, e.g. '95%'."""
    reply_rate: Optional[int] = None
    is_warmup_blocked: Optional[bool] = None
    blocked_reason: Optional[str] = None


@_record
class EmailAccount:
    """A sending mailbox. Passwords are never returned."""
    id: int
    from_name: Optional[str] = None
    from_email: Optional[str] = None
    username: Optional[str] = None
    account_type: Optional[str] = None
    """SMTP, GMAIL, OUTLOOK or ZOHO."""
    smtp_host: Optional[str] = None
    smtp_port: Optional[int] = None
    imap_host: Optional[str] = None
    imap_port: Optional[int] = None
    message_per_day: Optional[int] = None
    daily_sent_count: Optional[int] = None
    is_smtp_success: Optional[bool] = None
    is_imap_success: Optional[bool] = None
    smtp_failure_error: Optional[str] = None
    imap_failure_error: Optional[str] = None
    signature: Optional[str] = None
    custom_tracking_domain: Optional[str] = None
    bcc_email: Optional[str] = None
    client_id: Optional[int] = None
    campaign_count: Optional[int] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    warmup_details: Optional[WarmupDetails] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class EmailAccountPage:
    """A page of mailboxes."""
    result: List[EmailAccount] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class WarmupDay:
    """One day of warm-up activity."""
    date: str
    sent_count: Optional[int] = None
    reply_count: Optional[int] = None
    save_from_spam_count: Optional[int] = None
    """Rescued from spam (good)."""
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class WarmupStats:
    """Warm-up over the last 7 days."""
    id: Optional[int] = None
    sent_count: Optional[int] = None
    spam_count: Optional[int] = None
    inbox_count: Optional[int] = None
    warmup_email_received_count: Optional[int] = None
    stats_by_date: List[WarmupDay] = field(default_factory=list)


@_record
class EmailAccountFilter:
    """Filters for listing mailboxes."""
    username: Optional[str] = None
    """Part of the address."""
    client_id: Optional[int] = None
    email_warmup_status: Optional[str] = None
    """ACTIVE or INACTIVE."""
    esp: Optional[str] = None
    """GMAIL, OUTLOOK or SMTP."""
    is_in_use: Optional[bool] = None


@_record
class NewEmailAccount:
    """An SMTP/IMAP mailbox to connect."""
    from_name: str
    from_email: str
    user_name: str
    password: str
    """Sent to Smartlead only, never returned."""
    smtp_host: str
    smtp_port: int
    imap_host: str
    imap_port: int
    max_email_per_day: Optional[int] = None
    custom_tracking_url: Optional[str] = None
    bcc: Optional[str] = None
    signature: Optional[str] = None
    warmup_enabled: Optional[bool] = None
    total_warmup_per_day: Optional[int] = None
    daily_rampup: Optional[int] = None
    reply_rate_percentage: Optional[int] = None
    client_id: Optional[int] = None
    imap_user_name: Optional[str] = None
    imap_password: Optional[str] = None
    different_reply_to_address: Optional[str] = None


@_record
class EmailAccountRef:
    """A mailbox, by id."""
    id: int


@_record
class EmailAccountLookup:
    """A mailbox, by id, with options."""
    id: int
    fetch_campaigns: Optional[bool] = None


@_record
class EmailAccountUpdate:
    """A mailbox and the settings to change."""
    id: int
    max_email_per_day: Optional[int] = None
    from_name: Optional[str] = None
    custom_tracking_url: Optional[str] = None
    bcc: Optional[str] = None
    signature: Optional[str] = None
    client_id: Optional[int] = None
    time_to_wait_in_mins: Optional[int] = None
    is_suspended: Optional[bool] = None


@_record
class CampaignEmailAccounts:
    """Mailboxes to add to or remove from a campaign."""
    campaign_id: int
    email_account_ids: List[int] = field(default_factory=list)


@_record
class WarmupSettings:
    """A mailbox's warm-up settings."""
    id: int
    warmup_enabled: bool
    total_warmup_per_day: Optional[int] = None
    """1–50."""
    daily_rampup: Optional[int] = None
    reply_rate_percentage: Optional[int] = None
    """0–100."""
    warmup_key_id: Optional[str] = None
    auto_adjust_warmup: Optional[bool] = None
    is_rampup_enabled: Optional[bool] = None


@_record
class OauthToken:
    """An OAuth grant for a Gmail or Outlook mailbox, as Google or Microsoft issued it."""
    scope: str
    token_type: str
    access_token: Optional[str] = None
    refresh_token: Optional[str] = None
    expiry_date: int
    """Unix time in milliseconds."""
    id_token: Optional[str] = None
    expiry: Optional[str] = None
    expires_in: Optional[int] = None
    ext_expires_in: Optional[int] = None


@_record
class OauthEmailAccount:
    """A Gmail or Outlook mailbox connected by OAuth (with id, an existing one updated)."""
    id: Optional[int] = None
    from_name: str
    from_email: str
    username: str
    account_type: str
    """GMAIL or OUTLOOK (Smartlead's `type`)."""
    token: OauthToken
    warmup_enabled: bool
    use_whitelabel_credentials: bool
    max_email_per_day: Optional[int] = None
    custom_tracking_url: Optional[str] = None
    bcc: Optional[str] = None
    time_to_wait_in_mins: Optional[int] = None
    signature: Optional[str] = None
    total_warmup_per_day: Optional[int] = None
    daily_rampup: Optional[int] = None
    reply_rate_percentage: Optional[int] = None
    client_id: Optional[int] = None


@_record
class OauthAccountSaved:
    """The mailbox Smartlead saved, and whether it could connect."""
    id: Optional[int] = None
    from_email: Optional[str] = None
    account_type: Optional[str] = None
    is_smtp_success: Optional[bool] = None
    is_imap_success: Optional[bool] = None


@_record
class Suspension:
    """A mailbox's suspension as it now stands."""
    account_id: Optional[int] = None
    is_suspended: Optional[bool] = None


@_record
class AccountTag:
    """A tag for mailboxes (and leads)."""
    id: Optional[int] = None
    name: Optional[str] = None
    color: Optional[str] = None


@_record
class NewTag:
    """A new tag."""
    name: str
    color: Optional[str] = None
    """#RRGGBB."""


@_record
class TagUpdate:
    """A tag's new name and color."""
    id: int
    name: str
    color: str
    """#RRGGBB."""


@_record
class AccountEmails:
    """Mailboxes by email address."""
    email_ids: List[str] = field(default_factory=list)


@_record
class AccountTags:
    """A mailbox's tags."""
    email_account_id: Optional[int] = None
    from_email: Optional[str] = None
    tags: List[AccountTag] = field(default_factory=list)


@_record
class AccountTagsPage:
    result: List[AccountTags] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class AccountTagging:
    """Tags and the mailboxes they go on or come off."""
    email_account_ids: List[int] = field(default_factory=list)
    """1 to 25 mailboxes."""
    tag_ids: List[int] = field(default_factory=list)


class EmailAccounts(_Interface):
    """Mailboxes, their warm-up, and the campaigns that send from them."""

    _name = "email-accounts"

    def list_all_smartlead_email_accounts(self, *, args: Optional[EmailAccountFilter] = None, page: Optional[Page] = None) -> EmailAccountPage:
        """Mailboxes of the account (limit up to 100)."""
        return self._call("list-all-smartlead-email-accounts", (args if args is not None else EmailAccountFilter(), page if page is not None else Page()), EmailAccountPage, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_email_account(self, args: NewEmailAccount) -> Created:
        """Connects a mailbox."""
        return self._call("create-a-smartlead-email-account", (args,), Created, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_email_account_by_id(self, args: EmailAccountLookup) -> EmailAccount:
        """One mailbox."""
        return self._call("get-single-smartlead-email-account-by-id", (args,), EmailAccount, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_email_account_by_id(self, args: EmailAccountUpdate) -> Ack:
        """Changes a mailbox's limits and identity."""
        return self._call("update-a-smartlead-email-account-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_email_accounts_reconnect_failed_emails(self) -> Ack:
        """Queues failed mailboxes for reconnection (3 calls a day)."""
        return self._call("smartlead-email-accounts-reconnect-failed-emails", (), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_campaign_email_accounts(self, args: ByCampaign, *, page: Optional[Page] = None) -> EmailAccountPage:
        """Mailboxes a campaign sends from (sliced)."""
        return self._call("list-all-smartlead-campaign-email-accounts", (args, page if page is not None else Page()), EmailAccountPage, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_campaign_email_account(self, args: CampaignEmailAccounts) -> Ack:
        """Adds mailboxes to a campaign."""
        return self._call("create-a-smartlead-campaign-email-account", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_campaign_email_account_by_id(self, args: CampaignEmailAccounts) -> Ack:
        """Removes mailboxes from a campaign."""
        return self._call("delete-a-smartlead-campaign-email-account-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_email_account_warmup_stat_by_id(self, args: EmailAccountRef) -> WarmupStats:
        """Warm-up over the last 7 days."""
        return self._call("get-single-smartlead-email-account-warmup-stat-by-id", (args,), WarmupStats, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_email_account_warmup_setting(self, args: WarmupSettings) -> Ack:
        """Turns warm-up on or off and tunes it."""
        return self._call("create-a-smartlead-email-account-warmup-setting", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_email_accounts_save_oauth(self, args: OauthEmailAccount) -> OauthAccountSaved:
        """Connects (or, with id, updates) a Gmail or Outlook mailbox by OAuth."""
        return self._call("smartlead-email-accounts-save-oauth", (args,), OauthAccountSaved, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_email_account_by_id(self, args: EmailAccountRef) -> Ack:
        """Deletes a mailbox. Confirmed first by tools."""
        return self._call("delete-a-smartlead-email-account-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_email_accounts_suspend(self, args: EmailAccountRef) -> Suspension:
        """Suspends a mailbox's sending. Confirmed first by tools."""
        return self._call("smartlead-email-accounts-suspend", (args,), Suspension, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_email_accounts_unsuspend(self, args: EmailAccountRef) -> Suspension:
        """Lets a suspended mailbox send again."""
        return self._call("smartlead-email-accounts-unsuspend", (args,), Suspension, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_tag(self, args: NewTag) -> AccountTag:
        """Creates a tag."""
        return self._call("create-a-smartlead-tag", (args,), AccountTag, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_tag_by_id(self, args: TagUpdate) -> AccountTag:
        """Renames or recolors a tag."""
        return self._call("update-a-smartlead-tag-by-id", (args,), AccountTag, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_email_account_tags(self, *, args: Optional[AccountEmails] = None, page: Optional[Page] = None) -> AccountTagsPage:
        """The tags of mailboxes given by email address (sliced)."""
        return self._call("list-all-smartlead-email-account-tags", (args if args is not None else AccountEmails(), page if page is not None else Page()), AccountTagsPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_email_accounts_assign_tags(self, *, args: Optional[AccountTagging] = None) -> Ack:
        """Puts tags on mailboxes."""
        return self._call("smartlead-email-accounts-assign-tags", (args if args is not None else AccountTagging(),), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_email_accounts_remove_tags(self, *, args: Optional[AccountTagging] = None) -> Ack:
        """Takes tags off mailboxes. Confirmed first by tools."""
        return self._call("smartlead-email-accounts-remove-tags", (args if args is not None else AccountTagging(),), Ack, client=True, result=True)  # type: ignore[no-any-return]


class AsyncEmailAccounts(_AsyncInterface):
    """Mailboxes, their warm-up, and the campaigns that send from them."""

    _attr = "email_accounts"

    async def list_all_smartlead_email_accounts(self, *, args: Optional[EmailAccountFilter] = None, page: Optional[Page] = None) -> EmailAccountPage:
        """Mailboxes of the account (limit up to 100)."""
        return await self._run("list_all_smartlead_email_accounts", args=args, page=page)  # type: ignore[no-any-return]

    async def create_a_smartlead_email_account(self, args: NewEmailAccount) -> Created:
        """Connects a mailbox."""
        return await self._run("create_a_smartlead_email_account", args=args)  # type: ignore[no-any-return]

    async def get_single_smartlead_email_account_by_id(self, args: EmailAccountLookup) -> EmailAccount:
        """One mailbox."""
        return await self._run("get_single_smartlead_email_account_by_id", args=args)  # type: ignore[no-any-return]

    async def update_a_smartlead_email_account_by_id(self, args: EmailAccountUpdate) -> Ack:
        """Changes a mailbox's limits and identity."""
        return await self._run("update_a_smartlead_email_account_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_email_accounts_reconnect_failed_emails(self) -> Ack:
        """Queues failed mailboxes for reconnection (3 calls a day)."""
        return await self._run("smartlead_email_accounts_reconnect_failed_emails")  # type: ignore[no-any-return]

    async def list_all_smartlead_campaign_email_accounts(self, args: ByCampaign, *, page: Optional[Page] = None) -> EmailAccountPage:
        """Mailboxes a campaign sends from (sliced)."""
        return await self._run("list_all_smartlead_campaign_email_accounts", args=args, page=page)  # type: ignore[no-any-return]

    async def create_a_smartlead_campaign_email_account(self, args: CampaignEmailAccounts) -> Ack:
        """Adds mailboxes to a campaign."""
        return await self._run("create_a_smartlead_campaign_email_account", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_campaign_email_account_by_id(self, args: CampaignEmailAccounts) -> Ack:
        """Removes mailboxes from a campaign."""
        return await self._run("delete_a_smartlead_campaign_email_account_by_id", args=args)  # type: ignore[no-any-return]

    async def get_single_smartlead_email_account_warmup_stat_by_id(self, args: EmailAccountRef) -> WarmupStats:
        """Warm-up over the last 7 days."""
        return await self._run("get_single_smartlead_email_account_warmup_stat_by_id", args=args)  # type: ignore[no-any-return]

    async def create_a_smartlead_email_account_warmup_setting(self, args: WarmupSettings) -> Ack:
        """Turns warm-up on or off and tunes it."""
        return await self._run("create_a_smartlead_email_account_warmup_setting", args=args)  # type: ignore[no-any-return]

    async def smartlead_email_accounts_save_oauth(self, args: OauthEmailAccount) -> OauthAccountSaved:
        """Connects (or, with id, updates) a Gmail or Outlook mailbox by OAuth."""
        return await self._run("smartlead_email_accounts_save_oauth", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_email_account_by_id(self, args: EmailAccountRef) -> Ack:
        """Deletes a mailbox. Confirmed first by tools."""
        return await self._run("delete_a_smartlead_email_account_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_email_accounts_suspend(self, args: EmailAccountRef) -> Suspension:
        """Suspends a mailbox's sending. Confirmed first by tools."""
        return await self._run("smartlead_email_accounts_suspend", args=args)  # type: ignore[no-any-return]

    async def smartlead_email_accounts_unsuspend(self, args: EmailAccountRef) -> Suspension:
        """Lets a suspended mailbox send again."""
        return await self._run("smartlead_email_accounts_unsuspend", args=args)  # type: ignore[no-any-return]

    async def create_a_smartlead_tag(self, args: NewTag) -> AccountTag:
        """Creates a tag."""
        return await self._run("create_a_smartlead_tag", args=args)  # type: ignore[no-any-return]

    async def update_a_smartlead_tag_by_id(self, args: TagUpdate) -> AccountTag:
        """Renames or recolors a tag."""
        return await self._run("update_a_smartlead_tag_by_id", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_email_account_tags(self, *, args: Optional[AccountEmails] = None, page: Optional[Page] = None) -> AccountTagsPage:
        """The tags of mailboxes given by email address (sliced)."""
        return await self._run("list_all_smartlead_email_account_tags", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_email_accounts_assign_tags(self, *, args: Optional[AccountTagging] = None) -> Ack:
        """Puts tags on mailboxes."""
        return await self._run("smartlead_email_accounts_assign_tags", args=args)  # type: ignore[no-any-return]

    async def smartlead_email_accounts_remove_tags(self, *, args: Optional[AccountTagging] = None) -> Ack:
        """Takes tags off mailboxes. Confirmed first by tools."""
        return await self._run("smartlead_email_accounts_remove_tags", args=args)  # type: ignore[no-any-return]


# --- interface events ---


class EventKind(str, Enum):
    """What happened, in Smartlead's words (`EMAIL_REPLY`, …)."""
    EMAIL_SENT = "email-sent"
    FIRST_EMAIL_SENT = "first-email-sent"
    EMAIL_OPEN = "email-open"
    EMAIL_LINK_CLICK = "email-link-click"
    EMAIL_REPLY = "email-reply"
    EMAIL_BOUNCE = "email-bounce"
    LEAD_UNSUBSCRIBED = "lead-unsubscribed"
    LEAD_CATEGORY_UPDATED = "lead-category-updated"
    CAMPAIGN_STATUS_CHANGED = "campaign-status-changed"
    UNTRACKED_REPLIES = "untracked-replies"
    MANUAL_STEP_REACHED = "manual-step-reached"
    EMAIL_ACCOUNT_DISCONNECTED = "email-account-disconnected"
    LINKEDIN_DISCONNECTED = "linkedin-disconnected"
    UNKNOWN = "unknown"


@_record
class Category:
    """A lead category, before or after a change."""
    id: Optional[int] = None
    name: Optional[str] = None


@_record
class WebhookEvent:
    """One event of a delivery, in one shape whichever shape it came in. Fields a shape
    lacks are none.
    """
    id: str
    """Names the event: the payload's id, else the SHA-256 of the body (`#n` added for the n-th event of a batch without ids); an unverified delivery's `X-Request-Id` comes first. A verified delivery is named by what was signed, so a replay under a new `X-Request-Id` has the same id, as a retry does."""
    kind: EventKind
    kind_name: str
    """The type as the payload named it (`EMAIL_REPLIED`, `email.account.disconnected`)."""
    verified: bool
    """Whether the signature or the secret matched; false when no secret is configured."""
    occurred_at: Optional[str] = None
    campaign_id: Optional[int] = None
    campaign_name: Optional[str] = None
    lead_id: Optional[int] = None
    lead_map_id: Optional[int] = None
    """The lead's place in the campaign."""
    prospect_email: Optional[str] = None
    """The prospect, even in a reply (where `from_email` is the sending mailbox)."""
    sender_email: Optional[str] = None
    """The sending mailbox."""
    subject: Optional[str] = None
    message_id: Optional[str] = None
    """The message the event is about (the one sent)."""
    reply_message_id: Optional[str] = None
    """The prospect's reply."""
    reply_text: Optional[str] = None
    reply_html: Optional[str] = None
    clicked_link: Optional[str] = None
    category_before: Optional[Category] = None
    category_after: Optional[Category] = None
    sequence_number: Optional[int] = None
    email_account: Optional[str] = None
    """The mailbox a disconnect is about."""
    raw: str
    """The event as Smartlead sent it, as JSON, without its `secret_key`."""


class Events(_Interface):
    """Smartlead's webhook deliveries, verified and read into one event shape."""

    _name = "events"

    def parse_webhook(self, headers: List[Tuple[str, str]], body: bytes, *, secret: Optional[str] = None) -> List[WebhookEvent]:
        """Verifies a delivery (`X-Smartlead-Signature: sha256=<hex HMAC-SHA256 of the
        body>`, or else the older `secret_key` inside it, both compared in constant time)
        and reads its events: one object or an array of them. With `secret` set, a
        delivery that matches neither way is `unauthorized`; without it, events are read
        and marked unverified. A body that is not an event is `invalid-input`.
        """
        return self._call("parse-webhook", (headers, body, secret), List[WebhookEvent], client=False, result=True)  # type: ignore[no-any-return]


class AsyncEvents(_AsyncInterface):
    """Smartlead's webhook deliveries, verified and read into one event shape."""

    _attr = "events"

    async def parse_webhook(self, headers: List[Tuple[str, str]], body: bytes, *, secret: Optional[str] = None) -> List[WebhookEvent]:
        """Verifies a delivery (`X-Smartlead-Signature: sha256=<hex HMAC-SHA256 of the
        body>`, or else the older `secret_key` inside it, both compared in constant time)
        and reads its events: one object or an array of them. With `secret` set, a
        delivery that matches neither way is `unauthorized`; without it, events are read
        and marked unverified. A body that is not an event is `invalid-input`.
        """
        return await self._run("parse_webhook", headers=headers, body=body, secret=secret)  # type: ignore[no-any-return]


# --- interface lead-lists ---


@_record
class LeadList:
    """A lead list, with how many leads it holds."""
    id: int
    name: Optional[str] = None
    lead_count: Optional[int] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class LeadListPage:
    """A page of lead lists."""
    result: List[LeadList] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class NewLeadList:
    """A lead list to create."""
    list_name: str


@_record
class LeadListFilter:
    """Which lead lists to list."""
    list_name: Optional[str] = None
    """Only lists whose name contains this."""
    tag_ids: Optional[str] = None
    """Only lists with these tags: tag ids, comma-separated."""


@_record
class LeadListRef:
    """A lead list, by id."""
    id: int


@_record
class LeadListRename:
    """A lead list's new name."""
    id: int
    list_name: str


@_record
class ListLead:
    """A lead as a lead list takes it."""
    email: str
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    company: Optional[str] = None
    """The company's name."""
    custom_fields: List[Tuple[str, str]] = field(default_factory=list)
    """Key/value pairs, usable as {{key}} in sequences."""


@_record
class ListImportSettings:
    """How a lead list import treats blocked leads."""
    ignore_global_block_list: Optional[bool] = None
    """Import leads even when the global block list holds them."""


@_record
class ListImport:
    """Leads to add to a lead list."""
    id: int
    lead_list: List[ListLead] = field(default_factory=list)
    """At least one."""
    file_name: str
    """The file they came from, as the list shows it."""
    csv_settings: Optional[ListImportSettings] = None


@_record
class ListImportResult:
    """What a lead list import did."""
    total_leads: Optional[int] = None
    imported: Optional[int] = None
    duplicates: Optional[int] = None
    blocked: Optional[int] = None


@_record
class ListMove:
    """Leads to copy or move between lead lists: lead-ids or every lead of from-list-id."""
    action: str
    """copy or move."""
    lead_ids: Optional[List[int]] = None
    """1 to 10,000 leads."""
    from_list_id: Optional[int] = None
    to_list_id: int


@_record
class ListMoveResult:
    """How many leads a copy or move took."""
    total_leads_moved: Optional[int] = None


@_record
class ListSelection:
    """Which leads of the lead lists: every lead of list-id, lead-ids, or all-leads."""
    list_id: Optional[int] = None
    lead_ids: Optional[List[int]] = None
    all_leads: Optional[bool] = None


@_record
class ListPush:
    """Lead list leads to push into a campaign, named by id or by name."""
    campaign_id: Optional[int] = None
    campaign_name: Optional[str] = None
    """A name no campaign has creates one."""
    action: str
    """copy or move."""
    lead_list: ListSelection
    csv_settings: Optional[ListImportSettings] = None


@_record
class ListPushResult:
    """What a push into a campaign did."""
    total_leads: Optional[int] = None
    pushed: Optional[int] = None
    duplicates: Optional[int] = None


@_record
class ListTags:
    """Tags to put on (and take off) 1 to 10 lead lists."""
    list_ids: List[int] = field(default_factory=list)
    tag_ids: List[int] = field(default_factory=list)
    """1 to 10."""
    remove_tag_ids: Optional[List[int]] = None
    """Up to 10."""


class LeadLists(_Interface):
    """Lead lists: leads kept outside any campaign, named lists to import into and push
    from.
    """

    _name = "lead-lists"

    def create_a_smartlead_lead_list(self, args: NewLeadList) -> Created:
        """Creates an empty lead list; its id."""
        return self._call("create-a-smartlead-lead-list", (args,), Created, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_lead_lists(self, *, args: Optional[LeadListFilter] = None, page: Optional[Page] = None) -> LeadListPage:
        """The account's lead lists (offset paging, up to 1,000 a page)."""
        return self._call("list-all-smartlead-lead-lists", (args if args is not None else LeadListFilter(), page if page is not None else Page()), LeadListPage, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_lead_list_by_id(self, args: LeadListRef) -> LeadList:
        """One lead list."""
        return self._call("get-single-smartlead-lead-list-by-id", (args,), LeadList, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_lead_list_by_id(self, args: LeadListRename) -> Ack:
        """Renames a lead list."""
        return self._call("update-a-smartlead-lead-list-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_lead_list_by_id(self, args: LeadListRef) -> Ack:
        """Deletes a lead list and its leads."""
        return self._call("delete-a-smartlead-lead-list-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_lead_lists_import_leads(self, args: ListImport) -> ListImportResult:
        """Adds leads to a lead list. Sent once."""
        return self._call("smartlead-lead-lists-import-leads", (args,), ListImportResult, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_lead_lists_move_leads(self, args: ListMove) -> ListMoveResult:
        """Copies or moves leads into a lead list. Sent once."""
        return self._call("smartlead-lead-lists-move-leads", (args,), ListMoveResult, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_lead_lists_push_to_campaign(self, args: ListPush) -> ListPushResult:
        """Copies or moves lead list leads into a campaign (an ACTIVE one emails them). Sent once."""
        return self._call("smartlead-lead-lists-push-to-campaign", (args,), ListPushResult, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_lead_lists_assign_tags(self, *, args: Optional[ListTags] = None) -> Ack:
        """Puts tags on (and takes tags off) lead lists."""
        return self._call("smartlead-lead-lists-assign-tags", (args if args is not None else ListTags(),), Ack, client=True, result=True)  # type: ignore[no-any-return]


class AsyncLeadLists(_AsyncInterface):
    """Lead lists: leads kept outside any campaign, named lists to import into and push
    from.
    """

    _attr = "lead_lists"

    async def create_a_smartlead_lead_list(self, args: NewLeadList) -> Created:
        """Creates an empty lead list; its id."""
        return await self._run("create_a_smartlead_lead_list", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_lead_lists(self, *, args: Optional[LeadListFilter] = None, page: Optional[Page] = None) -> LeadListPage:
        """The account's lead lists (offset paging, up to 1,000 a page)."""
        return await self._run("list_all_smartlead_lead_lists", args=args, page=page)  # type: ignore[no-any-return]

    async def get_single_smartlead_lead_list_by_id(self, args: LeadListRef) -> LeadList:
        """One lead list."""
        return await self._run("get_single_smartlead_lead_list_by_id", args=args)  # type: ignore[no-any-return]

    async def update_a_smartlead_lead_list_by_id(self, args: LeadListRename) -> Ack:
        """Renames a lead list."""
        return await self._run("update_a_smartlead_lead_list_by_id", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_lead_list_by_id(self, args: LeadListRef) -> Ack:
        """Deletes a lead list and its leads."""
        return await self._run("delete_a_smartlead_lead_list_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_lead_lists_import_leads(self, args: ListImport) -> ListImportResult:
        """Adds leads to a lead list. Sent once."""
        return await self._run("smartlead_lead_lists_import_leads", args=args)  # type: ignore[no-any-return]

    async def smartlead_lead_lists_move_leads(self, args: ListMove) -> ListMoveResult:
        """Copies or moves leads into a lead list. Sent once."""
        return await self._run("smartlead_lead_lists_move_leads", args=args)  # type: ignore[no-any-return]

    async def smartlead_lead_lists_push_to_campaign(self, args: ListPush) -> ListPushResult:
        """Copies or moves lead list leads into a campaign (an ACTIVE one emails them). Sent once."""
        return await self._run("smartlead_lead_lists_push_to_campaign", args=args)  # type: ignore[no-any-return]

    async def smartlead_lead_lists_assign_tags(self, *, args: Optional[ListTags] = None) -> Ack:
        """Puts tags on (and takes tags off) lead lists."""
        return await self._run("smartlead_lead_lists_assign_tags", args=args)  # type: ignore[no-any-return]


# --- interface leads ---


@_record
class LeadCampaignData:
    """A campaign a lead is in, as the lookup by email reports it."""
    campaign_id: int
    campaign_lead_map_id: Optional[int] = None
    campaign_name: Optional[str] = None
    client_id: Optional[int] = None
    lead_category_id: Optional[int] = None


@_record
class Lead:
    """A person, shared by every campaign it is in."""
    id: int
    email: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    phone_number: Optional[str] = None
    company_name: Optional[str] = None
    website: Optional[str] = None
    location: Optional[str] = None
    linkedin_profile: Optional[str] = None
    company_url: Optional[str] = None
    custom_fields: List[Tuple[str, str]] = field(default_factory=list)
    """Key/value pairs, usable as {{key}} in sequences."""
    is_unsubscribed: Optional[bool] = None
    created_at: Optional[str] = None
    lead_campaign_data: List[LeadCampaignData] = field(default_factory=list)
    """Only on lookup by email."""
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class LeadPage:
    """A page of leads."""
    result: List[Lead] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadCampaign:
    """A campaign a lead is in."""
    id: int
    name: Optional[str] = None
    status: Optional[str] = None


@_record
class LeadCampaignPage:
    """A page of a lead's campaigns."""
    result: List[LeadCampaign] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadCategory:
    """A reply category (Interested, Not Interested, …); ids differ per account."""
    id: int
    name: str
    sentiment_type: Optional[str] = None
    """positive, negative, neutral, or none."""
    created_at: Optional[str] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class LeadCategoryPage:
    """A page of lead categories."""
    result: List[LeadCategory] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadLookup:
    """A lead, by email."""
    email: str


@_record
class LeadRef:
    """A lead, by id."""
    id: int


@_record
class DomainBlockList:
    """Domains and addresses to block."""
    domain_block_list: List[str] = field(default_factory=list)
    """Domains and/or email addresses."""
    client_id: Optional[int] = None


@_record
class BlockListEntry:
    """A domain or email address on the global block list."""
    id: Optional[int] = None
    email_or_domain: Optional[str] = None
    source: Optional[str] = None
    client_id: Optional[int] = None
    created_at: Optional[str] = None


@_record
class BlockListPage:
    """A page of block list entries."""
    result: List[BlockListEntry] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class BlockListFilter:
    """Which block list entries to list."""
    filter_client_id: Optional[int] = None
    filter_email_or_domain: Optional[str] = None
    """Entries containing this text."""
    filter_email_with_domain: Optional[str] = None
    """Email addresses at this domain."""


@_record
class BlockListEntryRef:
    """A block list entry, by id."""
    id: int


class Leads(_Interface):
    """Leads across the account."""

    _name = "leads"

    def list_all_smartlead_leads(self, args: LeadLookup, *, page: Optional[Page] = None) -> LeadPage:
        """The lead with this email, as a list of zero or one."""
        return self._call("list-all-smartlead-leads", (args, page if page is not None else Page()), LeadPage, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_lead_by_id(self, args: LeadRef) -> Lead:
        """Unsubscribes a lead from every campaign.
        One lead by its id (without the campaigns it is in: look it up by email for those).
        """
        return self._call("get-single-smartlead-lead-by-id", (args,), Lead, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_leads_unsubscribe(self, args: LeadRef) -> Ack:
        return self._call("smartlead-leads-unsubscribe", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_leads_block(self, *, args: Optional[DomainBlockList] = None) -> Ack:
        """Adds domains or addresses to the global block list."""
        return self._call("smartlead-leads-block", (args if args is not None else DomainBlockList(),), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_lead_campaigns(self, args: LeadRef, *, page: Optional[Page] = None) -> LeadCampaignPage:
        """Campaigns a lead is in (sliced)."""
        return self._call("list-all-smartlead-lead-campaigns", (args, page if page is not None else Page()), LeadCampaignPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_lead_category(self, *, page: Optional[Page] = None) -> LeadCategoryPage:
        """The account's lead categories (sliced)."""
        return self._call("list-all-smartlead-lead-category", (page if page is not None else Page(),), LeadCategoryPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_block_list(self, *, args: Optional[BlockListFilter] = None, page: Optional[Page] = None) -> BlockListPage:
        """The global block list (offset paging, up to 1,000 a page)."""
        return self._call("list-all-smartlead-block-list", (args if args is not None else BlockListFilter(), page if page is not None else Page()), BlockListPage, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_block_list_entry_by_id(self, args: BlockListEntryRef) -> Ack:
        """Takes an entry off the global block list. Confirmed first by tools."""
        return self._call("delete-a-smartlead-block-list-entry-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]


class AsyncLeads(_AsyncInterface):
    """Leads across the account."""

    _attr = "leads"

    async def list_all_smartlead_leads(self, args: LeadLookup, *, page: Optional[Page] = None) -> LeadPage:
        """The lead with this email, as a list of zero or one."""
        return await self._run("list_all_smartlead_leads", args=args, page=page)  # type: ignore[no-any-return]

    async def get_single_smartlead_lead_by_id(self, args: LeadRef) -> Lead:
        """Unsubscribes a lead from every campaign.
        One lead by its id (without the campaigns it is in: look it up by email for those).
        """
        return await self._run("get_single_smartlead_lead_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_leads_unsubscribe(self, args: LeadRef) -> Ack:
        return await self._run("smartlead_leads_unsubscribe", args=args)  # type: ignore[no-any-return]

    async def smartlead_leads_block(self, *, args: Optional[DomainBlockList] = None) -> Ack:
        """Adds domains or addresses to the global block list."""
        return await self._run("smartlead_leads_block", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_lead_campaigns(self, args: LeadRef, *, page: Optional[Page] = None) -> LeadCampaignPage:
        """Campaigns a lead is in (sliced)."""
        return await self._run("list_all_smartlead_lead_campaigns", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_lead_category(self, *, page: Optional[Page] = None) -> LeadCategoryPage:
        """The account's lead categories (sliced)."""
        return await self._run("list_all_smartlead_lead_category", page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_block_list(self, *, args: Optional[BlockListFilter] = None, page: Optional[Page] = None) -> BlockListPage:
        """The global block list (offset paging, up to 1,000 a page)."""
        return await self._run("list_all_smartlead_block_list", args=args, page=page)  # type: ignore[no-any-return]

    async def delete_a_smartlead_block_list_entry_by_id(self, args: BlockListEntryRef) -> Ack:
        """Takes an entry off the global block list. Confirmed first by tools."""
        return await self._run("delete_a_smartlead_block_list_entry_by_id", args=args)  # type: ignore[no-any-return]


# --- interface campaign-leads ---


@_record
class CampaignLead:
    """A lead inside one campaign."""
    campaign_lead_map_id: int
    lead_category_id: Optional[int] = None
    status: Optional[str] = None
    """STARTED, INPROGRESS, COMPLETED, PAUSED, STOPPED or BLOCKED."""
    created_at: Optional[str] = None
    lead: Lead
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class CampaignLeadPage:
    """A page of a campaign's leads."""
    result: List[CampaignLead] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class AddLeadsResult:
    """The outcome of adding leads."""
    total_leads: Optional[int] = None
    """Leads actually added."""
    upload_count: Optional[int] = None
    """Rows processed, including ones already present."""
    already_added_to_campaign: Optional[int] = None
    skipped_count: Optional[int] = None
    duplicate_count: Optional[int] = None
    invalid_email_count: Optional[int] = None
    invalid_emails: List[str] = field(default_factory=list)
    block_count: Optional[int] = None
    bounce_count: Optional[int] = None
    unsubscribed_leads: Optional[int] = None
    is_lead_limit_exhausted: Optional[bool] = None
    """The account's lead credits ran out; the rest was not imported."""
    lead_import_stopped_count: Optional[int] = None


@_record
class Message:
    """One email of a lead's thread."""
    message_type: Optional[str] = None
    """SENT or REPLY."""
    stats_id: Optional[str] = None
    """Pass as `email-stats-id` to reply."""
    message_id: Optional[str] = None
    from_: Optional[str] = None
    to: Optional[str] = None
    time: Optional[str] = None
    subject: Optional[str] = None
    email_body: Optional[str] = None
    email_seq_number: Optional[int] = None
    open_count: Optional[int] = None
    click_count: Optional[int] = None
    cc: List[str] = field(default_factory=list)


@_record
class MessagePage:
    """A page of a lead's thread."""
    result: List[Message] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignLeadFilter:
    """Which leads of a campaign to list."""
    campaign_id: int
    status: Optional[str] = None
    lead_category_id: Optional[int] = None
    email_status: Optional[str] = None
    created_at_gt: Optional[str] = None
    last_sent_time_gt: Optional[str] = None
    event_time_gt: Optional[str] = None


@_record
class LeadInput:
    """A lead to add; field names are Smartlead's."""
    email: str
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    phone_number: Optional[str] = None
    company_name: Optional[str] = None
    website: Optional[str] = None
    location: Optional[str] = None
    linkedin_profile: Optional[str] = None
    company_url: Optional[str] = None
    custom_fields: List[Tuple[str, str]] = field(default_factory=list)


@_record
class ImportSettings:
    """How Smartlead treats blocked, unsubscribed and duplicate leads on import."""
    ignore_global_block_list: Optional[bool] = None
    ignore_unsubscribe_list: Optional[bool] = None
    ignore_duplicate_leads_in_other_campaign: Optional[bool] = None
    ignore_community_bounce_list: Optional[bool] = None
    return_lead_ids: Optional[bool] = None


@_record
class NewLeads:
    """Leads to add to a campaign."""
    campaign_id: int
    lead_list: List[LeadInput] = field(default_factory=list)
    """1 to 400 leads (100 is taken by every Smartlead version)."""
    settings: Optional[ImportSettings] = None


@_record
class CampaignLeadRef:
    """A lead in a campaign."""
    campaign_id: int
    id: int
    """Lead id."""


@_record
class ResumeLead:
    """A paused lead to resume."""
    campaign_id: int
    id: int
    resume_lead_with_delay_days: Optional[int] = None


@_record
class ReplyToLead:
    """A reply in a lead's thread."""
    campaign_id: int
    email_stats_id: str
    """`stats-id` of the message replied to."""
    email_body: str
    """HTML."""
    reply_message_id: Optional[str] = None
    reply_email_time: Optional[str] = None
    reply_email_body: Optional[str] = None
    cc: Optional[str] = None
    bcc: Optional[str] = None
    add_signature: Optional[bool] = None
    to_email: Optional[str] = None
    to_first_name: Optional[str] = None
    to_last_name: Optional[str] = None
    scheduled_time: Optional[str] = None


@_record
class LeadUpdate:
    """A lead's new contact and custom fields."""
    campaign_id: int
    id: int
    email: str
    """Required even when unchanged."""
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    phone_number: Optional[str] = None
    company_name: Optional[str] = None
    website: Optional[str] = None
    location: Optional[str] = None
    linkedin_profile: Optional[str] = None
    company_url: Optional[str] = None
    custom_fields: List[Tuple[str, str]] = field(default_factory=list)
    """Merged into the lead's custom fields."""


@_record
class CategoryUpdate:
    """A lead's new category in a campaign."""
    campaign_id: int
    id: int
    category_id: int
    pause_lead: Optional[bool] = None


@_record
class MessageHistoryFilter:
    """Which messages of a lead's thread to list."""
    campaign_id: int
    id: int
    event_time_gt: Optional[str] = None
    show_plain_text_response: Optional[bool] = None


@_record
class LeadMapRef:
    """A lead of a campaign, by its map id (campaign_lead_map_id, not the lead id)."""
    campaign_id: int
    lead_map_id: int


class CampaignLeads(_Interface):
    """The people in a campaign, what they are sent and their replies."""

    _name = "campaign-leads"

    def list_all_smartlead_campaign_leads(self, args: CampaignLeadFilter, *, page: Optional[Page] = None) -> CampaignLeadPage:
        """Leads of a campaign (limit up to 100)."""
        return self._call("list-all-smartlead-campaign-leads", (args, page if page is not None else Page()), CampaignLeadPage, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_campaign_lead(self, args: NewLeads) -> AddLeadsResult:
        """Adds 1 to 400 leads; sent exactly once."""
        return self._call("create-a-smartlead-campaign-lead", (args,), AddLeadsResult, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_campaign_lead_by_id(self, args: CampaignLeadRef) -> Ack:
        """Removes a lead from a campaign."""
        return self._call("delete-a-smartlead-campaign-lead-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaign_leads_unsubscribe_lead(self, args: CampaignLeadRef) -> Ack:
        """Unsubscribes a lead from one campaign."""
        return self._call("smartlead-campaign-leads-unsubscribe-lead", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaign_leads_pause_lead(self, args: CampaignLeadRef) -> Ack:
        """Pauses a lead."""
        return self._call("smartlead-campaign-leads-pause-lead", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaign_leads_resume_leads(self, args: ResumeLead) -> Ack:
        """Resumes a lead."""
        return self._call("smartlead-campaign-leads-resume-leads", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaign_leads_reply_to_lead(self, args: ReplyToLead) -> Ack:
        """Replies in a lead's thread; sent exactly once."""
        return self._call("smartlead-campaign-leads-reply-to-lead", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_campaign_lead_by_id(self, args: LeadUpdate) -> Ack:
        """Updates a lead's fields."""
        return self._call("update-a-smartlead-campaign-lead-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaign_leads_update_lead_category(self, args: CategoryUpdate) -> Ack:
        """Sets a lead's category."""
        return self._call("smartlead-campaign-leads-update-lead-category", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_campaign_lead_message_history(self, args: MessageHistoryFilter, *, page: Optional[Page] = None) -> MessagePage:
        """The lead's thread (sliced)."""
        return self._call("list-all-smartlead-campaign-lead-message-history", (args, page if page is not None else Page()), MessagePage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_campaign_leads_manual_complete(self, args: LeadMapRef) -> Ack:
        """Marks a lead of a campaign complete: no further steps are sent to it."""
        return self._call("smartlead-campaign-leads-manual-complete", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]


class AsyncCampaignLeads(_AsyncInterface):
    """The people in a campaign, what they are sent and their replies."""

    _attr = "campaign_leads"

    async def list_all_smartlead_campaign_leads(self, args: CampaignLeadFilter, *, page: Optional[Page] = None) -> CampaignLeadPage:
        """Leads of a campaign (limit up to 100)."""
        return await self._run("list_all_smartlead_campaign_leads", args=args, page=page)  # type: ignore[no-any-return]

    async def create_a_smartlead_campaign_lead(self, args: NewLeads) -> AddLeadsResult:
        """Adds 1 to 400 leads; sent exactly once."""
        return await self._run("create_a_smartlead_campaign_lead", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_campaign_lead_by_id(self, args: CampaignLeadRef) -> Ack:
        """Removes a lead from a campaign."""
        return await self._run("delete_a_smartlead_campaign_lead_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaign_leads_unsubscribe_lead(self, args: CampaignLeadRef) -> Ack:
        """Unsubscribes a lead from one campaign."""
        return await self._run("smartlead_campaign_leads_unsubscribe_lead", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaign_leads_pause_lead(self, args: CampaignLeadRef) -> Ack:
        """Pauses a lead."""
        return await self._run("smartlead_campaign_leads_pause_lead", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaign_leads_resume_leads(self, args: ResumeLead) -> Ack:
        """Resumes a lead."""
        return await self._run("smartlead_campaign_leads_resume_leads", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaign_leads_reply_to_lead(self, args: ReplyToLead) -> Ack:
        """Replies in a lead's thread; sent exactly once."""
        return await self._run("smartlead_campaign_leads_reply_to_lead", args=args)  # type: ignore[no-any-return]

    async def update_a_smartlead_campaign_lead_by_id(self, args: LeadUpdate) -> Ack:
        """Updates a lead's fields."""
        return await self._run("update_a_smartlead_campaign_lead_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_campaign_leads_update_lead_category(self, args: CategoryUpdate) -> Ack:
        """Sets a lead's category."""
        return await self._run("smartlead_campaign_leads_update_lead_category", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_campaign_lead_message_history(self, args: MessageHistoryFilter, *, page: Optional[Page] = None) -> MessagePage:
        """The lead's thread (sliced)."""
        return await self._run("list_all_smartlead_campaign_lead_message_history", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_campaign_leads_manual_complete(self, args: LeadMapRef) -> Ack:
        """Marks a lead of a campaign complete: no further steps are sent to it."""
        return await self._run("smartlead_campaign_leads_manual_complete", args=args)  # type: ignore[no-any-return]


# --- interface bulk ---


class InputFormat(str, Enum):
    """How the rows are written."""
    CSV = "csv"
    JSONL = "jsonl"


@_record
class PlanOptions:
    """How a plan is made."""
    batch_size: Optional[int] = None
    """Leads per batch, 1 to 400; default 100 (taken by every Smartlead version)."""
    overrides: List[Tuple[str, str]] = field(default_factory=list)
    """Where named columns go, over the known names: (column, target) with target a lead field (`email`, `first_name`, …), `custom_fields.NAME` or `ignore`."""


@_record
class ColumnMapping:
    """One column and where it goes."""
    column: str
    target: str
    """`email`, `first_name`, …, `custom_fields.NAME`, or `ignored`."""


@_record
class RejectedRow:
    """A row that is not imported, and why."""
    row: int
    """The row among the data rows, from 1; 0 when Smartlead named an email of no row."""
    email: Optional[str] = None
    reason: str


@_record
class LeadBatch:
    """Leads sent together in one request."""
    index: int
    """From 1."""
    rows: List[int] = field(default_factory=list)
    """The data row of each lead."""
    leads: List[LeadInput] = field(default_factory=list)


@_record
class PlanSummary:
    """What a plan found, without its batches: all a report needs besides the answers."""
    mapping: List[ColumnMapping] = field(default_factory=list)
    rows: int
    """Data rows read: every record after the header, each planned or rejected."""
    batches: int
    leads: int
    """Leads in the batches."""
    rejected: List[RejectedRow] = field(default_factory=list)


@_record
class ImportPlan:
    """Everything an import will send, and what it will not. The same input and options
    always plan the same batches.
    """
    summary: PlanSummary
    batches: List[LeadBatch] = field(default_factory=list)


@_record
class BatchOutcome:
    """Smartlead's answer to one batch, every count a number."""
    index: int
    sent: int
    """Leads sent in the batch's request (after a resume, the ones still missing)."""
    added: int
    already_in_campaign: int
    duplicates: int
    invalid: List[RejectedRow] = field(default_factory=list)
    """Leads Smartlead called invalid, each at its row (0 when it named an email of no row, or only counted them)."""
    blocked: int
    unsubscribed: int
    bounced: int
    skipped: int
    found_on_resume: int
    """Leads of a batch whose answer was lost, found in the campaign on resume."""
    lead_limit_exhausted: bool
    """The account's lead credits ran out during this batch."""
    not_imported: int
    """Leads of this batch not imported because of that."""


@_record
class ReconciledBatch:
    """A batch whose answer was lost, reduced to the leads the campaign does not hold."""
    missing: LeadBatch
    found: int
    """Leads found in the campaign already."""


@_record
class ImportReport:
    """An import from start to where it stands."""
    rows: int
    batches: int
    batches_done: int
    sent: int
    added: int
    already_in_campaign: int
    duplicates: int
    invalid: int
    """Rows rejected before sending plus emails Smartlead called invalid."""
    blocked: int
    unsubscribed: int
    bounced: int
    skipped: int
    found_on_resume: int
    not_imported: int
    rejected: List[RejectedRow] = field(default_factory=list)
    """Every row not imported, with its reason."""
    stopped: Optional[str] = None
    """Why the import stopped before its last batch, if it did."""
    unanswered_batches: List[int] = field(default_factory=list)
    """Batches sent whose answer never came: look their leads up before sending again."""


@_record
class ImportOptions:
    """What a whole import takes besides its rows."""
    plan: PlanOptions
    settings: Optional[ImportSettings] = None


class Bulk(_Interface):
    """Bulk lead import, the same in every host: a prospect list read, checked and planned
    in batches before anything is sent, each batch sent once, a lost answer reconciled
    by looking its leads up, and the answers folded into one report.

    A host with a journal drives an import a batch at a time (`plan-import`, then
    `send-batch` for each batch, `missing-from-campaign` for one whose answer was lost,
    `summarize-import`); `import-leads` runs a whole import in one call.
    """

    _name = "bulk"

    def plan_import(self, input: bytes, format: InputFormat, *, options: Optional[PlanOptions] = None) -> ImportPlan:
        """Reads and checks every row and cuts the good ones into batches; sends nothing.
        Input that cannot be a prospect list (not UTF-8, empty, no email column, a quote
        that would swallow the rows after it) is `invalid-input`, naming the line; a bad
        row is only rejected. One call takes at most 16 MiB of input (more is
        `invalid-input` before anything is read) and 50,000 rows (`invalid-input` once
        row 50,001 is read): split a larger file, or import it with `smartlead leads
        import`, which reads any size a chunk at a time.
        """
        return self._call("plan-import", (input, format, options if options is not None else PlanOptions()), ImportPlan, client=False, result=True)  # type: ignore[no-any-return]

    def send_batch(self, campaign_id: int, batch: LeadBatch, *, settings: Optional[ImportSettings] = None) -> BatchOutcome:
        """Sends one batch to a campaign, once."""
        return self._call("send-batch", (campaign_id, batch, settings), BatchOutcome, client=True, result=True)  # type: ignore[no-any-return]

    def missing_from_campaign(self, campaign_id: int, batch: LeadBatch) -> ReconciledBatch:
        """The leads of a batch the campaign does not hold yet, each looked up by email."""
        return self._call("missing-from-campaign", (campaign_id, batch), ReconciledBatch, client=True, result=True)  # type: ignore[no-any-return]

    def summarize_import(self, plan: PlanSummary, outcomes: List[BatchOutcome]) -> ImportReport:
        """Folds the answered batches of a plan into one report."""
        return self._call("summarize-import", (plan, outcomes), ImportReport, client=False, result=False)  # type: ignore[no-any-return]

    def lead_limit_reached(self, batch: int, batches: int) -> str:
        """Why an import stops when Smartlead says the account's lead credits ran out in
        batch `batch` of `batches`.
        """
        return self._call("lead-limit-reached", (batch, batches), str, client=False, result=False)  # type: ignore[no-any-return]

    def import_leads(self, campaign_id: int, input: bytes, format: InputFormat, options: ImportOptions) -> ImportReport:
        """A whole import, batch after batch, stopping at the first batch Smartlead does not
        take; only invalid input is an error, anything later is in the report. The input
        is bounded as for `plan-import`.
        """
        return self._call("import-leads", (campaign_id, input, format, options), ImportReport, client=True, result=True)  # type: ignore[no-any-return]


class AsyncBulk(_AsyncInterface):
    """Bulk lead import, the same in every host: a prospect list read, checked and planned
    in batches before anything is sent, each batch sent once, a lost answer reconciled
    by looking its leads up, and the answers folded into one report.

    A host with a journal drives an import a batch at a time (`plan-import`, then
    `send-batch` for each batch, `missing-from-campaign` for one whose answer was lost,
    `summarize-import`); `import-leads` runs a whole import in one call.
    """

    _attr = "bulk"

    async def plan_import(self, input: bytes, format: InputFormat, *, options: Optional[PlanOptions] = None) -> ImportPlan:
        """Reads and checks every row and cuts the good ones into batches; sends nothing.
        Input that cannot be a prospect list (not UTF-8, empty, no email column, a quote
        that would swallow the rows after it) is `invalid-input`, naming the line; a bad
        row is only rejected. One call takes at most 16 MiB of input (more is
        `invalid-input` before anything is read) and 50,000 rows (`invalid-input` once
        row 50,001 is read): split a larger file, or import it with `smartlead leads
        import`, which reads any size a chunk at a time.
        """
        return await self._run("plan_import", input=input, format=format, options=options)  # type: ignore[no-any-return]

    async def send_batch(self, campaign_id: int, batch: LeadBatch, *, settings: Optional[ImportSettings] = None) -> BatchOutcome:
        """Sends one batch to a campaign, once."""
        return await self._run("send_batch", campaign_id=campaign_id, batch=batch, settings=settings)  # type: ignore[no-any-return]

    async def missing_from_campaign(self, campaign_id: int, batch: LeadBatch) -> ReconciledBatch:
        """The leads of a batch the campaign does not hold yet, each looked up by email."""
        return await self._run("missing_from_campaign", campaign_id=campaign_id, batch=batch)  # type: ignore[no-any-return]

    async def summarize_import(self, plan: PlanSummary, outcomes: List[BatchOutcome]) -> ImportReport:
        """Folds the answered batches of a plan into one report."""
        return await self._run("summarize_import", plan=plan, outcomes=outcomes)  # type: ignore[no-any-return]

    async def lead_limit_reached(self, batch: int, batches: int) -> str:
        """Why an import stops when Smartlead says the account's lead credits ran out in
        batch `batch` of `batches`.
        """
        return await self._run("lead_limit_reached", batch=batch, batches=batches)  # type: ignore[no-any-return]

    async def import_leads(self, campaign_id: int, input: bytes, format: InputFormat, options: ImportOptions) -> ImportReport:
        """A whole import, batch after batch, stopping at the first batch Smartlead does not
        take; only invalid input is an error, anything later is in the report. The input
        is bounded as for `plan-import`.
        """
        return await self._run("import_leads", campaign_id=campaign_id, input=input, format=format, options=options)  # type: ignore[no-any-return]


# --- interface master-inbox ---


@_record
class InboxRef:
    """Someone or something a conversation points at: campaign, category, subsequence,
    mailbox or assignee.
    """
    id: Optional[int] = None
    name: Optional[str] = None
    email: Optional[str] = None


@_record
class InboxLead:
    """The lead of a conversation."""
    email: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    company: Optional[str] = None
    phone: Optional[str] = None
    title: Optional[str] = None


@_record
class InboxMessage:
    """One message of a conversation; which times it carries depends on the view."""
    id: Optional[str] = None
    subject: Optional[str] = None
    body: Optional[str] = None
    direction: Optional[str] = None
    """In a thread: sent or received."""
    sent_from: Optional[str] = None
    sent_to: Optional[str] = None
    sent_at: Optional[str] = None
    received_at: Optional[str] = None
    opened_at: Optional[str] = None
    replied_at: Optional[str] = None


@_record
class InboxItem:
    """A conversation, as every view and the thread show it; each view fills some
    fields.
    """
    id: Optional[str] = None
    campaign_lead_map_id: Optional[int] = None
    """The conversation's id in the actions (their email-lead-map-id)."""
    lead: Optional[InboxLead] = None
    campaign: Optional[InboxRef] = None
    email_account: Optional[InboxRef] = None
    last_message: Optional[InboxMessage] = None
    email_status: Optional[str] = None
    category: Optional[InboxRef] = None
    assigned_to: Optional[InboxRef] = None
    subsequence: Optional[InboxRef] = None
    is_read: Optional[bool] = None
    is_important: Optional[bool] = None
    is_archived: Optional[bool] = None
    importance_score: Optional[float] = None
    reply_age_hours: Optional[float] = None
    """Unread replies: hours the reply has waited."""
    tags: List[str] = field(default_factory=list)
    snoozed_until: Optional[str] = None
    scheduled_time: Optional[str] = None
    reminder_time: Optional[str] = None
    reminder_message: Optional[str] = None
    is_overdue: Optional[bool] = None
    message_history: List[InboxMessage] = field(default_factory=list)
    """The thread's messages: always for one conversation, on request in the views."""
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model (stats, …): name and JSON value."""


@_record
class InboxPage:
    """A page of conversations."""
    result: List[InboxItem] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadCategoryFilter:
    """Conversations by lead category."""
    unassigned: Optional[bool] = None
    is_assigned: Optional[bool] = None
    category_ids_in: Optional[List[int]] = None
    """At most 10."""
    category_ids_not_in: Optional[List[int]] = None
    """At most 10."""


@_record
class InboxFilters:
    """The inbox's filters. Id filters take one id or several."""
    search: Optional[str] = None
    """At most 30 characters."""
    lead_categories: Optional[LeadCategoryFilter] = None
    email_status: Optional[List[str]] = None
    """Opened, Clicked, Replied, Unsubscribed, Bounced, Accepted or Not Replied."""
    campaign_id: Optional[List[int]] = None
    email_account_id: Optional[List[int]] = None
    campaign_team_member_id: Optional[List[int]] = None
    campaign_tag_id: Optional[List[int]] = None
    campaign_client_id: Optional[List[int]] = None
    reply_time_between: Optional[List[str]] = None
    """Two ISO 8601 times: start and end."""
    sub_sequence_id: Optional[int] = None
    """The custom view only."""


@_record
class InboxView:
    """Which conversations a view lists, and in what order."""
    filters: Optional[InboxFilters] = None
    sort_by: Optional[str] = None
    """REPLY_TIME_DESC (default) or SENT_TIME_DESC; scheduled: SCHEDULED_TIME_ASC or SCHEDULED_TIME_DESC."""
    fetch_message_history: Optional[bool] = None
    """Include each conversation's messages."""


@_record
class InboxViewWithoutHistory:
    """Which conversations a view without message history lists (sent, reminders)."""
    filters: Optional[InboxFilters] = None
    sort_by: Optional[str] = None
    """REPLY_TIME_DESC or SENT_TIME_DESC; reminders: REMINDER_TIME_ASC or REMINDER_TIME_DESC."""


@_record
class InboxItemRef:
    """A conversation, by its campaign-lead-map-id."""
    id: int


@_record
class UntrackedFilter:
    """Which untracked replies to list."""
    fetch_body: Optional[bool] = None
    fetch_attachments: Optional[bool] = None
    from_email: Optional[str] = None
    to_email: Optional[str] = None
    subject_line: Optional[str] = None
    """Part of the subject."""


@_record
class UntrackedReply:
    """A reply that reached a mailbox but matches no campaign lead."""
    id: Optional[str] = None
    from_email: Optional[str] = None
    to_email: Optional[str] = None
    subject: Optional[str] = None
    received_at: Optional[str] = None
    has_attachments: Optional[bool] = None
    body: Optional[str] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model (attachments, …): name and JSON value."""


@_record
class UntrackedReplyPage:
    """A page of untracked replies."""
    result: List[UntrackedReply] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class ReplyStatusQuery:
    """A reply sent from the inbox, by its Message-ID (with angle brackets)."""
    message_id: str


@_record
class ReplyStatus:
    """Where a reply sent from the inbox stands."""
    message_id: Optional[str] = None
    status: Optional[str] = None
    status_message: Optional[str] = None
    event_time: Optional[str] = None
    scheduled_time: Optional[str] = None
    email_stats_id: Optional[str] = None


@_record
class ReadStatusChange:
    """A conversation to mark read (true) or unread."""
    email_lead_map_id: int
    read_status: bool


@_record
class InboxReadStatus:
    """A conversation's read state after the change."""
    email_lead_map_id: Optional[int] = None
    is_read: Optional[bool] = None
    updated_at: Optional[str] = None


@_record
class InboxCategoryChange:
    """A conversation's new lead category."""
    email_lead_map_id: int
    category_id: int


@_record
class RevenueChange:
    """The revenue a conversation brought (zero or more, the account's currency)."""
    email_lead_map_id: int
    revenue: float


@_record
class InboxRevenue:
    """A conversation's revenue after the change."""
    email_lead_map_id: Optional[int] = None
    revenue: Optional[float] = None
    updated_at: Optional[str] = None


@_record
class InboxResumeRequest:
    """A paused lead to resume, after resume-delay-days days."""
    campaign_id: int
    email_lead_map_id: int
    resume_delay_days: Optional[int] = None


@_record
class InboxResume:
    """When a resumed lead's sequence goes on."""
    campaign_id: Optional[int] = None
    email_lead_map_id: Optional[int] = None
    resume_delay_days: Optional[int] = None
    will_resume_at: Optional[str] = None


@_record
class TeamMemberAssignment:
    """A conversation to assign."""
    email_lead_map_id: int
    team_member_id: int


@_record
class InboxAssignment:
    """Who a conversation is assigned to."""
    email_lead_map_id: Optional[int] = None
    team_member_id: Optional[int] = None
    assigned_at: Optional[str] = None


@_record
class NewLeadNote:
    """A note on a conversation's lead."""
    email_lead_map_id: int
    note_message: str


@_record
class LeadNote:
    """A note on a lead: as created (on a conversation) or listed (on the lead)."""
    id: Optional[int] = None
    email_lead_map_id: Optional[int] = None
    lead_id: Optional[int] = None
    created_by: Optional[str] = None
    note_message: Optional[str] = None
    created_at: Optional[str] = None


@_record
class NewLeadTask:
    """A task on a conversation's lead."""
    email_lead_map_id: int
    name: str
    description: Optional[str] = None
    priority: Optional[str] = None
    """LOW, MEDIUM (default) or HIGH."""
    due_date: Optional[str] = None
    """ISO 8601."""


@_record
class LeadTask:
    """A task on a lead."""
    id: Optional[int] = None
    email_lead_map_id: Optional[int] = None
    lead_id: Optional[int] = None
    status: Optional[str] = None
    """Listed tasks: e.g. PENDING or COMPLETED."""
    name: Optional[str] = None
    description: Optional[str] = None
    priority: Optional[str] = None
    due_date: Optional[str] = None
    created_at: Optional[str] = None


@_record
class NewReminder:
    """A reminder on one message (its email-stats-id) of a conversation."""
    email_lead_map_id: int
    email_stats_id: str
    message: str
    reminder_time: str
    """ISO 8601."""


@_record
class LeadReminder:
    """A reminder on a conversation."""
    id: Optional[int] = None
    email_lead_map_id: Optional[int] = None
    reminder_time: Optional[str] = None
    message: Optional[str] = None


@_record
class SubsequenceEntry:
    """A lead to start on a subsequence."""
    email_lead_map_id: int
    sub_sequence_id: int
    sub_sequence_delay_time: Optional[int] = None
    """Seconds to wait before the first step (default 0)."""
    stop_lead_on_parent_campaign_reply: Optional[bool] = None


@_record
class SubsequencePush:
    """A lead started on a subsequence."""
    email_lead_map_id: Optional[int] = None
    parent_campaign_id: Optional[int] = None
    sub_sequence_id: Optional[int] = None
    will_start_at: Optional[str] = None
    stop_on_parent_reply: Optional[bool] = None


@_record
class DomainBlock:
    """Domains to block account-wide."""
    domains: List[str] = field(default_factory=list)
    """At least one, e.g. competitor.com."""
    source: Optional[str] = None
    """manual (default), bounce, complaint or invalid."""


@_record
class BlockedDomains:
    """Domains now blocked."""
    blocked_domains: List[str] = field(default_factory=list)
    source: Optional[str] = None
    blocked_at: Optional[str] = None


class MasterInbox(_Interface):
    """The master inbox: every campaign's conversations in one place, its views (20 a page
    at most), one thread, and the actions a person takes on a reply.
    """

    _name = "master-inbox"

    def list_all_smartlead_master_inbox_replies(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Replies across campaigns, newest first."""
        return self._call("list-all-smartlead-master-inbox-replies", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_sent(self, *, args: Optional[InboxViewWithoutHistory] = None, page: Optional[Page] = None) -> InboxPage:
        """Emails sent from the inbox."""
        return self._call("list-all-smartlead-master-inbox-sent", (args if args is not None else InboxViewWithoutHistory(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_assigned_to_me(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations assigned to the key's user."""
        return self._call("list-all-smartlead-master-inbox-assigned-to-me", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_unread_replies(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Replies not yet read."""
        return self._call("list-all-smartlead-master-inbox-unread-replies", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_important(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations marked important."""
        return self._call("list-all-smartlead-master-inbox-important", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_snoozed(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Snoozed conversations."""
        return self._call("list-all-smartlead-master-inbox-snoozed", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_scheduled(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Emails scheduled to send."""
        return self._call("list-all-smartlead-master-inbox-scheduled", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_reminders(self, *, args: Optional[InboxViewWithoutHistory] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations with a reminder."""
        return self._call("list-all-smartlead-master-inbox-reminders", (args if args is not None else InboxViewWithoutHistory(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_archived(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Archived conversations."""
        return self._call("list-all-smartlead-master-inbox-archived", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_custom_view(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations as a custom view filters them."""
        return self._call("list-all-smartlead-master-inbox-custom-view", (args if args is not None else InboxView(), page if page is not None else Page()), InboxPage, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_master_inbox_item_by_id(self, args: InboxItemRef) -> InboxItem:
        """One conversation with its whole thread."""
        return self._call("get-single-smartlead-master-inbox-item-by-id", (args,), InboxItem, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_master_inbox_untracked_replies(self, *, args: Optional[UntrackedFilter] = None, page: Optional[Page] = None) -> UntrackedReplyPage:
        """Replies that match no campaign lead (offset paging, up to 100 a page)."""
        return self._call("list-all-smartlead-master-inbox-untracked-replies", (args if args is not None else UntrackedFilter(), page if page is not None else Page()), UntrackedReplyPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_reply_status(self, args: ReplyStatusQuery) -> ReplyStatus:
        """Where a reply sent from the inbox stands."""
        return self._call("smartlead-master-inbox-reply-status", (args,), ReplyStatus, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_change_read_status(self, args: ReadStatusChange) -> InboxReadStatus:
        """Marks a conversation read or unread."""
        return self._call("smartlead-master-inbox-change-read-status", (args,), InboxReadStatus, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_update_category(self, args: InboxCategoryChange) -> Ack:
        """Sets a conversation's lead category."""
        return self._call("smartlead-master-inbox-update-category", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_update_revenue(self, args: RevenueChange) -> InboxRevenue:
        """Records a conversation's revenue."""
        return self._call("smartlead-master-inbox-update-revenue", (args,), InboxRevenue, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_resume_lead(self, args: InboxResumeRequest) -> InboxResume:
        """Resumes a paused lead."""
        return self._call("smartlead-master-inbox-resume-lead", (args,), InboxResume, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_assign_team_member(self, args: TeamMemberAssignment) -> InboxAssignment:
        """Assigns a conversation to a team member."""
        return self._call("smartlead-master-inbox-assign-team-member", (args,), InboxAssignment, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_create_note(self, args: NewLeadNote) -> LeadNote:
        """Adds a note to a conversation's lead. Sent once."""
        return self._call("smartlead-master-inbox-create-note", (args,), LeadNote, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_create_task(self, args: NewLeadTask) -> LeadTask:
        """Creates a task on a conversation's lead. Sent once."""
        return self._call("smartlead-master-inbox-create-task", (args,), LeadTask, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_set_reminder(self, args: NewReminder) -> LeadReminder:
        """Sets a reminder on a conversation. Sent once."""
        return self._call("smartlead-master-inbox-set-reminder", (args,), LeadReminder, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_push_to_subsequence(self, args: SubsequenceEntry) -> SubsequencePush:
        """Starts a conversation's lead on a subsequence (which then emails it). Sent once."""
        return self._call("smartlead-master-inbox-push-to-subsequence", (args,), SubsequencePush, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_master_inbox_block_domains(self, *, args: Optional[DomainBlock] = None) -> BlockedDomains:
        """Blocks email domains account-wide. Confirmed first by tools."""
        return self._call("smartlead-master-inbox-block-domains", (args if args is not None else DomainBlock(),), BlockedDomains, client=True, result=True)  # type: ignore[no-any-return]


class AsyncMasterInbox(_AsyncInterface):
    """The master inbox: every campaign's conversations in one place, its views (20 a page
    at most), one thread, and the actions a person takes on a reply.
    """

    _attr = "master_inbox"

    async def list_all_smartlead_master_inbox_replies(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Replies across campaigns, newest first."""
        return await self._run("list_all_smartlead_master_inbox_replies", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_sent(self, *, args: Optional[InboxViewWithoutHistory] = None, page: Optional[Page] = None) -> InboxPage:
        """Emails sent from the inbox."""
        return await self._run("list_all_smartlead_master_inbox_sent", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_assigned_to_me(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations assigned to the key's user."""
        return await self._run("list_all_smartlead_master_inbox_assigned_to_me", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_unread_replies(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Replies not yet read."""
        return await self._run("list_all_smartlead_master_inbox_unread_replies", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_important(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations marked important."""
        return await self._run("list_all_smartlead_master_inbox_important", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_snoozed(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Snoozed conversations."""
        return await self._run("list_all_smartlead_master_inbox_snoozed", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_scheduled(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Emails scheduled to send."""
        return await self._run("list_all_smartlead_master_inbox_scheduled", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_reminders(self, *, args: Optional[InboxViewWithoutHistory] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations with a reminder."""
        return await self._run("list_all_smartlead_master_inbox_reminders", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_archived(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Archived conversations."""
        return await self._run("list_all_smartlead_master_inbox_archived", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_custom_view(self, *, args: Optional[InboxView] = None, page: Optional[Page] = None) -> InboxPage:
        """Conversations as a custom view filters them."""
        return await self._run("list_all_smartlead_master_inbox_custom_view", args=args, page=page)  # type: ignore[no-any-return]

    async def get_single_smartlead_master_inbox_item_by_id(self, args: InboxItemRef) -> InboxItem:
        """One conversation with its whole thread."""
        return await self._run("get_single_smartlead_master_inbox_item_by_id", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_master_inbox_untracked_replies(self, *, args: Optional[UntrackedFilter] = None, page: Optional[Page] = None) -> UntrackedReplyPage:
        """Replies that match no campaign lead (offset paging, up to 100 a page)."""
        return await self._run("list_all_smartlead_master_inbox_untracked_replies", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_reply_status(self, args: ReplyStatusQuery) -> ReplyStatus:
        """Where a reply sent from the inbox stands."""
        return await self._run("smartlead_master_inbox_reply_status", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_change_read_status(self, args: ReadStatusChange) -> InboxReadStatus:
        """Marks a conversation read or unread."""
        return await self._run("smartlead_master_inbox_change_read_status", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_update_category(self, args: InboxCategoryChange) -> Ack:
        """Sets a conversation's lead category."""
        return await self._run("smartlead_master_inbox_update_category", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_update_revenue(self, args: RevenueChange) -> InboxRevenue:
        """Records a conversation's revenue."""
        return await self._run("smartlead_master_inbox_update_revenue", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_resume_lead(self, args: InboxResumeRequest) -> InboxResume:
        """Resumes a paused lead."""
        return await self._run("smartlead_master_inbox_resume_lead", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_assign_team_member(self, args: TeamMemberAssignment) -> InboxAssignment:
        """Assigns a conversation to a team member."""
        return await self._run("smartlead_master_inbox_assign_team_member", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_create_note(self, args: NewLeadNote) -> LeadNote:
        """Adds a note to a conversation's lead. Sent once."""
        return await self._run("smartlead_master_inbox_create_note", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_create_task(self, args: NewLeadTask) -> LeadTask:
        """Creates a task on a conversation's lead. Sent once."""
        return await self._run("smartlead_master_inbox_create_task", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_set_reminder(self, args: NewReminder) -> LeadReminder:
        """Sets a reminder on a conversation. Sent once."""
        return await self._run("smartlead_master_inbox_set_reminder", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_push_to_subsequence(self, args: SubsequenceEntry) -> SubsequencePush:
        """Starts a conversation's lead on a subsequence (which then emails it). Sent once."""
        return await self._run("smartlead_master_inbox_push_to_subsequence", args=args)  # type: ignore[no-any-return]

    async def smartlead_master_inbox_block_domains(self, *, args: Optional[DomainBlock] = None) -> BlockedDomains:
        """Blocks email domains account-wide. Confirmed first by tools."""
        return await self._run("smartlead_master_inbox_block_domains", args=args)  # type: ignore[no-any-return]


# --- interface crm ---


@_record
class LeadNotePage:
    """A page of notes."""
    result: List[LeadNote] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadTaskPage:
    """A page of tasks."""
    result: List[LeadTask] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadTag:
    """A tag, and on a lead the mapping that puts it there."""
    id: Optional[int] = None
    tag_mapping_id: Optional[int] = None
    """What delete-a-smartlead-lead-tag-by-id takes."""
    name: Optional[str] = None
    color: Optional[str] = None


@_record
class LeadTagPage:
    """A page of tags."""
    result: List[LeadTag] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class LeadTagFilter:
    """Whose tags to list: a lead's, or the account's without lead-id."""
    lead_id: Optional[int] = None


@_record
class LeadTagging:
    """Tags to put on a lead."""
    lead_id: int
    tag_ids: List[int] = field(default_factory=list)
    """At least one."""


@_record
class LeadTagRef:
    """A tag on a lead, by its mapping id."""
    tag_mapping_id: int


class Crm(_Interface):
    """The CRM of a lead: notes and tasks read back by lead id (written from the master
    inbox), and tags put on and taken off.
    """

    _name = "crm"

    def list_all_smartlead_lead_notes(self, args: LeadRef, *, page: Optional[Page] = None) -> LeadNotePage:
        """A lead's notes (sliced)."""
        return self._call("list-all-smartlead-lead-notes", (args, page if page is not None else Page()), LeadNotePage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_lead_tags(self, *, args: Optional[LeadTagFilter] = None, page: Optional[Page] = None) -> LeadTagPage:
        """A lead's tags, or the account's (sliced)."""
        return self._call("list-all-smartlead-lead-tags", (args if args is not None else LeadTagFilter(), page if page is not None else Page()), LeadTagPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_crm_add_lead_tags(self, args: LeadTagging) -> Ack:
        """Puts tags on a lead."""
        return self._call("smartlead-crm-add-lead-tags", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_lead_tag_by_id(self, args: LeadTagRef) -> Ack:
        """Takes a tag off a lead. Confirmed first by tools."""
        return self._call("delete-a-smartlead-lead-tag-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_lead_tasks(self, args: LeadRef, *, page: Optional[Page] = None) -> LeadTaskPage:
        """A lead's tasks (sliced)."""
        return self._call("list-all-smartlead-lead-tasks", (args, page if page is not None else Page()), LeadTaskPage, client=True, result=True)  # type: ignore[no-any-return]


class AsyncCrm(_AsyncInterface):
    """The CRM of a lead: notes and tasks read back by lead id (written from the master
    inbox), and tags put on and taken off.
    """

    _attr = "crm"

    async def list_all_smartlead_lead_notes(self, args: LeadRef, *, page: Optional[Page] = None) -> LeadNotePage:
        """A lead's notes (sliced)."""
        return await self._run("list_all_smartlead_lead_notes", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_lead_tags(self, *, args: Optional[LeadTagFilter] = None, page: Optional[Page] = None) -> LeadTagPage:
        """A lead's tags, or the account's (sliced)."""
        return await self._run("list_all_smartlead_lead_tags", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_crm_add_lead_tags(self, args: LeadTagging) -> Ack:
        """Puts tags on a lead."""
        return await self._run("smartlead_crm_add_lead_tags", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_lead_tag_by_id(self, args: LeadTagRef) -> Ack:
        """Takes a tag off a lead. Confirmed first by tools."""
        return await self._run("delete_a_smartlead_lead_tag_by_id", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_lead_tasks(self, args: LeadRef, *, page: Optional[Page] = None) -> LeadTaskPage:
        """A lead's tasks (sliced)."""
        return await self._run("list_all_smartlead_lead_tasks", args=args, page=page)  # type: ignore[no-any-return]


# --- interface proxy ---


@_record
class ProxyResponse:
    """Smartlead's answer."""
    status: int
    """HTTP status."""
    body: str
    """Lists as `{'result': [...], 'next_cursor': ..., 'result_count': N}`; anything else verbatim (JSON, or text such as CSV)."""


class Proxy(_Interface):
    """Any Smartlead route, 1-to-1, with the client's key, pacing, retries and error typing."""

    _name = "proxy"

    def request(self, method: str, path: str, query: List[Tuple[str, str]], *, body: Optional[str] = None) -> ProxyResponse:
        """Sends `method` (GET, POST, PUT, PATCH, DELETE) to `path` below the base URL, e.g.
        `/campaigns/1/leads`, with `query` pairs and an optional JSON `body`. Pass `limit`
        to page a list, then the answer's `next_cursor` as a query pair with the same path
        and query. A path that could leave the base URL (`..`, another host, a scheme) or
        a query with `api_key` is `invalid-input`; only GET, PUT and DELETE are retried.
        """
        return self._call("request", (method, path, query, body), ProxyResponse, client=True, result=True)  # type: ignore[no-any-return]


class AsyncProxy(_AsyncInterface):
    """Any Smartlead route, 1-to-1, with the client's key, pacing, retries and error typing."""

    _attr = "proxy"

    async def request(self, method: str, path: str, query: List[Tuple[str, str]], *, body: Optional[str] = None) -> ProxyResponse:
        """Sends `method` (GET, POST, PUT, PATCH, DELETE) to `path` below the base URL, e.g.
        `/campaigns/1/leads`, with `query` pairs and an optional JSON `body`. Pass `limit`
        to page a list, then the answer's `next_cursor` as a query pair with the same path
        and query. A path that could leave the base URL (`..`, another host, a scheme) or
        a query with `api_key` is `invalid-input`; only GET, PUT and DELETE are retried.
        """
        return await self._run("request", method=method, path=path, query=query, body=body)  # type: ignore[no-any-return]


# --- interface smart-delivery ---


@_record
class DeliveryFolder:
    """A folder of tests."""
    id: Optional[str] = None
    name: Optional[str] = None
    user_id: Optional[str] = None
    client_id: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@_record
class DeliveryFolderPage:
    result: List[DeliveryFolder] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class NewDeliveryFolder:
    """A new folder."""
    folder_name: str


@_record
class DeliveryFolderRef:
    """A folder, by id."""
    folder_id: str


@_record
class JsonObject:
    """What Smartlead takes for a request whose body it does not document: a JSON object,
    sent as given.
    """
    json: str
    """A JSON object, e.g. {'test_name': 'Q1 copy', 'provider_id': 'gmail_na'}."""


@_record
class SpamTest:
    """A placement test."""
    id: Optional[str] = None
    test_name: Optional[str] = None
    description: Optional[str] = None
    test_type: Optional[str] = None
    status: Optional[str] = None
    folder_id: Optional[str] = None
    campaign_id: Optional[str] = None
    sequence_mapping_id: Optional[str] = None
    provider_id: Optional[str] = None
    spam_filters: Optional[bool] = None
    link_checker: Optional[bool] = None
    is_warmup: Optional[bool] = None
    test_with_sl_account: Optional[bool] = None
    all_email_sent_without_time_gap: Optional[bool] = None
    min_time_btwn_emails: Optional[int] = None
    min_time_unit: Optional[str] = None
    schedule_start_time: Optional[str] = None
    test_end_date: Optional[str] = None
    every_days: Optional[int] = None
    scheduler_cron_value: Optional[str] = None
    client_id: Optional[str] = None
    user_id: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@_record
class SpamTestSummary:
    """A test as the list shows it."""
    spam_test_id: Optional[str] = None
    test_name: Optional[str] = None
    test_type: Optional[str] = None
    status: Optional[str] = None
    schedule_start_time: Optional[str] = None
    test_end_date: Optional[str] = None
    every_days: Optional[int] = None
    current_test_run_no: Optional[int] = None


@_record
class SpamTestSummaryPage:
    result: List[SpamTestSummary] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class SpamTestRef:
    """A test, by id."""
    spam_test_id: str


@_record
class PlacementCount:
    """Where the account's test emails landed, counted."""
    inbox_count: Optional[int] = None
    spam_count: Optional[int] = None
    tab_count: Optional[int] = None
    failed_count: Optional[int] = None
    total_email_count: Optional[int] = None


@_record
class MailboxPlacement:
    """Where one seed mailbox's test emails landed."""
    id: Optional[str] = None
    from_email: Optional[str] = None
    esp: Optional[str] = None
    total_email_count: Optional[int] = None
    inbox_count: Optional[int] = None
    tab_count: Optional[int] = None
    spam_count: Optional[int] = None
    failed_count: Optional[int] = None
    placement_score: Optional[float] = None


@_record
class MailboxPlacementPage:
    result: List[MailboxPlacement] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class BlacklistHit:
    """One listing of a sending IP or domain, as a seed inbox's reply showed it."""
    reply_id: Optional[str] = None
    """The seed's reply, for smartlead-smart-delivery-reply-headers."""
    from_email: Optional[str] = None
    to_email: Optional[str] = None
    domain: Optional[str] = None
    blacklist_type_value: Optional[str] = None
    total_blacklist: Optional[int] = None
    rdns: Optional[str] = None
    ip: Optional[str] = None
    details: Optional[str] = None


@_record
class BlacklistReport:
    """A test's IP blacklist check: the listings found and their count (Smartlead
    answers the listings or only the count).
    """
    total_blacklist: int
    hits: List[BlacklistHit] = field(default_factory=list)


@_record
class SeedCheck:
    """What one seed inbox saw."""
    id: Optional[str] = None
    email: Optional[str] = None
    esp: Optional[str] = None
    verified: Optional[bool] = None
    """DKIM, SPF or rDNS verified."""
    domain_blacklisted: Optional[bool] = None
    """The sending domain found on a blacklist."""


@_record
class SenderCheck:
    """One sender's check, per seed inbox (the DKIM, SPF, rDNS and domain-blacklist reports)."""
    from_email: Optional[str] = None
    seed_accounts: List[SeedCheck] = field(default_factory=list)


@_record
class SenderCheckPage:
    result: List[SenderCheck] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class TestEmailContent:
    """The email a test sent."""
    spam_test: Optional[str] = None
    subject: Optional[str] = None
    text: Optional[str] = None
    html: Optional[str] = None
    raw_email_content: Optional[str] = None
    """The raw MIME message."""


@_record
class PlacementRate:
    """One region's or provider's rates, in percent."""
    region: Optional[str] = None
    provider: Optional[str] = None
    inbox_rate: Optional[float] = None
    spam_rate: Optional[float] = None
    bounce_rate: Optional[float] = None
    mailbox_count: Optional[int] = None
    avg_delivery_time_seconds: Optional[int] = None


@_record
class PlacementBreakdown:
    """A test's placement by region or by provider."""
    overall_total_count: Optional[int] = None
    status: Optional[str] = None
    result: List[PlacementRate] = field(default_factory=list)


@_record
class Whois:
    """Who holds an IP."""
    isp: Optional[str] = None
    location: Optional[str] = None
    reverse_dns: Optional[str] = None
    organization: Optional[str] = None


@_record
class IpReport:
    """A sending IP as a test saw it."""
    ip: Optional[str] = None
    blacklisted: Optional[bool] = None
    summary: Optional[str] = None
    whois_data: Optional[Whois] = None
    created_at: Optional[str] = None


@_record
class IpReportPage:
    result: List[IpReport] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class TestRun:
    """One run of an automated test."""
    spam_test_id: Optional[str] = None
    test_run_no: Optional[int] = None
    status: Optional[str] = None
    inbox_count: Optional[int] = None
    tab_count: Optional[int] = None
    spam_count: Optional[int] = None
    reply_hour_interval_start: Optional[int] = None
    reply_hour_interval_end: Optional[int] = None
    adjusted_total_email_count: Optional[int] = None


@_record
class TestRunPage:
    result: List[TestRun] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class SenderDetails:
    """A sender's averages, in percent, and reputation."""
    sender_name: Optional[str] = None
    tests_count: Optional[int] = None
    avg_inbox_rate: Optional[float] = None
    avg_spam_rate: Optional[float] = None
    avg_bounce_rate: Optional[float] = None
    reputation_score: Optional[float] = None
    last_test_date: Optional[str] = None


@_record
class SenderReport:
    """A sending mailbox's record across tests."""
    email: Optional[str] = None
    details: Optional[SenderDetails] = None


@_record
class SenderReportPage:
    result: List[SenderReport] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class ReplyRef:
    """A seed inbox's reply to a test, by the test's id and the reply's."""
    spam_test_id: str
    reply_id: str


@_record
class TestSender:
    """A mailbox that sent a test."""
    id: Optional[str] = None
    spam_test_id: Optional[str] = None
    from_email: Optional[str] = None
    client_id: Optional[str] = None
    user_id: Optional[str] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@_record
class TestSenderPage:
    result: List[TestSender] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class SpamFilterHit:
    """One spam filter and why it triggered."""
    filter: Optional[str] = None
    triggered_count: Optional[int] = None
    trigger_percentage: Optional[float] = None
    reasons: List[str] = field(default_factory=list)


@_record
class SpamFilterReport:
    """The spam filters one sender's test email triggered."""
    from_email: Optional[str] = None
    spam_filter_details: List[SpamFilterHit] = field(default_factory=list)


@_record
class SpamFilterReportPage:
    result: List[SpamFilterReport] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class ProviderGroup:
    """A provider group; its id is a test's provider-id (e.g. gmail_na)."""
    group_id: Optional[str] = None
    group_name: Optional[str] = None
    provider_count: Optional[int] = None


@_record
class ProviderRegion:
    """A region and its provider groups."""
    region_id: Optional[str] = None
    region_name: Optional[str] = None
    groups: List[ProviderGroup] = field(default_factory=list)


@_record
class SeedProviders:
    """The seed-inbox providers tests can use, by region."""
    regions: List[ProviderRegion] = field(default_factory=list)


class SmartDelivery(_Interface):
    """SmartDelivery, Smartlead's deliverability tests (its own host,
    `smartdelivery.smartlead.ai`; access is granted by Smartlead support): placement tests
    sent to seed inboxes, their folders, and their reports. Smartlead documents no body
    fields for creating or listing tests, so those take a JSON object passed through;
    ids are text (Smartlead's examples are strings).
    """

    _name = "smart-delivery"

    def list_all_smartlead_smart_delivery_folders(self, *, page: Optional[Page] = None) -> DeliveryFolderPage:
        """The account's test folders (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-folders", (page if page is not None else Page(),), DeliveryFolderPage, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_smart_delivery_folder(self, args: NewDeliveryFolder) -> DeliveryFolder:
        """Creates a test folder."""
        return self._call("create-a-smartlead-smart-delivery-folder", (args,), DeliveryFolder, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_smart_delivery_folder_by_id(self, args: DeliveryFolderRef) -> DeliveryFolder:
        """One test folder."""
        return self._call("get-single-smartlead-smart-delivery-folder-by-id", (args,), DeliveryFolder, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_smart_delivery_folder_by_id(self, args: DeliveryFolderRef) -> Ack:
        """Deletes an empty test folder. Confirmed first by tools."""
        return self._call("delete-a-smartlead-smart-delivery-folder-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_create_manual_test(self, args: JsonObject) -> SpamTest:
        """Creates a manual placement test. Sends email: confirmed first by tools."""
        return self._call("smartlead-smart-delivery-create-manual-test", (args,), SpamTest, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_create_automated_test(self, args: JsonObject) -> SpamTest:
        """Creates an automated, recurring placement test. Sends email: confirmed first by tools."""
        return self._call("smartlead-smart-delivery-create-automated-test", (args,), SpamTest, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_tests(self, args: JsonObject, *, page: Optional[Page] = None) -> SpamTestSummaryPage:
        """The account's placement tests (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-tests", (args, page if page is not None else Page()), SpamTestSummaryPage, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_smart_delivery_test_by_id(self, args: SpamTestRef) -> SpamTest:
        """One placement test."""
        return self._call("get-single-smartlead-smart-delivery-test-by-id", (args,), SpamTest, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_stop_test(self, args: SpamTestRef) -> Ack:
        """Stops an automated test for good. Confirmed first by tools."""
        return self._call("smartlead-smart-delivery-stop-test", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_delete_tests(self, args: JsonObject) -> Ack:
        """Deletes tests. Confirmed first by tools."""
        return self._call("smartlead-smart-delivery-delete-tests", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_mailbox_count(self) -> PlacementCount:
        """Where the account's test emails landed, counted."""
        return self._call("smartlead-smart-delivery-mailbox-count", (), PlacementCount, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_mailbox_summary(self, *, page: Optional[Page] = None) -> MailboxPlacementPage:
        """Where each seed mailbox's test emails landed (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-mailbox-summary", (page if page is not None else Page(),), MailboxPlacementPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_ip_blacklist(self, args: SpamTestRef) -> BlacklistReport:
        """A test's IP blacklist check."""
        return self._call("smartlead-smart-delivery-ip-blacklist", (args,), BlacklistReport, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_dkim_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """DKIM verified, per sender and seed inbox (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-dkim-details", (args, page if page is not None else Page()), SenderCheckPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_spf_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """SPF verified, per sender and seed inbox (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-spf-details", (args, page if page is not None else Page()), SenderCheckPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_rdns_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """Reverse DNS verified, per sender and seed inbox (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-rdns-details", (args, page if page is not None else Page()), SenderCheckPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_domain_blacklist(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """The sending domain blacklisted, per sender and seed inbox (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-domain-blacklist", (args, page if page is not None else Page()), SenderCheckPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_email_content(self, args: SpamTestRef) -> TestEmailContent:
        """The email a test sent."""
        return self._call("smartlead-smart-delivery-email-content", (args,), TestEmailContent, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_geo_report(self, args: SpamTestRef) -> PlacementBreakdown:
        """A test's placement by region."""
        return self._call("smartlead-smart-delivery-geo-report", (args,), PlacementBreakdown, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_provider_report(self, args: SpamTestRef) -> PlacementBreakdown:
        """A test's placement by provider."""
        return self._call("smartlead-smart-delivery-provider-report", (args,), PlacementBreakdown, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_ip_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> IpReportPage:
        """The IPs a test was sent from (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-ip-details", (args, page if page is not None else Page()), IpReportPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_schedule_history(self, args: SpamTestRef, *, page: Optional[Page] = None) -> TestRunPage:
        """An automated test's runs (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-schedule-history", (args, page if page is not None else Page()), TestRunPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_sender_reports(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderReportPage:
        """Each sending mailbox's record across tests (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-sender-reports", (args, page if page is not None else Page()), SenderReportPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_reply_headers(self, args: ReplyRef) -> List[Tuple[str, str]]:
        """One seed inbox's copy's headers, by name."""
        return self._call("smartlead-smart-delivery-reply-headers", (args,), List[Tuple[str, str]], client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_sender_accounts(self, args: SpamTestRef, *, page: Optional[Page] = None) -> TestSenderPage:
        """The mailboxes that sent a test (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-sender-accounts", (args, page if page is not None else Page()), TestSenderPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_delivery_spam_filter_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SpamFilterReportPage:
        """The spam filters each sender's email triggered (sliced)."""
        return self._call("list-all-smartlead-smart-delivery-spam-filter-details", (args, page if page is not None else Page()), SpamFilterReportPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_delivery_provider_ids(self) -> SeedProviders:
        """The seed-inbox providers, by region."""
        return self._call("smartlead-smart-delivery-provider-ids", (), SeedProviders, client=True, result=True)  # type: ignore[no-any-return]


class AsyncSmartDelivery(_AsyncInterface):
    """SmartDelivery, Smartlead's deliverability tests (its own host,
    `smartdelivery.smartlead.ai`; access is granted by Smartlead support): placement tests
    sent to seed inboxes, their folders, and their reports. Smartlead documents no body
    fields for creating or listing tests, so those take a JSON object passed through;
    ids are text (Smartlead's examples are strings).
    """

    _attr = "smart_delivery"

    async def list_all_smartlead_smart_delivery_folders(self, *, page: Optional[Page] = None) -> DeliveryFolderPage:
        """The account's test folders (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_folders", page=page)  # type: ignore[no-any-return]

    async def create_a_smartlead_smart_delivery_folder(self, args: NewDeliveryFolder) -> DeliveryFolder:
        """Creates a test folder."""
        return await self._run("create_a_smartlead_smart_delivery_folder", args=args)  # type: ignore[no-any-return]

    async def get_single_smartlead_smart_delivery_folder_by_id(self, args: DeliveryFolderRef) -> DeliveryFolder:
        """One test folder."""
        return await self._run("get_single_smartlead_smart_delivery_folder_by_id", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_smart_delivery_folder_by_id(self, args: DeliveryFolderRef) -> Ack:
        """Deletes an empty test folder. Confirmed first by tools."""
        return await self._run("delete_a_smartlead_smart_delivery_folder_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_create_manual_test(self, args: JsonObject) -> SpamTest:
        """Creates a manual placement test. Sends email: confirmed first by tools."""
        return await self._run("smartlead_smart_delivery_create_manual_test", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_create_automated_test(self, args: JsonObject) -> SpamTest:
        """Creates an automated, recurring placement test. Sends email: confirmed first by tools."""
        return await self._run("smartlead_smart_delivery_create_automated_test", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_tests(self, args: JsonObject, *, page: Optional[Page] = None) -> SpamTestSummaryPage:
        """The account's placement tests (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_tests", args=args, page=page)  # type: ignore[no-any-return]

    async def get_single_smartlead_smart_delivery_test_by_id(self, args: SpamTestRef) -> SpamTest:
        """One placement test."""
        return await self._run("get_single_smartlead_smart_delivery_test_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_stop_test(self, args: SpamTestRef) -> Ack:
        """Stops an automated test for good. Confirmed first by tools."""
        return await self._run("smartlead_smart_delivery_stop_test", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_delete_tests(self, args: JsonObject) -> Ack:
        """Deletes tests. Confirmed first by tools."""
        return await self._run("smartlead_smart_delivery_delete_tests", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_mailbox_count(self) -> PlacementCount:
        """Where the account's test emails landed, counted."""
        return await self._run("smartlead_smart_delivery_mailbox_count")  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_mailbox_summary(self, *, page: Optional[Page] = None) -> MailboxPlacementPage:
        """Where each seed mailbox's test emails landed (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_mailbox_summary", page=page)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_ip_blacklist(self, args: SpamTestRef) -> BlacklistReport:
        """A test's IP blacklist check."""
        return await self._run("smartlead_smart_delivery_ip_blacklist", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_dkim_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """DKIM verified, per sender and seed inbox (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_dkim_details", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_spf_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """SPF verified, per sender and seed inbox (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_spf_details", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_rdns_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """Reverse DNS verified, per sender and seed inbox (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_rdns_details", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_domain_blacklist(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderCheckPage:
        """The sending domain blacklisted, per sender and seed inbox (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_domain_blacklist", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_email_content(self, args: SpamTestRef) -> TestEmailContent:
        """The email a test sent."""
        return await self._run("smartlead_smart_delivery_email_content", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_geo_report(self, args: SpamTestRef) -> PlacementBreakdown:
        """A test's placement by region."""
        return await self._run("smartlead_smart_delivery_geo_report", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_provider_report(self, args: SpamTestRef) -> PlacementBreakdown:
        """A test's placement by provider."""
        return await self._run("smartlead_smart_delivery_provider_report", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_ip_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> IpReportPage:
        """The IPs a test was sent from (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_ip_details", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_schedule_history(self, args: SpamTestRef, *, page: Optional[Page] = None) -> TestRunPage:
        """An automated test's runs (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_schedule_history", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_sender_reports(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SenderReportPage:
        """Each sending mailbox's record across tests (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_sender_reports", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_reply_headers(self, args: ReplyRef) -> List[Tuple[str, str]]:
        """One seed inbox's copy's headers, by name."""
        return await self._run("smartlead_smart_delivery_reply_headers", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_sender_accounts(self, args: SpamTestRef, *, page: Optional[Page] = None) -> TestSenderPage:
        """The mailboxes that sent a test (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_sender_accounts", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_delivery_spam_filter_details(self, args: SpamTestRef, *, page: Optional[Page] = None) -> SpamFilterReportPage:
        """The spam filters each sender's email triggered (sliced)."""
        return await self._run("list_all_smartlead_smart_delivery_spam_filter_details", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_smart_delivery_provider_ids(self) -> SeedProviders:
        """The seed-inbox providers, by region."""
        return await self._run("smartlead_smart_delivery_provider_ids")  # type: ignore[no-any-return]


# --- interface smart-prospect ---


@_record
class ProspectOption:
    """A value a search filters on: its id where it has one, its name, and for an
    industry its sub-industries (when asked for) or for a sub-industry its industry.
    """
    id: Optional[int] = None
    name: Optional[str] = None
    industry_id: Optional[int] = None
    sub_industries: List[str] = field(default_factory=list)


@_record
class ProspectOptionPage:
    result: List[ProspectOption] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class Lookup:
    """A lookup's name prefix or match (1-255 characters)."""
    search: Optional[str] = None


@_record
class CityLookup:
    """Cities by prefix, within states and (with a state) countries, comma-separated."""
    search: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None


@_record
class StateLookup:
    """States by prefix, within countries, comma-separated."""
    search: Optional[str] = None
    country: Optional[str] = None


@_record
class IndustryLookup:
    """Industries by prefix, with their sub-industries or not."""
    search: Optional[str] = None
    with_sub_industry: Optional[bool] = None


@_record
class SubIndustryLookup:
    """Sub-industries by prefix, within one industry."""
    search: Optional[str] = None
    industry_id: Optional[int] = None


@_record
class SearchFilters:
    """What a contact search filters on; each list holds values the lookups return."""
    name: Optional[List[str]] = None
    first_name: Optional[List[str]] = None
    last_name: Optional[List[str]] = None
    title: Optional[List[str]] = None
    include_title: Optional[List[str]] = None
    exclude_title: Optional[List[str]] = None
    department: Optional[List[str]] = None
    level: Optional[List[str]] = None
    company_name: Optional[List[str]] = None
    include_company: Optional[List[str]] = None
    exclude_company: Optional[List[str]] = None
    company_domain: Optional[List[str]] = None
    include_company_domain: Optional[List[str]] = None
    exclude_company_domain: Optional[List[str]] = None
    company_keyword: Optional[List[str]] = None
    company_head_count: Optional[List[str]] = None
    company_revenue: Optional[List[str]] = None
    company_industry: Optional[List[str]] = None
    company_sub_industry: Optional[List[str]] = None
    city: Optional[List[str]] = None
    state: Optional[List[str]] = None
    country: Optional[List[str]] = None
    title_exact_match: Optional[bool] = None
    company_exact_match: Optional[bool] = None
    company_domain_exact_match: Optional[bool] = None
    dont_display_owned_contact: Optional[bool] = None
    """Leave out contacts the account already owns."""


@_record
class ContactQuery:
    """A contact search: 1-500 contacts, after the previous answer's scroll-id."""
    limit: int
    scroll_id: Optional[str] = None
    filters: SearchFilters


@_record
class ProspectCompany:
    """A contact's company."""
    name: Optional[str] = None
    website: Optional[str] = None


@_record
class ProspectContact:
    """A contact in SmartProspect's database."""
    id: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    full_name: Optional[str] = None
    title: Optional[str] = None
    company: Optional[ProspectCompany] = None
    department: Optional[List[str]] = None
    level: Optional[str] = None
    industry: Optional[str] = None
    sub_industry: Optional[str] = None
    company_head_count: Optional[str] = None
    company_revenue: Optional[str] = None
    country: Optional[str] = None
    state: Optional[str] = None
    city: Optional[str] = None
    address: Optional[str] = None
    linkedin: Optional[str] = None
    email: Optional[str] = None
    email_deliverability: Optional[float] = None
    """0-100."""
    verification_status: Optional[str] = None
    status: Optional[str] = None


@_record
class ContactSearch:
    """One page of a contact search: the contacts, the total matching, the search's
    filter-id and the scroll-id for the next page (absent on the last).
    """
    contacts: List[ProspectContact] = field(default_factory=list)
    total_count: Optional[int] = None
    filter_id: Optional[int] = None
    scroll_id: Optional[str] = None


@_record
class Person:
    """A person whose work email to find."""
    first_name: str
    last_name: str
    company_domain: str


@_record
class EmailQuery:
    """1-10 people."""
    contacts: List[Person] = field(default_factory=list)


@_record
class FoundEmail:
    """One person's email, or status 'Not Found'."""
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    company_domain: Optional[str] = None
    email: Optional[str] = None
    status: Optional[str] = None
    verification_status: Optional[str] = None


@_record
class FoundEmails:
    emails: List[FoundEmail] = field(default_factory=list)


@_record
class ContactFetch:
    """Which of a search's contacts to reveal: the first limit (1-30,000), or those
    named by id; visual-limit (1-1,000) and visual-offset page the answer.
    """
    filter_id: int
    limit: Optional[int] = None
    id: Optional[List[str]] = None
    visual_limit: Optional[int] = None
    visual_offset: Optional[int] = None


@_record
class FetchMetrics:
    """A fetch's contacts counted by what was found."""
    total_contacts: Optional[int] = None
    total_emails: Optional[int] = None
    no_email_found: Optional[int] = None
    invalid_emails: Optional[int] = None
    catch_all_emails: Optional[int] = None
    verified_emails: Optional[int] = None
    completed: Optional[int] = None


@_record
class FetchedContacts:
    """Contacts revealed, with the fetch's counts."""
    contacts: List[ProspectContact] = field(default_factory=list)
    total_count: Optional[int] = None
    visual_limit: Optional[int] = None
    visual_offset: Optional[int] = None
    metrics: Optional[FetchMetrics] = None


@_record
class ContactsQuery:
    """Contacts already fetched: by id (up to 200), or a search's (filter-id) with
    limit (1-1,000), offset and filters.
    """
    id: Optional[List[str]] = None
    filter_id: Optional[int] = None
    limit: Optional[int] = None
    offset: Optional[int] = None
    search: Optional[str] = None
    verification_status: Optional[str] = None
    catch_all_status: Optional[str] = None


@_record
class ContactPage:
    """A page of contacts already fetched; has-more says another follows."""
    contacts: List[ProspectContact] = field(default_factory=list)
    total: Optional[int] = None
    has_more: bool


@_record
class FilterRef:
    """A search, by its filter-id."""
    filter_id: int


@_record
class FetchDetails:
    """How a search's fetch went."""
    metrics: Optional[FetchMetrics] = None
    leads_found: Optional[int] = None
    email_fetched: Optional[int] = None
    catch_all_status_list: Optional[List[str]] = None
    verification_status_list: Optional[List[str]] = None


@_record
class ReviewedContacts:
    """A search's fetched contacts brought up to date."""
    filter_id: Optional[int] = None
    records_updated: Optional[int] = None
    fetch_details: Optional[FetchDetails] = None


@_record
class UsageQuery:
    """Usage for the account, or also one search."""
    filter_id: Optional[int] = None


@_record
class UsageTrend:
    """This month against last."""
    current: Optional[int] = None
    previous_month: Optional[int] = None
    percentage_change: Optional[float] = None
    trend: Optional[str] = None
    total: Optional[int] = None


@_record
class Credits:
    """Credits available, used and in all."""
    available: Optional[int] = None
    used: Optional[int] = None
    total: Optional[int] = None


@_record
class FilterUsage:
    """One search's usage."""
    leads_found: Optional[int] = None
    emails_fetched: Optional[int] = None


@_record
class ProspectUsage:
    """The account's SmartProspect usage, credits and caps."""
    leads_found: Optional[UsageTrend] = None
    emails_fetched: Optional[UsageTrend] = None
    available_credits: Optional[Credits] = None
    leads_found_today: Optional[int] = None
    filter_data: Optional[FilterUsage] = None
    max_daily_fetch_limit: Optional[int] = None
    max_single_fetch_limit: Optional[int] = None


@_record
class ProspectReplies:
    """Replies from SmartProspect contacts, this month against last (percent)."""
    current_month: Optional[int] = None
    previous_month: Optional[int] = None
    percentage_change: Optional[float] = None
    trend: Optional[str] = None


@_record
class ProspectSearch:
    """A saved, recent or fetched search; its filters as JSON text."""
    id: Optional[int] = None
    search_string: Optional[str] = None
    filter_details: Optional[str] = None
    kind: Optional[str] = None
    include_owned: Optional[bool] = None
    is_saved: Optional[bool] = None
    is_fetched: Optional[bool] = None
    fetch_details: Optional[FetchDetails] = None
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@_record
class ProspectSearchPage:
    result: List[ProspectSearch] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class SavedSearch:
    """A search to save under a name, for 1-10,000 contacts."""
    search_string: str
    limit: Optional[int] = None
    filters: SearchFilters


@_record
class SearchRename:
    """A saved or fetched search, by id, and its new name."""
    id: int
    search_string: str


class SmartProspect(_Interface):
    """SmartProspect, Smartlead's contact database (its own host,
    `prospect-api.smartlead.ai`): the lookups its search filters take, contact search,
    saved, recent and fetched searches, and the two calls that reveal emails, which spend
    credits. Smartlead answers a refusal with HTTP 200 and `success: false`; it arrives
    here as an error.
    """

    _name = "smart-prospect"

    def list_all_smartlead_prospect_cities(self, *, args: Optional[CityLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-cities", (args if args is not None else CityLookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_companies(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-companies", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_countries(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-countries", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_departments(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-departments", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_domains(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-domains", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_head_counts(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-head-counts", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_industries(self, *, args: Optional[IndustryLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-industries", (args if args is not None else IndustryLookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_job_titles(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-job-titles", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_keywords(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-keywords", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_levels(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-levels", (args if args is not None else Lookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_revenues(self, *, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-revenues", (page if page is not None else Page(),), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_states(self, *, args: Optional[StateLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-states", (args if args is not None else StateLookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_sub_industries(self, *, args: Optional[SubIndustryLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return self._call("list-all-smartlead-prospect-sub-industries", (args if args is not None else SubIndustryLookup(), page if page is not None else Page()), ProspectOptionPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_prospect_search_contacts(self, args: ContactQuery) -> ContactSearch:
        """One page of a contact search; pass its scroll-id back for the next."""
        return self._call("smartlead-prospect-search-contacts", (args,), ContactSearch, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_prospect_find_emails(self, *, args: Optional[EmailQuery] = None) -> FoundEmails:
        """Finds work emails. Spends credits: confirmed first by tools."""
        return self._call("smartlead-prospect-find-emails", (args if args is not None else EmailQuery(),), FoundEmails, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_prospect_fetch_contacts(self, args: ContactFetch) -> FetchedContacts:
        """Reveals a search's contacts. Spends credits: confirmed first by tools."""
        return self._call("smartlead-prospect-fetch-contacts", (args,), FetchedContacts, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_contacts(self, *, args: Optional[ContactsQuery] = None) -> ContactPage:
        """Contacts already fetched."""
        return self._call("list-all-smartlead-prospect-contacts", (args if args is not None else ContactsQuery(),), ContactPage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_prospect_review_contacts(self, args: FilterRef) -> ReviewedContacts:
        return self._call("smartlead-prospect-review-contacts", (args,), ReviewedContacts, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_prospect_search_analytics(self, *, args: Optional[UsageQuery] = None) -> ProspectUsage:
        return self._call("smartlead-prospect-search-analytics", (args if args is not None else UsageQuery(),), ProspectUsage, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_prospect_reply_analytics(self) -> ProspectReplies:
        return self._call("smartlead-prospect-reply-analytics", (), ProspectReplies, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_saved_searches(self, *, page: Optional[Page] = None) -> ProspectSearchPage:
        return self._call("list-all-smartlead-prospect-saved-searches", (page if page is not None else Page(),), ProspectSearchPage, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_prospect_saved_search(self, args: SavedSearch) -> Ack:
        """Saves a search; Smartlead returns no id."""
        return self._call("create-a-smartlead-prospect-saved-search", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_prospect_saved_search(self, args: SearchRename) -> Ack:
        return self._call("update-a-smartlead-prospect-saved-search", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_recent_searches(self, *, page: Optional[Page] = None) -> ProspectSearchPage:
        return self._call("list-all-smartlead-prospect-recent-searches", (page if page is not None else Page(),), ProspectSearchPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_prospect_fetched_searches(self, *, page: Optional[Page] = None) -> ProspectSearchPage:
        return self._call("list-all-smartlead-prospect-fetched-searches", (page if page is not None else Page(),), ProspectSearchPage, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_prospect_fetched_search(self, args: SearchRename) -> Ack:
        return self._call("update-a-smartlead-prospect-fetched-search", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]


class AsyncSmartProspect(_AsyncInterface):
    """SmartProspect, Smartlead's contact database (its own host,
    `prospect-api.smartlead.ai`): the lookups its search filters take, contact search,
    saved, recent and fetched searches, and the two calls that reveal emails, which spend
    credits. Smartlead answers a refusal with HTTP 200 and `success: false`; it arrives
    here as an error.
    """

    _attr = "smart_prospect"

    async def list_all_smartlead_prospect_cities(self, *, args: Optional[CityLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_cities", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_companies(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_companies", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_countries(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_countries", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_departments(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_departments", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_domains(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_domains", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_head_counts(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_head_counts", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_industries(self, *, args: Optional[IndustryLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_industries", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_job_titles(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_job_titles", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_keywords(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_keywords", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_levels(self, *, args: Optional[Lookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_levels", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_revenues(self, *, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_revenues", page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_states(self, *, args: Optional[StateLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_states", args=args, page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_sub_industries(self, *, args: Optional[SubIndustryLookup] = None, page: Optional[Page] = None) -> ProspectOptionPage:
        return await self._run("list_all_smartlead_prospect_sub_industries", args=args, page=page)  # type: ignore[no-any-return]

    async def smartlead_prospect_search_contacts(self, args: ContactQuery) -> ContactSearch:
        """One page of a contact search; pass its scroll-id back for the next."""
        return await self._run("smartlead_prospect_search_contacts", args=args)  # type: ignore[no-any-return]

    async def smartlead_prospect_find_emails(self, *, args: Optional[EmailQuery] = None) -> FoundEmails:
        """Finds work emails. Spends credits: confirmed first by tools."""
        return await self._run("smartlead_prospect_find_emails", args=args)  # type: ignore[no-any-return]

    async def smartlead_prospect_fetch_contacts(self, args: ContactFetch) -> FetchedContacts:
        """Reveals a search's contacts. Spends credits: confirmed first by tools."""
        return await self._run("smartlead_prospect_fetch_contacts", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_contacts(self, *, args: Optional[ContactsQuery] = None) -> ContactPage:
        """Contacts already fetched."""
        return await self._run("list_all_smartlead_prospect_contacts", args=args)  # type: ignore[no-any-return]

    async def smartlead_prospect_review_contacts(self, args: FilterRef) -> ReviewedContacts:
        return await self._run("smartlead_prospect_review_contacts", args=args)  # type: ignore[no-any-return]

    async def smartlead_prospect_search_analytics(self, *, args: Optional[UsageQuery] = None) -> ProspectUsage:
        return await self._run("smartlead_prospect_search_analytics", args=args)  # type: ignore[no-any-return]

    async def smartlead_prospect_reply_analytics(self) -> ProspectReplies:
        return await self._run("smartlead_prospect_reply_analytics")  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_saved_searches(self, *, page: Optional[Page] = None) -> ProspectSearchPage:
        return await self._run("list_all_smartlead_prospect_saved_searches", page=page)  # type: ignore[no-any-return]

    async def create_a_smartlead_prospect_saved_search(self, args: SavedSearch) -> Ack:
        """Saves a search; Smartlead returns no id."""
        return await self._run("create_a_smartlead_prospect_saved_search", args=args)  # type: ignore[no-any-return]

    async def update_a_smartlead_prospect_saved_search(self, args: SearchRename) -> Ack:
        return await self._run("update_a_smartlead_prospect_saved_search", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_recent_searches(self, *, page: Optional[Page] = None) -> ProspectSearchPage:
        return await self._run("list_all_smartlead_prospect_recent_searches", page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_prospect_fetched_searches(self, *, page: Optional[Page] = None) -> ProspectSearchPage:
        return await self._run("list_all_smartlead_prospect_fetched_searches", page=page)  # type: ignore[no-any-return]

    async def update_a_smartlead_prospect_fetched_search(self, args: SearchRename) -> Ack:
        return await self._run("update_a_smartlead_prospect_fetched_search", args=args)  # type: ignore[no-any-return]


# --- interface smart-senders ---


@_record
class AdminMailbox:
    """An admin mailbox bought through Smart Senders."""
    email_account: str


@_record
class AdminOtp:
    """A live one-time password: a secret, returned because it is what was asked for."""
    otp: Optional[str] = None
    expires_in: Optional[int] = None


@_record
class DomainMailboxCount:
    """How many mailboxes to generate on one domain."""
    domain: str
    count: int


@_record
class MailboxGeneration:
    """Mailbox addresses to generate with a vendor's rules."""
    vendor_id: str
    """Sent as text, as this route takes it."""
    domains: List[DomainMailboxCount] = field(default_factory=list)


@_record
class JsonRows:
    """Records Smartlead answered with, each as JSON (their shape is not documented)."""
    rows: List[str] = field(default_factory=list)


@_record
class OrderRef:
    """An order, by its reference."""
    order_id: str


@_record
class OrderedMailbox:
    """A mailbox of an order, with the password to sign in with."""
    email: Optional[str] = None
    password: Optional[str] = None


@_record
class SenderOrder:
    """An order and its mailboxes."""
    order_id: Optional[str] = None
    status: Optional[str] = None
    domain: Optional[str] = None
    email_accounts: List[OrderedMailbox] = field(default_factory=list)
    created_at: Optional[str] = None
    expires_at: Optional[str] = None


@_record
class Buyer:
    """The buyer's billing and contact details, as the vendor needs them."""
    email: str
    first_name: str
    last_name: str
    company: str
    country: str
    city: str
    address_line_one: str
    address_line_two: Optional[str] = None
    postal_code: str
    state: str
    phone_cc: str
    phone: str
    language_preference: str


@_record
class MailboxOrder:
    """One mailbox to provision."""
    mailbox: str
    first_name: str
    last_name: str
    profile_pic: Optional[str] = None
    parent_account_id: Optional[int] = None


@_record
class DomainOrder:
    """One domain to buy and its mailboxes."""
    domain_name: str
    mailbox_details: List[MailboxOrder] = field(default_factory=list)


@_record
class NewOrder:
    """An order of domains and mailboxes from a vendor."""
    vendor_id: int
    forwarding_domain: str
    user_details: Buyer
    domains: List[DomainOrder] = field(default_factory=list)


@_record
class DomainQuery:
    """A domain to look for, optionally with one vendor."""
    domain_name: Optional[str] = None
    vendor_id: Optional[int] = None


class SmartSenders(_Interface):
    """Smart Senders, Smartlead's mailbox marketplace (its own host,
    `smart-senders.smartlead.ai`; access is granted by Smartlead support): vendors,
    domains, generated mailboxes, orders, and the admin mailbox's one-time password.
    Rows Smartlead does not document come as JSON.
    """

    _name = "smart-senders"

    def smartlead_smart_senders_get_otp(self, args: AdminMailbox) -> AdminOtp:
        """The one-time password of an admin mailbox."""
        return self._call("smartlead-smart-senders-get-otp", (args,), AdminOtp, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_senders_auto_generate_mailboxes(self, args: MailboxGeneration) -> JsonRows:
        """Mailbox addresses generated for domains with a vendor's rules (nothing is bought)."""
        return self._call("smartlead-smart-senders-auto-generate-mailboxes", (args,), JsonRows, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_senders_domains(self, *, page: Optional[Page] = None) -> JsonPage:
        """The domains bought through Smart Senders (sliced)."""
        return self._call("list-all-smartlead-smart-senders-domains", (page if page is not None else Page(),), JsonPage, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_senders_vendors(self, *, page: Optional[Page] = None) -> JsonPage:
        """The mailbox vendors with their prices (sliced)."""
        return self._call("list-all-smartlead-smart-senders-vendors", (page if page is not None else Page(),), JsonPage, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_smart_senders_order_by_id(self, args: OrderRef) -> SenderOrder:
        """An order with its mailboxes and their passwords."""
        return self._call("get-single-smartlead-smart-senders-order-by-id", (args,), SenderOrder, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_smart_senders_place_order(self, args: NewOrder) -> JsonRows:
        """Buys domains and mailboxes. Spends money: confirmed first by tools."""
        return self._call("smartlead-smart-senders-place-order", (args,), JsonRows, client=True, result=True)  # type: ignore[no-any-return]

    def list_all_smartlead_smart_senders_domain_search(self, *, args: Optional[DomainQuery] = None, page: Optional[Page] = None) -> JsonPage:
        """Domains available to buy (sliced)."""
        return self._call("list-all-smartlead-smart-senders-domain-search", (args if args is not None else DomainQuery(), page if page is not None else Page()), JsonPage, client=True, result=True)  # type: ignore[no-any-return]


class AsyncSmartSenders(_AsyncInterface):
    """Smart Senders, Smartlead's mailbox marketplace (its own host,
    `smart-senders.smartlead.ai`; access is granted by Smartlead support): vendors,
    domains, generated mailboxes, orders, and the admin mailbox's one-time password.
    Rows Smartlead does not document come as JSON.
    """

    _attr = "smart_senders"

    async def smartlead_smart_senders_get_otp(self, args: AdminMailbox) -> AdminOtp:
        """The one-time password of an admin mailbox."""
        return await self._run("smartlead_smart_senders_get_otp", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_senders_auto_generate_mailboxes(self, args: MailboxGeneration) -> JsonRows:
        """Mailbox addresses generated for domains with a vendor's rules (nothing is bought)."""
        return await self._run("smartlead_smart_senders_auto_generate_mailboxes", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_senders_domains(self, *, page: Optional[Page] = None) -> JsonPage:
        """The domains bought through Smart Senders (sliced)."""
        return await self._run("list_all_smartlead_smart_senders_domains", page=page)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_senders_vendors(self, *, page: Optional[Page] = None) -> JsonPage:
        """The mailbox vendors with their prices (sliced)."""
        return await self._run("list_all_smartlead_smart_senders_vendors", page=page)  # type: ignore[no-any-return]

    async def get_single_smartlead_smart_senders_order_by_id(self, args: OrderRef) -> SenderOrder:
        """An order with its mailboxes and their passwords."""
        return await self._run("get_single_smartlead_smart_senders_order_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_smart_senders_place_order(self, args: NewOrder) -> JsonRows:
        """Buys domains and mailboxes. Spends money: confirmed first by tools."""
        return await self._run("smartlead_smart_senders_place_order", args=args)  # type: ignore[no-any-return]

    async def list_all_smartlead_smart_senders_domain_search(self, *, args: Optional[DomainQuery] = None, page: Optional[Page] = None) -> JsonPage:
        """Domains available to buy (sliced)."""
        return await self._run("list_all_smartlead_smart_senders_domain_search", args=args, page=page)  # type: ignore[no-any-return]


# --- interface tools ---


@_record
class ToolAnnotations:
    """Hints for agent hosts, as MCP names them."""
    read_only: bool
    destructive: bool
    idempotent: bool
    open_world: bool


@_record
class ToolRoute:
    """The Smartlead route a tool calls."""
    method: str
    """GET, POST, PUT, PATCH or DELETE."""
    path: str
    """Below the host's /api/v1, with named placeholders: /campaigns/{campaign_id}/sequences."""
    base: str
    """Which host: server (the core API)."""
    docs: str
    """The page of Smartlead's documentation that describes the route."""


@_record
class Tool:
    """One operation as a tool."""
    name: str
    """snake_case, e.g. list_all_smartlead_campaigns."""
    description: str
    """What it does, what it returns and how to page."""
    input_schema: str
    """JSON Schema of the arguments object."""
    output_schema: str
    """JSON Schema of the result."""
    annotations: ToolAnnotations
    route: ToolRoute


@_record
class Toolset:
    """A named set of tools an agent host can offer alone."""
    name: str
    """An interface's name (master-inbox), core (the 43 everyday operations) or all."""
    description: str
    """What its tools are for."""
    tools: List[str] = field(default_factory=list)
    """Its tools' names, in catalog order."""

# --- interface unified ---


class CampaignStatus(str, Enum):
    """A campaign's state, whatever Smartlead calls it (`DRAFTED` is `draft`)."""
    DRAFT = "draft"
    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"
    COMPLETED = "completed"
    ARCHIVED = "archived"


@_record
class UnifiedCampaign:
    id: str
    name: Optional[str] = None
    status: Optional[CampaignStatus] = None
    """None when Smartlead reports a state this version does not know."""
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    emails_sent: Optional[int] = None
    """Emails sent; filled when analytics are asked for."""
    unique_opens: Optional[int] = None
    """Leads who opened at least once; filled when analytics are asked for."""
    remote_data: str
    """Smartlead's record as JSON text."""


@_record
class UnifiedCampaignPage:
    """A page of campaigns, as every list in this package pages."""
    result: List[UnifiedCampaign] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class CampaignPatch:
    """What may change on a campaign; absent fields stay."""
    name: Optional[str] = None
    status: Optional[CampaignStatus] = None
    """active, paused or stopped (permanent); other values are `invalid-input`."""


class ContactStatus(str, Enum):
    """Whether a contact may be emailed."""
    SUBSCRIBED = "subscribed"
    UNSUBSCRIBED = "unsubscribed"


@_record
class Phone:
    phone: str
    kind: str
    """Smartlead keeps one untyped number, reported as `work`."""


@_record
class Address:
    """Smartlead keeps a location as one line of text."""
    formatted: str


@_record
class ContactList:
    """A list a contact is on: a Smartlead campaign."""
    id: str
    name: Optional[str] = None


@_record
class Contact:
    """A Smartlead lead."""
    id: str
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    name: Optional[str] = None
    """First and last name joined."""
    email: Optional[str] = None
    company: Optional[str] = None
    phones: List[Phone] = field(default_factory=list)
    addresses: List[Address] = field(default_factory=list)
    lists: List[ContactList] = field(default_factory=list)
    """The campaigns the contact is in (in a one-campaign list: that campaign)."""
    tags: List[str] = field(default_factory=list)
    """Smartlead leads carry no tags; always empty."""
    status: ContactStatus
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    """Smartlead does not report changes; always none."""
    custom_fields: List[Tuple[str, str]] = field(default_factory=list)
    remote_data: str
    """Smartlead's record (a campaign-lead row, or the lead found by email) as JSON text."""


@_record
class UnifiedContactPage:
    result: List[Contact] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class ContactInput:
    """Fields to set; absent fields stay as they are."""
    email: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    company: Optional[str] = None
    phones: Optional[List[Phone]] = None
    """At most one: Smartlead keeps one phone per lead."""
    addresses: Optional[List[Address]] = None
    """At most one: Smartlead keeps one location per lead."""
    custom_fields: Optional[List[Tuple[str, str]]] = None
    """Merged into the lead's custom fields."""
    status: Optional[ContactStatus] = None
    """`unsubscribed` unsubscribes from every campaign; re-subscribing is `invalid-input`."""


class Unified(_Interface):
    """The unified Marketing Automation API: campaigns and contacts in a vendor-neutral
    shape. Ids are text; Smartlead's own record rides along as JSON in `remote-data`.
    """

    _name = "unified"

    def list_campaigns(self, include_analytics: bool, *, page: Optional[Page] = None) -> UnifiedCampaignPage:
        """A page of campaigns; `include-analytics` fills the counts at one request per campaign."""
        return self._call("list-campaigns", (include_analytics, page), UnifiedCampaignPage, client=True, result=True)  # type: ignore[no-any-return]

    def get_campaign(self, id: str, include_analytics: bool) -> UnifiedCampaign:
        """One campaign by id."""
        return self._call("get-campaign", (id, include_analytics), UnifiedCampaign, client=True, result=True)  # type: ignore[no-any-return]

    def update_campaign(self, id: str, *, patch: Optional[CampaignPatch] = None) -> UnifiedCampaign:
        """Renames and/or starts (`active`), pauses or stops a campaign; returns it."""
        return self._call("update-campaign", (id, patch if patch is not None else CampaignPatch()), UnifiedCampaign, client=True, result=True)  # type: ignore[no-any-return]

    def list_contacts(self, *, campaign_id: Optional[str] = None, page: Optional[Page] = None) -> UnifiedContactPage:
        """The contacts of one campaign, or with no campaign the whole account: every
        campaign's leads, each lead once, under one cursor (one request per contact to
        find its campaigns; default 20 a page, at most 100).
        """
        return self._call("list-contacts", (campaign_id, page), UnifiedContactPage, client=True, result=True)  # type: ignore[no-any-return]

    def get_contact(self, id_or_email: str, *, campaign_id: Optional[str] = None) -> Contact:
        """A contact by email, or by lead id (then read from `campaign-id` or its first campaign)."""
        return self._call("get-contact", (id_or_email, campaign_id), Contact, client=True, result=True)  # type: ignore[no-any-return]

    def create_contact(self, campaign_id: str, *, contact: Optional[ContactInput] = None) -> Contact:
        """Adds a contact to a campaign (sent once, never retried); returns it."""
        return self._call("create-contact", (campaign_id, contact if contact is not None else ContactInput()), Contact, client=True, result=True)  # type: ignore[no-any-return]

    def update_contact(self, id: str, *, campaign_id: Optional[str] = None, patch: Optional[ContactInput] = None) -> Contact:
        """Changes a contact's fields (in `campaign-id`, or its first campaign) and/or unsubscribes it."""
        return self._call("update-contact", (id, campaign_id, patch if patch is not None else ContactInput()), Contact, client=True, result=True)  # type: ignore[no-any-return]

    def delete_contact(self, id: str, campaign_id: str) -> None:
        """Removes a contact from one campaign; it stays in the account and its other campaigns."""
        return self._call("delete-contact", (id, campaign_id), None, client=True, result=True)  # type: ignore[no-any-return]


class AsyncUnified(_AsyncInterface):
    """The unified Marketing Automation API: campaigns and contacts in a vendor-neutral
    shape. Ids are text; Smartlead's own record rides along as JSON in `remote-data`.
    """

    _attr = "unified"

    async def list_campaigns(self, include_analytics: bool, *, page: Optional[Page] = None) -> UnifiedCampaignPage:
        """A page of campaigns; `include-analytics` fills the counts at one request per campaign."""
        return await self._run("list_campaigns", include_analytics=include_analytics, page=page)  # type: ignore[no-any-return]

    async def get_campaign(self, id: str, include_analytics: bool) -> UnifiedCampaign:
        """One campaign by id."""
        return await self._run("get_campaign", id=id, include_analytics=include_analytics)  # type: ignore[no-any-return]

    async def update_campaign(self, id: str, *, patch: Optional[CampaignPatch] = None) -> UnifiedCampaign:
        """Renames and/or starts (`active`), pauses or stops a campaign; returns it."""
        return await self._run("update_campaign", id=id, patch=patch)  # type: ignore[no-any-return]

    async def list_contacts(self, *, campaign_id: Optional[str] = None, page: Optional[Page] = None) -> UnifiedContactPage:
        """The contacts of one campaign, or with no campaign the whole account: every
        campaign's leads, each lead once, under one cursor (one request per contact to
        find its campaigns; default 20 a page, at most 100).
        """
        return await self._run("list_contacts", campaign_id=campaign_id, page=page)  # type: ignore[no-any-return]

    async def get_contact(self, id_or_email: str, *, campaign_id: Optional[str] = None) -> Contact:
        """A contact by email, or by lead id (then read from `campaign-id` or its first campaign)."""
        return await self._run("get_contact", id_or_email=id_or_email, campaign_id=campaign_id)  # type: ignore[no-any-return]

    async def create_contact(self, campaign_id: str, *, contact: Optional[ContactInput] = None) -> Contact:
        """Adds a contact to a campaign (sent once, never retried); returns it."""
        return await self._run("create_contact", campaign_id=campaign_id, contact=contact)  # type: ignore[no-any-return]

    async def update_contact(self, id: str, *, campaign_id: Optional[str] = None, patch: Optional[ContactInput] = None) -> Contact:
        """Changes a contact's fields (in `campaign-id`, or its first campaign) and/or unsubscribes it."""
        return await self._run("update_contact", id=id, campaign_id=campaign_id, patch=patch)  # type: ignore[no-any-return]

    async def delete_contact(self, id: str, campaign_id: str) -> None:
        """Removes a contact from one campaign; it stays in the account and its other campaigns."""
        return await self._run("delete_contact", id=id, campaign_id=campaign_id)  # type: ignore[no-any-return]


# --- interface utilities ---


@_record
class Attachment:
    """A file attached to a single email."""
    filename: str
    content: str
    """The file, base64-encoded."""
    mime_type: str


@_record
class SingleEmail:
    """One email, from a mailbox given by address or by id."""
    to: str
    subject: str
    body: str
    """HTML."""
    from_email: Optional[str] = None
    from_email_id: Optional[int] = None
    from_name: Optional[str] = None
    reply_to: Optional[str] = None
    attachments: Optional[List[Attachment]] = None


@_record
class SentEmail:
    """The email Smartlead sent."""
    message: Optional[str] = None
    message_id: Optional[str] = None


class Utilities(_Interface):
    """Smartlead's utilities: one email sent outside any campaign."""

    _name = "utilities"

    def smartlead_utilities_send_single_email(self, args: SingleEmail) -> SentEmail:
        """Sends one email outside campaigns. Sends email: confirmed first by tools."""
        return self._call("smartlead-utilities-send-single-email", (args,), SentEmail, client=True, result=True)  # type: ignore[no-any-return]


class AsyncUtilities(_AsyncInterface):
    """Smartlead's utilities: one email sent outside any campaign."""

    _attr = "utilities"

    async def smartlead_utilities_send_single_email(self, args: SingleEmail) -> SentEmail:
        """Sends one email outside campaigns. Sends email: confirmed first by tools."""
        return await self._run("smartlead_utilities_send_single_email", args=args)  # type: ignore[no-any-return]


# --- interface webhooks ---


@_record
class Webhook:
    """A campaign webhook."""
    id: Optional[int] = None
    """Absent in some create responses."""
    name: Optional[str] = None
    webhook_url: Optional[str] = None
    email_campaign_id: Optional[int] = None
    event_types: List[str] = field(default_factory=list)
    categories: List[str] = field(default_factory=list)
    created_at: Optional[str] = None
    updated_at: Optional[str] = None
    extra: List[Tuple[str, str]] = field(default_factory=list)
    """Fields this version does not model, as JSON, by name (none holding a secret)."""


@_record
class WebhookPage:
    """A page of webhooks."""
    result: List[Webhook] = field(default_factory=list)
    next_cursor: Optional[str] = None
    result_count: int
    """Records in this page."""
    total: Optional[int] = None
    """Records the whole list holds, when Smartlead says (`total_leads`, `total_stats`…)."""


@_record
class NewWebhook:
    """A webhook to register on a campaign."""
    campaign_id: int
    name: str
    webhook_url: str
    event_types: List[str] = field(default_factory=list)
    """EMAIL_SENT, FIRST_EMAIL_SENT, EMAIL_OPEN, EMAIL_LINK_CLICK, EMAIL_REPLY, EMAIL_BOUNCE, LEAD_UNSUBSCRIBED, LEAD_CATEGORY_UPDATED, CAMPAIGN_STATUS_CHANGED, UNTRACKED_REPLIES, MANUAL_STEP_REACHED."""
    categories: Optional[List[str]] = None
    """Category names, e.g. ['Interested']."""


@_record
class WebhookUpdate:
    """A webhook's new settings."""
    campaign_id: int
    id: int
    name: str
    webhook_url: str
    event_types: List[str] = field(default_factory=list)
    categories: Optional[List[str]] = None


@_record
class WebhookRef:
    """A webhook of a campaign."""
    campaign_id: int
    id: int


@_record
class WebhookWindow:
    """A campaign's webhook deliveries between two ISO 8601 times."""
    campaign_id: int
    from_time: str
    to_time: str


@_record
class WebhookSummary:
    """How a campaign's webhook deliveries went."""
    total_calls: Optional[int] = None
    successful_calls: Optional[int] = None
    failed_calls: Optional[int] = None
    success_rate: Optional[float] = None
    """Percent."""


@_record
class RetriggeredEvents:
    """Failed webhook events sent again."""
    retriggered_count: Optional[int] = None


@_record
class NewAccountWebhook:
    """A webhook for the account (association-type user), a client (client, with
    client-id) or a campaign (campaign, with email-campaign-id).
    """
    webhook_url: str
    association_type: str
    """user, client or campaign."""
    email_campaign_id: Optional[int] = None
    name: Optional[str] = None
    event_type_map: Optional[List[Tuple[str, bool]]] = None
    """Events to post: (EMAIL_REPLY, true), …"""
    category_id_map: Optional[List[Tuple[str, bool]]] = None
    """Lead categories (ids as text) whose events to post."""
    client_id: Optional[int] = None
    force_create: Optional[bool] = None
    """Create even when a webhook with the same URL exists."""


@_record
class AccountWebhook:
    """A webhook of the account, a client or a campaign."""
    id: Optional[int] = None
    email_campaign_id: Optional[int] = None
    name: Optional[str] = None
    webhook_url: Optional[str] = None
    event_type_map: List[Tuple[str, bool]] = field(default_factory=list)
    category_id_map: List[Tuple[str, bool]] = field(default_factory=list)
    created_at: Optional[str] = None
    updated_at: Optional[str] = None


@_record
class AccountWebhookRef:
    """A webhook, by id."""
    id: int


@_record
class AccountWebhookUpdate:
    """What to change in a webhook; what is not given stays."""
    id: int
    name: Optional[str] = None
    webhook_url: Optional[str] = None
    event_types: Optional[List[str]] = None
    categories: Optional[List[str]] = None
    """Category names."""


class Webhooks(_Interface):
    """Campaign webhooks."""

    _name = "webhooks"

    def list_all_smartlead_campaign_webhooks(self, args: ByCampaign, *, page: Optional[Page] = None) -> WebhookPage:
        """A campaign's webhooks (sliced)."""
        return self._call("list-all-smartlead-campaign-webhooks", (args, page if page is not None else Page()), WebhookPage, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_campaign_webhook_by_id(self, args: WebhookUpdate) -> Webhook:
        """Replaces a webhook."""
        return self._call("update-a-smartlead-campaign-webhook-by-id", (args,), Webhook, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_campaign_webhook(self, args: NewWebhook) -> Webhook:
        """Registers a webhook."""
        return self._call("create-a-smartlead-campaign-webhook", (args,), Webhook, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_campaign_webhook_by_id(self, args: WebhookRef) -> Ack:
        """Deletes a webhook."""
        return self._call("delete-a-smartlead-campaign-webhook-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_webhooks_delete_campaign_webhook(self, args: WebhookRef) -> Ack:
        """Deletes a webhook, its id in the path (the current reference's form)."""
        return self._call("smartlead-webhooks-delete-campaign-webhook", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_webhooks_summary(self, args: WebhookWindow) -> WebhookSummary:
        """How a campaign's webhook deliveries went over a window."""
        return self._call("smartlead-webhooks-summary", (args,), WebhookSummary, client=True, result=True)  # type: ignore[no-any-return]

    def smartlead_webhooks_retrigger_failed_events(self, args: WebhookWindow) -> RetriggeredEvents:
        """Delivers again the failed events of a window. Sent once."""
        return self._call("smartlead-webhooks-retrigger-failed-events", (args,), RetriggeredEvents, client=True, result=True)  # type: ignore[no-any-return]

    def create_a_smartlead_webhook(self, args: NewAccountWebhook) -> Created:
        """Registers a webhook for the account, a client or a campaign. Sent once."""
        return self._call("create-a-smartlead-webhook", (args,), Created, client=True, result=True)  # type: ignore[no-any-return]

    def get_single_smartlead_webhook_by_id(self, args: AccountWebhookRef) -> AccountWebhook:
        """One webhook."""
        return self._call("get-single-smartlead-webhook-by-id", (args,), AccountWebhook, client=True, result=True)  # type: ignore[no-any-return]

    def update_a_smartlead_webhook_by_id(self, args: AccountWebhookUpdate) -> Ack:
        """Changes a webhook."""
        return self._call("update-a-smartlead-webhook-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]

    def delete_a_smartlead_webhook_by_id(self, args: AccountWebhookRef) -> Ack:
        """Deletes a webhook. Confirmed first by tools."""
        return self._call("delete-a-smartlead-webhook-by-id", (args,), Ack, client=True, result=True)  # type: ignore[no-any-return]


class AsyncWebhooks(_AsyncInterface):
    """Campaign webhooks."""

    _attr = "webhooks"

    async def list_all_smartlead_campaign_webhooks(self, args: ByCampaign, *, page: Optional[Page] = None) -> WebhookPage:
        """A campaign's webhooks (sliced)."""
        return await self._run("list_all_smartlead_campaign_webhooks", args=args, page=page)  # type: ignore[no-any-return]

    async def update_a_smartlead_campaign_webhook_by_id(self, args: WebhookUpdate) -> Webhook:
        """Replaces a webhook."""
        return await self._run("update_a_smartlead_campaign_webhook_by_id", args=args)  # type: ignore[no-any-return]

    async def create_a_smartlead_campaign_webhook(self, args: NewWebhook) -> Webhook:
        """Registers a webhook."""
        return await self._run("create_a_smartlead_campaign_webhook", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_campaign_webhook_by_id(self, args: WebhookRef) -> Ack:
        """Deletes a webhook."""
        return await self._run("delete_a_smartlead_campaign_webhook_by_id", args=args)  # type: ignore[no-any-return]

    async def smartlead_webhooks_delete_campaign_webhook(self, args: WebhookRef) -> Ack:
        """Deletes a webhook, its id in the path (the current reference's form)."""
        return await self._run("smartlead_webhooks_delete_campaign_webhook", args=args)  # type: ignore[no-any-return]

    async def smartlead_webhooks_summary(self, args: WebhookWindow) -> WebhookSummary:
        """How a campaign's webhook deliveries went over a window."""
        return await self._run("smartlead_webhooks_summary", args=args)  # type: ignore[no-any-return]

    async def smartlead_webhooks_retrigger_failed_events(self, args: WebhookWindow) -> RetriggeredEvents:
        """Delivers again the failed events of a window. Sent once."""
        return await self._run("smartlead_webhooks_retrigger_failed_events", args=args)  # type: ignore[no-any-return]

    async def create_a_smartlead_webhook(self, args: NewAccountWebhook) -> Created:
        """Registers a webhook for the account, a client or a campaign. Sent once."""
        return await self._run("create_a_smartlead_webhook", args=args)  # type: ignore[no-any-return]

    async def get_single_smartlead_webhook_by_id(self, args: AccountWebhookRef) -> AccountWebhook:
        """One webhook."""
        return await self._run("get_single_smartlead_webhook_by_id", args=args)  # type: ignore[no-any-return]

    async def update_a_smartlead_webhook_by_id(self, args: AccountWebhookUpdate) -> Ack:
        """Changes a webhook."""
        return await self._run("update_a_smartlead_webhook_by_id", args=args)  # type: ignore[no-any-return]

    async def delete_a_smartlead_webhook_by_id(self, args: AccountWebhookRef) -> Ack:
        """Deletes a webhook. Confirmed first by tools."""
        return await self._run("delete_a_smartlead_webhook_by_id", args=args)  # type: ignore[no-any-return]



class Interfaces:
    """The typed interfaces, one attribute each, as the WIT groups the operations."""

    agency_clients: AgencyClients
    analytics: Analytics
    campaigns: Campaigns
    email_accounts: EmailAccounts
    events: Events
    lead_lists: LeadLists
    leads: Leads
    campaign_leads: CampaignLeads
    bulk: Bulk
    master_inbox: MasterInbox
    crm: Crm
    proxy: Proxy
    smart_delivery: SmartDelivery
    smart_prospect: SmartProspect
    smart_senders: SmartSenders
    unified: Unified
    utilities: Utilities
    webhooks: Webhooks

    def _attach_interfaces(self, owner: Any) -> None:
        self.agency_clients = AgencyClients(owner)
        self.analytics = Analytics(owner)
        self.campaigns = Campaigns(owner)
        self.email_accounts = EmailAccounts(owner)
        self.events = Events(owner)
        self.lead_lists = LeadLists(owner)
        self.leads = Leads(owner)
        self.campaign_leads = CampaignLeads(owner)
        self.bulk = Bulk(owner)
        self.master_inbox = MasterInbox(owner)
        self.crm = Crm(owner)
        self.proxy = Proxy(owner)
        self.smart_delivery = SmartDelivery(owner)
        self.smart_prospect = SmartProspect(owner)
        self.smart_senders = SmartSenders(owner)
        self.unified = Unified(owner)
        self.utilities = Utilities(owner)
        self.webhooks = Webhooks(owner)


class AsyncInterfaces:
    """The same interfaces for asyncio: every function a coroutine."""

    agency_clients: AsyncAgencyClients
    analytics: AsyncAnalytics
    campaigns: AsyncCampaigns
    email_accounts: AsyncEmailAccounts
    events: AsyncEvents
    lead_lists: AsyncLeadLists
    leads: AsyncLeads
    campaign_leads: AsyncCampaignLeads
    bulk: AsyncBulk
    master_inbox: AsyncMasterInbox
    crm: AsyncCrm
    proxy: AsyncProxy
    smart_delivery: AsyncSmartDelivery
    smart_prospect: AsyncSmartProspect
    smart_senders: AsyncSmartSenders
    unified: AsyncUnified
    utilities: AsyncUtilities
    webhooks: AsyncWebhooks

    def _attach_interfaces(self, owner: Any) -> None:
        self.agency_clients = AsyncAgencyClients(owner)
        self.analytics = AsyncAnalytics(owner)
        self.campaigns = AsyncCampaigns(owner)
        self.email_accounts = AsyncEmailAccounts(owner)
        self.events = AsyncEvents(owner)
        self.lead_lists = AsyncLeadLists(owner)
        self.leads = AsyncLeads(owner)
        self.campaign_leads = AsyncCampaignLeads(owner)
        self.bulk = AsyncBulk(owner)
        self.master_inbox = AsyncMasterInbox(owner)
        self.crm = AsyncCrm(owner)
        self.proxy = AsyncProxy(owner)
        self.smart_delivery = AsyncSmartDelivery(owner)
        self.smart_prospect = AsyncSmartProspect(owner)
        self.smart_senders = AsyncSmartSenders(owner)
        self.unified = AsyncUnified(owner)
        self.utilities = AsyncUtilities(owner)
        self.webhooks = AsyncWebhooks(owner)
