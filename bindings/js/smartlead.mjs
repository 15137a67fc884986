// Smartlead.ai from JavaScript: the smartlead WebAssembly component, transpiled by jco.
// Every Smartlead operation is a method named after it, taking Smartlead's argument
// names and returning plain objects; failures throw SmartleadError with a `kind`.

import { bulk, tools, types } from "./gen/smartlead.js";
import { bind } from "./typed.mjs";

/** A failure the component reported; `kind` is the error variant's case in snake_case. */
export class SmartleadError extends Error {
  constructor(kind, message, status, retryAfterMs) {
    super(`${kind}: ${message}`);
    this.name = "SmartleadError";
    this.kind = kind;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

function toError(e) {
  const payload = e?.payload;
  if (!payload?.tag) return e;
  const kind = payload.tag.replaceAll("-", "_");
  const val = payload.val;
  if (typeof val === "string") return new SmartleadError(kind, val);
  const status = val.status ?? (kind === "rate_limited" ? 429 : undefined);
  const retryAfterMs = val.retryAfterMs === undefined ? undefined : Number(val.retryAfterMs);
  return new SmartleadError(kind, val.message, status, retryAfterMs);
}

export class Smartlead {
  /** Options default to SMARTLEAD_API_KEY, SMARTLEAD_BASE_URL and the other hosts'
   * SMARTLEAD_SMARTDELIVERY_BASE_URL, SMARTLEAD_PROSPECT_BASE_URL and
   * SMARTLEAD_SMART_SENDERS_BASE_URL from the environment. */
  constructor({ apiKey, baseUrl, smartdeliveryBaseUrl, prospectBaseUrl, smartSendersBaseUrl, requestsPerMinute, maxRetries, timeoutMs } = {}) {
    this.client = new types.Client({
      apiKey: apiKey ?? process.env.SMARTLEAD_API_KEY,
      baseUrl: baseUrl ?? process.env.SMARTLEAD_BASE_URL,
      smartdeliveryBaseUrl: smartdeliveryBaseUrl ?? process.env.SMARTLEAD_SMARTDELIVERY_BASE_URL,
      prospectBaseUrl: prospectBaseUrl ?? process.env.SMARTLEAD_PROSPECT_BASE_URL,
      smartSendersBaseUrl: smartSendersBaseUrl ?? process.env.SMARTLEAD_SMART_SENDERS_BASE_URL,
      requestsPerMinute,
      maxRetries,
      timeoutMs,
      maxResponseBytes: undefined,
      managedByHost: undefined,
    });
    // The typed interfaces: `sl.campaigns.getSingleSmartleadCampaignById({ campaignId: 7n })`.
    Object.assign(this, bind(this.client, toError));
    /** The named sets of operations: the interfaces' groups, `core` and `all`. */
    this.toolsets = tools.toolsets();
    // One method per operation, named from the `all` set: the operations with their
    // schemas are half a megabyte to read out of the component, so they wait until asked.
    for (const name of this.toolsets.find((set) => set.name === "all").tools) {
      this[name] = (args = {}) => this.call(name, args);
    }
  }

  #operations;

  /** Every operation with its description and JSON Schemas, read when first asked for. */
  get operations() {
    return (this.#operations ??= tools.listTools());
  }

  /** Runs one operation; returns its JSON result. */
  call(name, args = {}) {
    let out;
    try {
      out = tools.callTool(this.client, name, JSON.stringify(args));
    } catch (e) {
      throw toError(e);
    }
    return JSON.parse(out);
  }

  /**
   * Adds a prospect list (CSV with a header row, or `format: "jsonl"`) to a campaign through
   * the component's bulk import, as `smartlead leads import` does: columns mapped by name
   * (`mapping` overrides, e.g. `{"Work Email": "email"}`), rows checked and batched
   * (`batchSize` up to 400, default 100) before anything is sent, each batch sent once.
   * `settings` are Smartlead's import settings (`{ignore_global_block_list: true}`, …).
   * Returns the report with snake_case keys; throws SmartleadError (`invalid_input`) for a
   * list that cannot be imported, before anything is sent.
   */
  importLeads(campaignId, data, { format = "csv", batchSize, mapping = {}, settings = {} } = {}) {
    const known = ["ignore_global_block_list", "ignore_unsubscribe_list", "ignore_duplicate_leads_in_other_campaign", "ignore_community_bounce_list"];
    const unknown = Object.keys(settings).filter((k) => !known.includes(k));
    if (unknown.length) throw new TypeError(`unknown import settings ${unknown.join(", ")}; known: ${known.join(", ")}`);
    const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
    const options = {
      plan: { batchSize, overrides: Object.entries(mapping) },
      settings: Object.fromEntries([...known.map((k) => [camel(k), settings[k]]), ["returnLeadIds", undefined]]),
    };
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    let report;
    try {
      report = bulk.importLeads(this.client, BigInt(campaignId), bytes, format, options);
    } catch (e) {
      throw toError(e);
    }
    return plain(report);
  }

  /** Every record of a list operation, page after page. */
  async *pages(name, args = {}) {
    let cursor;
    do {
      const page = this.call(name, cursor ? { ...args, next_cursor: cursor } : args);
      yield* page.result;
      cursor = page.next_cursor;
    } while (cursor);
  }
}

/** A WIT record as a plain object: snake_case keys, numbers instead of BigInts. */
function plain(value) {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "bigint") return Number(value);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), plain(v)]));
  }
  return value;
}
