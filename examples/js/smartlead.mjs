// Smartlead.ai from JavaScript: the smartlead WebAssembly component, transpiled by jco.
// Every Smartlead operation is a method named after it, taking Smartlead's argument
// names and returning plain objects; failures throw SmartleadError with a `kind`.

import { tools, types } from "./gen/smartlead.js";

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
  /** Options default to SMARTLEAD_API_KEY and SMARTLEAD_BASE_URL from the environment. */
  constructor({ apiKey, baseUrl, requestsPerMinute, maxRetries, timeoutMs } = {}) {
    this.client = new types.Client({
      apiKey: apiKey ?? process.env.SMARTLEAD_API_KEY,
      baseUrl: baseUrl ?? process.env.SMARTLEAD_BASE_URL,
      requestsPerMinute,
      maxRetries,
      timeoutMs,
      maxResponseBytes: undefined,
      managedByHost: undefined,
    });
    this.operations = tools.listTools();
    for (const op of this.operations) {
      this[op.name] = (args = {}) => this.call(op.name, args);
    }
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
