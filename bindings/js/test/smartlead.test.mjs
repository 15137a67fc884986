// The JavaScript wrapper against the mock, which runs as a child process: the wasi:http
// shim blocks this thread while a request is out, so the mock cannot live in it.

import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, before, test } from "node:test";
import { Smartlead, SmartleadError } from "../smartlead.mjs";

const ROOT = new URL("../../../", import.meta.url).pathname;
const MOCK = process.env.SMARTLEAD_MOCK_BIN ?? `${ROOT}target/debug/smartlead-mock`;
const KEY = "js-test-key";
let mock;
let baseUrl;

before(async () => {
  mock = spawn(MOCK, ["--port", "0", "--api-key", KEY], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((resolve) => createInterface({ input: mock.stdout }).once("line", resolve));
  baseUrl = line.split(" ").at(-1);
});

after(() => mock.kill());

const client = (options = {}) => new Smartlead({ apiKey: KEY, baseUrl, ...options });

async function failNext(fault, times = 1) {
  await fetch(baseUrl.replace("/api/v1", "/__mock/faults"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ fault, times }),
  });
}

test("methods are the operations", () => {
  const sl = client();
  const catalog = readFileSync(new URL("../../../docs/tools.md", import.meta.url), "utf8")
    .split("\n").filter((l) => l.startsWith("| `")).map((l) => l.slice(3).split("`")[0]);
  assert.deepEqual(sl.operations.map((op) => op.name), catalog);
  assert.equal(typeof sl.list_all_smartlead_campaigns, "function");
  const sets = Object.fromEntries(sl.toolsets.map((set) => [set.name, set]));
  assert.deepEqual(sets.all.tools, catalog);
  assert.equal(sets.core.tools.length, 43);
  assert.ok(sets["master-inbox"].tools.includes("list_all_smartlead_master_inbox_unread_replies"));
});

test("a write, a read and paging", async () => {
  const sl = client();
  const { id } = sl.create_a_smartlead_campaign({ name: "From JavaScript" });
  assert.equal(sl.get_single_smartlead_campaign_by_id({ id }).name, "From JavaScript");
  const leads = Array.from({ length: 5 }, (_, i) => ({ email: `js${i}@example.com` }));
  assert.equal(sl.create_a_smartlead_campaign_lead({ campaign_id: id, lead_list: leads }).total_leads, 5);
  const first = sl.list_all_smartlead_campaign_leads({ campaign_id: id, limit: 2 });
  assert.equal(first.result.length, 2);
  assert.ok(first.next_cursor);
  const emails = [];
  for await (const row of sl.pages("list_all_smartlead_campaign_leads", { campaign_id: id, limit: 2 })) emails.push(row.lead.email);
  assert.deepEqual(emails, leads.map((l) => l.email));
});

test("errors carry their kind", async () => {
  const sl = client();
  assert.throws(() => sl.list_all_smartlead_campaign_leads({}), { kind: "invalid_input" });
  assert.throws(() => sl.get_single_smartlead_campaign_by_id({ id: 999 }), { kind: "not_found", status: 404 });
  await failNext({ status: 500 });
  assert.throws(() => sl.list_all_smartlead_campaigns(), { kind: "remote", status: 500 });
  await failNext("truncated_json");
  assert.throws(() => sl.list_all_smartlead_campaigns(), { kind: "decode" });
  await failNext({ rate_limited: { retry_after_secs: 3 } });
  assert.throws(() => client({ maxRetries: 0 }).list_all_smartlead_campaigns(), { kind: "rate_limited", retryAfterMs: 3000 });
  assert.throws(() => client({ apiKey: "wrong" }).list_all_smartlead_campaigns(), { kind: "unauthorized" });
  const dead = client({ baseUrl: "http://127.0.0.1:1/api/v1", maxRetries: 0 });
  assert.throws(() => dead.list_all_smartlead_campaigns(), (e) => e instanceof SmartleadError && e.kind === "transport");
});

test("a server that never answers is a transport error at the timeout", async () => {
  // The component bounds the wait itself; without it this call would wait an hour.
  await failNext({ delay: 3_600_000 });
  const slow = client({ timeoutMs: 1000, maxRetries: 0 });
  assert.throws(() => slow.list_all_smartlead_campaigns(), { kind: "transport" });
});

test("the README example runs", () => {
  const guide = readFileSync(`${ROOT}docs/embedding.md`, "utf8");
  const code = guide.split("## Use it from JavaScript")[1].match(/```js\n([\s\S]*?)```/)[1];
  const file = new URL("../readme-example.mjs", import.meta.url).pathname;
  writeFileSync(file, code);
  try {
    const out = execFileSync("node", [file], { env: { ...process.env, SMARTLEAD_API_KEY: KEY, SMARTLEAD_BASE_URL: baseUrl }, encoding: "utf8" });
    assert.match(out, /grace@example\.com STARTED/);
    assert.match(out, /imported: 1/);
    assert.match(out, /not_found/);
  } finally {
    rmSync(file);
  }
});

test("the npm tarball installs into a fresh folder, runs examples/js/campaigns.mjs (the guide's copy word for word) and offers connect.js", () => {
  const tarball = process.env.SMARTLEAD_NPM_PACKAGE;
  assert.ok(tarball, "run `make js-package` (make test-js does) and give its path in SMARTLEAD_NPM_PACKAGE");
  const dir = mkdtempSync(join(tmpdir(), "smartlead-npm-"));
  try {
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", new URL(tarball, `file://${process.cwd()}/`).pathname], { cwd: dir });
    const example = readFileSync(`${ROOT}examples/js/campaigns.mjs`, "utf8");
    const guide = readFileSync(`${ROOT}docs/embedding.md`, "utf8");
    assert.equal(guide.split("## Use it from JavaScript")[1].match(/```js\n([\s\S]*?)```/)[1], example, "docs/embedding.md's JavaScript example differs from examples/js/campaigns.mjs");
    writeFileSync(join(dir, "example.mjs"), example);
    const out = execFileSync("node", ["example.mjs"], { cwd: dir, env: { ...process.env, SMARTLEAD_API_KEY: KEY, SMARTLEAD_BASE_URL: baseUrl }, encoding: "utf8" });
    assert.match(out, /grace@example\.com STARTED/);
    assert.match(out, /imported: 1/);
    const where = execFileSync("node", ["--input-type=module", "-e", "console.log(import.meta.resolve('smartlead-component'))"], { cwd: dir, encoding: "utf8" });
    assert.ok(where.includes(dir), `resolved ${where}, not the installed package`);
    // connect.js ships beside the component, typed, the same file the gateway serves.
    const connect = execFileSync("node", ["--input-type=module", "-e", "const m = await import('smartlead-component/connect'); console.log(Object.keys(m).sort().join(','))"], { cwd: dir, encoding: "utf8" });
    assert.equal(connect.trim(), "ConnectError,openConnect");
    const installed = join(dir, "node_modules/smartlead-component");
    assert.equal(readFileSync(join(installed, "connect.js"), "utf8"), readFileSync(`${ROOT}bindings/js/connect.js`, "utf8"));
    assert.match(readFileSync(join(installed, "connect.d.ts"), "utf8"), /export function openConnect\(options: OpenConnectOptions\): Promise<Connected>;/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the typed interfaces keep 64-bit ids as bigint end to end", async () => {
  const sl = client();
  sl.campaigns.createASmartleadCampaign({ name: "First" });
  const created = sl.campaigns.createASmartleadCampaign({ name: "Typed from JavaScript" });
  assert.equal(typeof created.id, "bigint");
  const campaign = sl.campaigns.getSingleSmartleadCampaignById({ campaignId: created.id });
  assert.deepEqual([campaign.id, campaign.name, campaign.status], [created.id, "Typed from JavaScript", "DRAFTED"]);
  const page = sl.campaigns.listAllSmartleadCampaigns({}, { limit: 1 });
  assert.equal(page.resultCount, 1);
  const next = sl.campaigns.listAllSmartleadCampaigns({}, { cursor: page.nextCursor });
  const all = sl.campaigns.listAllSmartleadCampaigns({}, { limit: 100 });
  assert.equal(next.result[0].id, all.result[1].id, "the cursor pages on");
  assert.ok(all.result.some((c) => c.id === created.id));
  const unified = sl.unified.listCampaigns(false, undefined).result.find((c) => c.name === "Typed from JavaScript");
  assert.equal(unified.status, "draft", "enums as jco gives them");
  const events = sl.events.parseWebhook([], new TextEncoder().encode('{"event_type": "EMAIL_REPLY", "campaign_id": 5}'), undefined);
  assert.equal(events[0].kind, "email-reply");

  // 2^60 + 1 is not a double: the JSON tools would send ...976, the typed call sends it exactly.
  const big = 2n ** 60n + 1n;
  assert.throws(() => sl.campaigns.getSingleSmartleadCampaignById({ campaignId: big }), (e) => e instanceof SmartleadError && e.kind === "not_found");
  const seen = await (await fetch(baseUrl.replace("/api/v1", "/__mock/requests"))).json();
  assert.equal(seen.at(-1).path, `/campaigns/${big}`);
});

test("the typed declarations check a program, and refuse a wrong field", () => {
  const sample = new URL("../typecheck-sample.ts", import.meta.url).pathname;
  const program = `import { Smartlead } from "smartlead-component";
export function newest(sl: Smartlead): [bigint, string | undefined, number] {
  const created = sl.campaigns.createASmartleadCampaign({ name: "Typed" });
  const campaign = sl.campaigns.getSingleSmartleadCampaignById({ campaignId: created.id });
  const page = sl.campaigns.listAllSmartleadCampaigns({}, { limit: 10 });
  const ids: bigint[] = page.result.map((c) => c.id);
  sl.list_all_smartlead_campaigns({ limit: 1 });
  return [campaign.id, campaign.status, ids.length];
}
`;
  const tsc = (source) => {
    writeFileSync(sample, source);
    try {
      execFileSync(`${ROOT}bindings/js/node_modules/.bin/tsc`, ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "esnext", "--lib", "esnext", sample], { encoding: "utf8" });
      return "";
    } catch (e) {
      return e.stdout || "failed without a message";
    } finally {
      rmSync(sample);
    }
  };
  assert.equal(tsc(program), "", "the program type-checks");
  assert.match(tsc(program.replace("({ campaignId: created.id })", "({ id: created.id })")), /'id' does not exist in type 'CampaignLookup'/);
  assert.match(tsc(program.replace("sl.list_all_smartlead_campaigns", "sl.list_every_smartlead_campaign")), /Property 'list_every_smartlead_campaign' does not exist/);
});

test("importLeads runs the component's bulk import", async () => {
  const sl = client();
  const { id } = sl.create_a_smartlead_campaign({ name: "Bulk from JavaScript" });
  const rows = ["Email Address,First Name,Company,Job Title"];
  for (let i = 0; i < 250; i++) rows.push(`js${i}@example.com,Js ${i},"Acme, Inc",CTO`);
  rows.push("not-an-email,X,,", "JS7@example.com,Again,,");
  const report = sl.importLeads(id, rows.join("\r\n") + "\r\n", { mapping: { "Job Title": "custom_fields.title" } });
  assert.deepEqual([report.rows, report.batches, report.batches_done, report.added], [252, 3, 3, 250]);
  assert.deepEqual(report.rejected.map((r) => [r.row, r.reason]), [
    [251, '"not-an-email" is not an email address'],
    [252, "the same email as row 8"],
  ]);
  const sent = await (await fetch(baseUrl.replace("/api/v1", "/__mock/requests"))).json();
  const batches = sent.filter((r) => r.method === "POST" && r.path === `/campaigns/${id}/leads`).map((r) => r.body.lead_list);
  assert.deepEqual(batches.map((b) => b.length), [100, 100, 50]);
  assert.deepEqual(batches[0][0], { email: "js0@example.com", first_name: "Js 0", company_name: "Acme, Inc", custom_fields: { title: "CTO" } });
  assert.equal(report.stopped, undefined);
  assert.throws(() => sl.importLeads(id, "name\nAda\n"), { kind: "invalid_input" });
  assert.throws(() => sl.importLeads(id, "email\na@b.co\n", { settings: { ignore_everything: true } }), TypeError);
});
