"""The confirmation list through a real MCP client that cannot ask its user: every tool
that sends email, cannot be undone or deletes is refused without `confirm: true`, says
what it would do, and sends nothing to Smartlead."""

import json
import urllib.request

import pytest
from mcp import Client, StdioServerParameters

from conftest import ALL, SMARTLEAD, server_env

pytestmark = pytest.mark.anyio

# What the catalog gates: the destructive tools, and those that send email or start a
# campaign. A tool gated or ungated by mistake fails the first assertion.
GATED = {
    "delete_a_smartlead_campaign_by_id",
    "delete_a_smartlead_campaign_email_account_by_id",
    "delete_a_smartlead_campaign_lead_by_id",
    "smartlead_campaign_leads_unsubscribe_lead",
    "smartlead_campaign_leads_reply_to_lead",
    "smartlead_leads_unsubscribe",
    "smartlead_leads_block",
    "delete_a_smartlead_campaign_webhook_by_id",
    "smartlead_webhooks_delete_campaign_webhook",
    "smartlead_campaigns_update_campaign_status",
    "smartlead_campaigns_send_test_email",
    "delete_a_smartlead_lead_list_by_id",
    "smartlead_master_inbox_block_domains",
    "delete_a_smartlead_lead_tag_by_id",
    "delete_a_smartlead_block_list_entry_by_id",
    "delete_a_smartlead_client_api_key_by_id",
    "smartlead_agency_clients_reset_api_key",
    "delete_a_smartlead_webhook_by_id",
    "delete_a_smartlead_email_account_by_id",
    "smartlead_email_accounts_suspend",
    "smartlead_email_accounts_remove_tags",
    "smartlead_campaigns_forward_email",
    "smartlead_utilities_send_single_email",
    "smartlead_smart_senders_place_order",
    "delete_a_smartlead_smart_delivery_folder_by_id",
    "smartlead_smart_delivery_create_manual_test",
    "smartlead_smart_delivery_create_automated_test",
    "smartlead_smart_delivery_stop_test",
    "smartlead_smart_delivery_delete_tests",
    "smartlead_prospect_find_emails",
    "smartlead_prospect_fetch_contacts",
}


@pytest.fixture
def anyio_backend():
    return "asyncio"


def request_count(mock):
    root = mock.base_url.rsplit("/api/v1", 1)[0]
    with urllib.request.urlopen(f"{root}/__mock/requests") as response:
        return len(json.loads(response.read()))


async def test_every_gated_tool_refuses_without_confirmation_and_sends_nothing(mock):
    server = StdioServerParameters(command=SMARTLEAD, args=["mcp", *ALL], env=server_env(mock))
    async with Client(server) as client:
        tools = (await client.list_tools()).tools
        gated = {t.name for t in tools if "confirm" in t.input_schema["properties"]}
        assert gated == GATED
        campaign = (await client.call_tool("create_a_smartlead_campaign", {"name": "Gated"})).structured_content["id"]
        added = await client.call_tool("create_a_smartlead_campaign_lead", {"campaign_id": campaign, "lead_list": [{"email": "gated@example.com"}]})
        assert not added.is_error
        lead = (await client.call_tool("list_all_smartlead_leads", {"email": "gated@example.com"})).structured_content["result"][0]["id"]
        arguments = {
            "delete_a_smartlead_campaign_by_id": {"campaign_id": campaign},
            "delete_a_smartlead_campaign_email_account_by_id": {"campaign_id": campaign, "email_account_ids": [1]},
            "delete_a_smartlead_campaign_lead_by_id": {"campaign_id": campaign, "id": lead},
            "smartlead_campaign_leads_unsubscribe_lead": {"campaign_id": campaign, "id": lead},
            "smartlead_campaign_leads_reply_to_lead": {"campaign_id": campaign, "email_stats_id": "s-1", "email_body": "<p>Hi</p>"},
            "smartlead_leads_unsubscribe": {"id": lead},
            "smartlead_leads_block": {"domain_block_list": ["competitor.example"]},
            "delete_a_smartlead_campaign_webhook_by_id": {"campaign_id": campaign, "id": 1},
            "smartlead_webhooks_delete_campaign_webhook": {"campaign_id": campaign, "id": 1},
            "smartlead_campaigns_update_campaign_status": {"campaign_id": campaign, "status": "START"},
            "smartlead_campaigns_send_test_email": {"campaign_id": campaign, "leadId": lead, "sequenceNumber": 1},
            "delete_a_smartlead_lead_list_by_id": {"id": 1},
            "smartlead_master_inbox_block_domains": {"domains": ["competitor.example"]},
            "delete_a_smartlead_lead_tag_by_id": {"tagMappingId": 1},
            "delete_a_smartlead_block_list_entry_by_id": {"id": 1},
            "delete_a_smartlead_client_api_key_by_id": {"id": 1},
            "smartlead_agency_clients_reset_api_key": {"id": 1},
            "delete_a_smartlead_webhook_by_id": {"id": 1},
            "delete_a_smartlead_email_account_by_id": {"id": 1},
            "smartlead_email_accounts_suspend": {"id": 1},
            "smartlead_email_accounts_remove_tags": {"email_account_ids": [1], "tag_ids": [1]},
            "smartlead_campaigns_forward_email": {"campaign_id": campaign, "message_id": "<m1@sender.test>", "stats_id": "s1", "to_emails": ["boss@example.com"]},
            "smartlead_utilities_send_single_email": {"to": "lead@example.com", "subject": "Hi", "body": "x", "fromEmailId": 1},
            "delete_a_smartlead_smart_delivery_folder_by_id": {"folderId": "folder_001"},
            "smartlead_smart_delivery_create_manual_test": {"test_name": "T"},
            "smartlead_smart_delivery_create_automated_test": {"test_name": "T"},
            "smartlead_smart_delivery_stop_test": {"spamTestId": "test_001"},
            "smartlead_prospect_find_emails": {"contacts": [{"firstName": "Ada", "lastName": "Moss", "companyDomain": "acme.test"}]},
            "smartlead_prospect_fetch_contacts": {"filter_id": 1, "limit": 1},
            "smartlead_smart_delivery_delete_tests": {"spam_test_ids": ["test_001"]},
            "smartlead_smart_senders_place_order": {"vendor_id": 1, "forwarding_domain": "acme.test", "domains": [{"domain_name": "shop.test", "mailbox_details": [{"mailbox": "ada", "first_name": "Ada", "last_name": "L"}]}],
                "user_details": {"email": "b@acme.test", "firstName": "A", "lastName": "L", "company": "Acme", "country": "UK", "city": "London", "addressLineOne": "1 St",
                                 "postalCode": "N1", "state": "LDN", "phoneCc": "+44", "phone": "1", "languagePreference": "en"}},
        }
        before = request_count(mock)
        for name in sorted(GATED):
            refused = await client.call_tool(name, arguments[name])
            error = json.loads(refused.content[0].text)["error"]
            assert refused.is_error and error["kind"] == "confirmation_required", (name, error)
            assert "confirm" in error["message"], (name, error)
        assert request_count(mock) == before, "a refused call reached Smartlead"
