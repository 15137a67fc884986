// A campaign from JavaScript: created, read back typed (ids as bigint), given leads,
// paged through and imported into, with a failure caught. Run with SMARTLEAD_API_KEY
// (and SMARTLEAD_BASE_URL) set, after `npm install` of the package.

import { Smartlead } from "smartlead-component";

const sl = new Smartlead(); // SMARTLEAD_API_KEY and SMARTLEAD_BASE_URL from the environment
const { id } = sl.create_a_smartlead_campaign({ name: "JavaScript launch" });
const typed = sl.campaigns.getSingleSmartleadCampaignById({ campaignId: BigInt(id) }); // ids as bigint
console.log(typed.name, typed.status);
sl.create_a_smartlead_campaign_lead({ campaign_id: id, lead_list: [{ email: "grace@example.com" }] });
for await (const row of sl.pages("list_all_smartlead_campaign_leads", { campaign_id: id })) {
  console.log(row.lead.email, row.status);
}
const report = sl.importLeads(id, "Email Address,First Name\nlinus@example.com,Linus\n");
console.log("imported:", report.added);
try {
  sl.get_single_smartlead_campaign_by_id({ campaign_id: 999 });
} catch (e) {
  console.log(e.kind, e.status);
}
