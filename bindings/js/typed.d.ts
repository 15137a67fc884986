// Types of the typed interfaces, from jco's declarations with the client parameter dropped: generated from the WIT by `cargo run -p smartlead-bindgen`; do not edit.

import type { Client } from "./gen/interfaces/smartlead-connector-types.js";

type WithoutClient<F> = F extends (c: Client, ...rest: infer A) => infer R ? (...rest: A) => R : F;
type Bound<M> = { [K in keyof M]: WithoutClient<M[K]> };

export interface TypedInterfaces {
  /** Agency clients. */
  readonly agencyClients: Bound<typeof import("./gen/interfaces/smartlead-connector-agency-clients.js")>;
  /** Smartlead's global analytics, the 22 `/analytics/*` reports across campaigns, clients, mailboxes and the team. Rates are percentages (34.5 means 34.5 %), read from Smartlead's "34.5%" text; ids lists are sent comma-separated. */
  readonly analytics: Bound<typeof import("./gen/interfaces/smartlead-connector-analytics.js")>;
  /** Campaigns: settings, schedule, status, sequences and numbers. */
  readonly campaigns: Bound<typeof import("./gen/interfaces/smartlead-connector-campaigns.js")>;
  /** Mailboxes, their warm-up, and the campaigns that send from them. */
  readonly emailAccounts: Bound<typeof import("./gen/interfaces/smartlead-connector-email-accounts.js")>;
  /** Smartlead's webhook deliveries, verified and read into one event shape. */
  readonly events: Bound<typeof import("./gen/interfaces/smartlead-connector-events.js")>;
  /** Lead lists: leads kept outside any campaign, named lists to import into and push from. */
  readonly leadLists: Bound<typeof import("./gen/interfaces/smartlead-connector-lead-lists.js")>;
  /** Leads across the account. */
  readonly leads: Bound<typeof import("./gen/interfaces/smartlead-connector-leads.js")>;
  /** The people in a campaign, what they are sent and their replies. */
  readonly campaignLeads: Bound<typeof import("./gen/interfaces/smartlead-connector-campaign-leads.js")>;
  /** Bulk lead import, the same in every host: a prospect list read, checked and planned in batches before anything is sent, each batch sent once, a lost answer reconciled by looking its leads up, and the answers folded into one report. A host with a journal drives an import a batch at a time (`plan-import`, then `send-batch` for each batch, `missing-from-campaign` for one whose answer was lost, `summarize-import`); `import-leads` runs a whole import in one call. */
  readonly bulk: Bound<typeof import("./gen/interfaces/smartlead-connector-bulk.js")>;
  /** The master inbox: every campaign's conversations in one place, its views (20 a page at most), one thread, and the actions a person takes on a reply. */
  readonly masterInbox: Bound<typeof import("./gen/interfaces/smartlead-connector-master-inbox.js")>;
  /** The CRM of a lead: notes and tasks read back by lead id (written from the master inbox), and tags put on and taken off. */
  readonly crm: Bound<typeof import("./gen/interfaces/smartlead-connector-crm.js")>;
  /** Any Smartlead route, 1-to-1, with the client's key, pacing, retries and error typing. */
  readonly proxy: Bound<typeof import("./gen/interfaces/smartlead-connector-proxy.js")>;
  /** SmartDelivery, Smartlead's deliverability tests (its own host, `smartdelivery.smartlead.ai`; access is granted by Smartlead support): placement tests sent to seed inboxes, their folders, and their reports. Smartlead documents no body fields for creating or listing tests, so those take a JSON object passed through; ids are text (Smartlead's examples are strings). */
  readonly smartDelivery: Bound<typeof import("./gen/interfaces/smartlead-connector-smart-delivery.js")>;
  /** SmartProspect, Smartlead's contact database (its own host, `prospect-api.smartlead.ai`): the lookups its search filters take, contact search, saved, recent and fetched searches, and the two calls that reveal emails, which spend credits. Smartlead answers a refusal with HTTP 200 and `success: false`; it arrives here as an error. */
  readonly smartProspect: Bound<typeof import("./gen/interfaces/smartlead-connector-smart-prospect.js")>;
  /** Smart Senders, Smartlead's mailbox marketplace (its own host, `smart-senders.smartlead.ai`; access is granted by Smartlead support): vendors, domains, generated mailboxes, orders, and the admin mailbox's one-time password. Rows Smartlead does not document come as JSON. */
  readonly smartSenders: Bound<typeof import("./gen/interfaces/smartlead-connector-smart-senders.js")>;
  /** The unified Marketing Automation API: campaigns and contacts in a vendor-neutral shape. Ids are text; Smartlead's own record rides along as JSON in `remote-data`. */
  readonly unified: Bound<typeof import("./gen/interfaces/smartlead-connector-unified.js")>;
  /** Smartlead's utilities: one email sent outside any campaign. */
  readonly utilities: Bound<typeof import("./gen/interfaces/smartlead-connector-utilities.js")>;
  /** Campaign webhooks. */
  readonly webhooks: Bound<typeof import("./gen/interfaces/smartlead-connector-webhooks.js")>;
}

/** Every operation as a tool: Smartlead's argument names in, its JSON result out. */
export interface ToolMethods {
  create_a_smartlead_client(args?: Record<string, unknown>): any;
  list_all_smartlead_clients(args?: Record<string, unknown>): any;
  create_a_smartlead_client_api_key(args?: Record<string, unknown>): any;
  list_all_smartlead_client_api_keys(args?: Record<string, unknown>): any;
  delete_a_smartlead_client_api_key_by_id(args?: Record<string, unknown>): any;
  smartlead_agency_clients_reset_api_key(args?: Record<string, unknown>): any;
  smartlead_analytics_overall_stats(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_campaigns(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_clients(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_monthly_client_counts(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_day_wise_stats(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_day_wise_stats_by_sent_time(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_day_wise_positive_replies(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_day_wise_positive_replies_by_sent_time(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_campaign_performance(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_client_performance(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_email_health(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_domain_health(args?: Record<string, unknown>): any;
  smartlead_analytics_mailbox_stats(args?: Record<string, unknown>): any;
  smartlead_analytics_provider_performance(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_team_board(args?: Record<string, unknown>): any;
  smartlead_analytics_lead_stats(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_lead_category_responses(args?: Record<string, unknown>): any;
  smartlead_analytics_first_reply_leads(args?: Record<string, unknown>): any;
  smartlead_analytics_follow_up_reply_rate(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_lead_to_reply_times(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_campaign_responses(args?: Record<string, unknown>): any;
  list_all_smartlead_analytics_campaign_statuses(args?: Record<string, unknown>): any;
  list_all_smartlead_campaigns(args?: Record<string, unknown>): any;
  create_a_smartlead_campaign(args?: Record<string, unknown>): any;
  get_single_smartlead_campaign_by_id(args?: Record<string, unknown>): any;
  update_a_smartlead_campaign_by_id(args?: Record<string, unknown>): any;
  delete_a_smartlead_campaign_by_id(args?: Record<string, unknown>): any;
  smartlead_campaigns_top_level_analytics(args?: Record<string, unknown>): any;
  smartlead_campaigns_export_campaign_leads_csv(args?: Record<string, unknown>): any;
  smartlead_campaigns_update_campaign_status(args?: Record<string, unknown>): any;
  smartlead_campaigns_update_schedule(args?: Record<string, unknown>): any;
  smartlead_campaigns_save_sequences(args?: Record<string, unknown>): any;
  smartlead_campaigns_send_test_email(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_sequences(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_statistics_by_date(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_statistics(args?: Record<string, unknown>): any;
  smartlead_campaigns_duplicate(args?: Record<string, unknown>): any;
  create_a_smartlead_subsequence(args?: Record<string, unknown>): any;
  smartlead_campaigns_forward_email(args?: Record<string, unknown>): any;
  smartlead_campaigns_assign_team_member(args?: Record<string, unknown>): any;
  smartlead_campaigns_update_lead_email_account(args?: Record<string, unknown>): any;
  list_all_smartlead_lead_activities(args?: Record<string, unknown>): any;
  smartlead_campaigns_top_level_analytics_by_date(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_lead_statistics(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_mailbox_statistics(args?: Record<string, unknown>): any;
  list_all_smartlead_email_accounts(args?: Record<string, unknown>): any;
  create_a_smartlead_email_account(args?: Record<string, unknown>): any;
  get_single_smartlead_email_account_by_id(args?: Record<string, unknown>): any;
  update_a_smartlead_email_account_by_id(args?: Record<string, unknown>): any;
  smartlead_email_accounts_reconnect_failed_emails(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_email_accounts(args?: Record<string, unknown>): any;
  create_a_smartlead_campaign_email_account(args?: Record<string, unknown>): any;
  delete_a_smartlead_campaign_email_account_by_id(args?: Record<string, unknown>): any;
  get_single_smartlead_email_account_warmup_stat_by_id(args?: Record<string, unknown>): any;
  create_a_smartlead_email_account_warmup_setting(args?: Record<string, unknown>): any;
  smartlead_email_accounts_save_oauth(args?: Record<string, unknown>): any;
  delete_a_smartlead_email_account_by_id(args?: Record<string, unknown>): any;
  smartlead_email_accounts_suspend(args?: Record<string, unknown>): any;
  smartlead_email_accounts_unsuspend(args?: Record<string, unknown>): any;
  create_a_smartlead_tag(args?: Record<string, unknown>): any;
  update_a_smartlead_tag_by_id(args?: Record<string, unknown>): any;
  list_all_smartlead_email_account_tags(args?: Record<string, unknown>): any;
  smartlead_email_accounts_assign_tags(args?: Record<string, unknown>): any;
  smartlead_email_accounts_remove_tags(args?: Record<string, unknown>): any;
  create_a_smartlead_lead_list(args?: Record<string, unknown>): any;
  list_all_smartlead_lead_lists(args?: Record<string, unknown>): any;
  get_single_smartlead_lead_list_by_id(args?: Record<string, unknown>): any;
  update_a_smartlead_lead_list_by_id(args?: Record<string, unknown>): any;
  delete_a_smartlead_lead_list_by_id(args?: Record<string, unknown>): any;
  smartlead_lead_lists_import_leads(args?: Record<string, unknown>): any;
  smartlead_lead_lists_move_leads(args?: Record<string, unknown>): any;
  smartlead_lead_lists_push_to_campaign(args?: Record<string, unknown>): any;
  smartlead_lead_lists_assign_tags(args?: Record<string, unknown>): any;
  list_all_smartlead_leads(args?: Record<string, unknown>): any;
  get_single_smartlead_lead_by_id(args?: Record<string, unknown>): any;
  smartlead_leads_unsubscribe(args?: Record<string, unknown>): any;
  smartlead_leads_block(args?: Record<string, unknown>): any;
  list_all_smartlead_lead_campaigns(args?: Record<string, unknown>): any;
  list_all_smartlead_lead_category(args?: Record<string, unknown>): any;
  list_all_smartlead_block_list(args?: Record<string, unknown>): any;
  delete_a_smartlead_block_list_entry_by_id(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_leads(args?: Record<string, unknown>): any;
  create_a_smartlead_campaign_lead(args?: Record<string, unknown>): any;
  delete_a_smartlead_campaign_lead_by_id(args?: Record<string, unknown>): any;
  smartlead_campaign_leads_unsubscribe_lead(args?: Record<string, unknown>): any;
  smartlead_campaign_leads_pause_lead(args?: Record<string, unknown>): any;
  smartlead_campaign_leads_resume_leads(args?: Record<string, unknown>): any;
  smartlead_campaign_leads_reply_to_lead(args?: Record<string, unknown>): any;
  update_a_smartlead_campaign_lead_by_id(args?: Record<string, unknown>): any;
  smartlead_campaign_leads_update_lead_category(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_lead_message_history(args?: Record<string, unknown>): any;
  smartlead_campaign_leads_manual_complete(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_replies(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_sent(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_assigned_to_me(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_unread_replies(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_important(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_snoozed(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_scheduled(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_reminders(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_archived(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_custom_view(args?: Record<string, unknown>): any;
  get_single_smartlead_master_inbox_item_by_id(args?: Record<string, unknown>): any;
  list_all_smartlead_master_inbox_untracked_replies(args?: Record<string, unknown>): any;
  smartlead_master_inbox_reply_status(args?: Record<string, unknown>): any;
  smartlead_master_inbox_change_read_status(args?: Record<string, unknown>): any;
  smartlead_master_inbox_update_category(args?: Record<string, unknown>): any;
  smartlead_master_inbox_update_revenue(args?: Record<string, unknown>): any;
  smartlead_master_inbox_resume_lead(args?: Record<string, unknown>): any;
  smartlead_master_inbox_assign_team_member(args?: Record<string, unknown>): any;
  smartlead_master_inbox_create_note(args?: Record<string, unknown>): any;
  smartlead_master_inbox_create_task(args?: Record<string, unknown>): any;
  smartlead_master_inbox_set_reminder(args?: Record<string, unknown>): any;
  smartlead_master_inbox_push_to_subsequence(args?: Record<string, unknown>): any;
  smartlead_master_inbox_block_domains(args?: Record<string, unknown>): any;
  list_all_smartlead_lead_notes(args?: Record<string, unknown>): any;
  list_all_smartlead_lead_tags(args?: Record<string, unknown>): any;
  smartlead_crm_add_lead_tags(args?: Record<string, unknown>): any;
  delete_a_smartlead_lead_tag_by_id(args?: Record<string, unknown>): any;
  list_all_smartlead_lead_tasks(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_folders(args?: Record<string, unknown>): any;
  create_a_smartlead_smart_delivery_folder(args?: Record<string, unknown>): any;
  get_single_smartlead_smart_delivery_folder_by_id(args?: Record<string, unknown>): any;
  delete_a_smartlead_smart_delivery_folder_by_id(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_create_manual_test(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_create_automated_test(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_tests(args?: Record<string, unknown>): any;
  get_single_smartlead_smart_delivery_test_by_id(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_stop_test(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_delete_tests(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_mailbox_count(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_mailbox_summary(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_ip_blacklist(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_dkim_details(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_spf_details(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_rdns_details(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_domain_blacklist(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_email_content(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_geo_report(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_provider_report(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_ip_details(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_schedule_history(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_sender_reports(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_reply_headers(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_sender_accounts(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_delivery_spam_filter_details(args?: Record<string, unknown>): any;
  smartlead_smart_delivery_provider_ids(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_cities(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_companies(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_countries(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_departments(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_domains(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_head_counts(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_industries(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_job_titles(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_keywords(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_levels(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_revenues(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_states(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_sub_industries(args?: Record<string, unknown>): any;
  smartlead_prospect_search_contacts(args?: Record<string, unknown>): any;
  smartlead_prospect_find_emails(args?: Record<string, unknown>): any;
  smartlead_prospect_fetch_contacts(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_contacts(args?: Record<string, unknown>): any;
  smartlead_prospect_review_contacts(args?: Record<string, unknown>): any;
  smartlead_prospect_search_analytics(args?: Record<string, unknown>): any;
  smartlead_prospect_reply_analytics(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_saved_searches(args?: Record<string, unknown>): any;
  create_a_smartlead_prospect_saved_search(args?: Record<string, unknown>): any;
  update_a_smartlead_prospect_saved_search(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_recent_searches(args?: Record<string, unknown>): any;
  list_all_smartlead_prospect_fetched_searches(args?: Record<string, unknown>): any;
  update_a_smartlead_prospect_fetched_search(args?: Record<string, unknown>): any;
  smartlead_smart_senders_get_otp(args?: Record<string, unknown>): any;
  smartlead_smart_senders_auto_generate_mailboxes(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_senders_domains(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_senders_vendors(args?: Record<string, unknown>): any;
  get_single_smartlead_smart_senders_order_by_id(args?: Record<string, unknown>): any;
  smartlead_smart_senders_place_order(args?: Record<string, unknown>): any;
  list_all_smartlead_smart_senders_domain_search(args?: Record<string, unknown>): any;
  smartlead_utilities_send_single_email(args?: Record<string, unknown>): any;
  list_all_smartlead_campaign_webhooks(args?: Record<string, unknown>): any;
  update_a_smartlead_campaign_webhook_by_id(args?: Record<string, unknown>): any;
  create_a_smartlead_campaign_webhook(args?: Record<string, unknown>): any;
  delete_a_smartlead_campaign_webhook_by_id(args?: Record<string, unknown>): any;
  smartlead_webhooks_delete_campaign_webhook(args?: Record<string, unknown>): any;
  smartlead_webhooks_summary(args?: Record<string, unknown>): any;
  smartlead_webhooks_retrigger_failed_events(args?: Record<string, unknown>): any;
  create_a_smartlead_webhook(args?: Record<string, unknown>): any;
  get_single_smartlead_webhook_by_id(args?: Record<string, unknown>): any;
  update_a_smartlead_webhook_by_id(args?: Record<string, unknown>): any;
  delete_a_smartlead_webhook_by_id(args?: Record<string, unknown>): any;
}
