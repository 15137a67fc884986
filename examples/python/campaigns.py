"""A campaign from Python: created, read back typed, given leads, paged through and
imported into, with a failure caught. Run against the mock or a real account with
SMARTLEAD_API_KEY (and SMARTLEAD_BASE_URL) set, after `pip install` of the wheel."""

from smartlead import Smartlead, SmartleadNotFound
from smartlead.typed import CampaignLookup

sl = Smartlead()  # SMARTLEAD_API_KEY, SMARTLEAD_BASE_URL, SMARTLEAD_WASM from the environment
campaign = sl.create_a_smartlead_campaign(name="Python launch")
typed = sl.campaigns.get_single_smartlead_campaign_by_id(CampaignLookup(campaign_id=campaign["id"]))
print(typed.name, typed.status)  # a dataclass: Python launch DRAFTED
sl.create_a_smartlead_campaign_lead(campaign_id=campaign["id"], lead_list=[{"email": "ada@example.com", "first_name": "Ada"}])
for row in sl.pages("list_all_smartlead_campaign_leads", campaign_id=campaign["id"], limit=100):
    print(row["lead"]["email"], row["status"])
report = sl.import_leads(campaign["id"], "Email Address,First Name\ngrace@example.com,Grace\nnot-an-email,X\n")
print("imported:", report["added"], "rejected:", [r["reason"] for r in report["rejected"]])
try:
    sl.get_single_smartlead_campaign_by_id(campaign_id=999)
except SmartleadNotFound as e:
    print("not found:", e.message)
