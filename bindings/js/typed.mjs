// The component's typed interfaces as jco exports them, the client bound: generated from the WIT by `cargo run -p smartlead-bindgen`; do not edit.

import * as component from "./gen/smartlead.js";

/** Each interface, and those of its functions that take no client. */
const WITHOUT_CLIENT = {
  agencyClients: [],
  analytics: [],
  campaigns: [],
  emailAccounts: [],
  events: ["parseWebhook"],
  leadLists: [],
  leads: [],
  campaignLeads: [],
  bulk: ["planImport", "outcomeUnknown", "summarizeImport", "leadLimitReached"],
  masterInbox: [],
  crm: [],
  proxy: [],
  smartDelivery: [],
  smartProspect: [],
  smartSenders: [],
  unified: [],
  utilities: [],
  webhooks: [],
};

/** Every typed interface with `client` bound: `campaigns.listAllSmartleadCampaigns(args, page)`;
 * a failure is rethrown as `rethrow` makes it. */
export function bind(client, rethrow) {
  const call = (free, f) => (...args) => {
    try {
      return free ? f(...args) : f(client, ...args);
    } catch (e) {
      throw rethrow(e);
    }
  };
  return Object.fromEntries(
    Object.entries(WITHOUT_CLIENT).map(([name, free]) => [
      name,
      Object.fromEntries(Object.entries(component[name]).map(([fn, f]) => [fn, call(free.includes(fn), f)])),
    ]),
  );
}
