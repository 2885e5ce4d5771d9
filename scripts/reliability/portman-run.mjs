// Runs the collection Portman generated from openapi.yaml (its fuzz variations included) with newman's library
// against a backend holding the demo data, and judges every answer: no 5xx, every 4xx an RFC 9457 problem.
//   node portman-run.mjs BASE_URL ADMIN_TOKEN COLLECTION.json REPORT.json [OFFICER_TOKEN]
// Prints one JSON summary line on stdout; the offending requests go to stderr and REPORT.json.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "portman", "package.json"));
const newman = require("newman");

const [base, token, collectionFile, reportFile, officerToken] = process.argv.slice(2);
// Vert.x answers a request line over its 4 KB limit itself, with a bare 414, before the application sees it.
const URI_LIMIT = 4096;
const auth = { Authorization: `Bearer ${token}` };
const officer = { Authorization: `Bearer ${officerToken || token}` };

async function get(path) {
  const r = await fetch(base + path, { headers: auth });
  if (!r.ok) throw new Error(`GET ${path}: ${r.status}`);
  return r.json();
}
const first = async (path, pick = () => true) => ((await get(path)).items || []).find(pick)?.id;

/** Real ids of demo records, so that fuzzed requests reach the validation code rather than a 404. */
async function fixtures() {
  const me = await get("/api/v1/me");
  const ids = {
    users: await first("/api/v1/users?size=50", (u) => u.id !== me.id && u.role !== "ADMIN"),
    "org-units": await first("/api/v1/org-units?size=50", (o) => o.parentId != null),
    plans: await first("/api/v1/plans?size=1"),
    movements: await first("/api/v1/movements?size=1&sort=startDate,asc"),
    nominations: await first("/api/v1/nominations?size=1"),
    activities: await first("/api/v1/activities?size=1"),
    communications: await first("/api/v1/communications?size=1"),
    reports: await first("/api/v1/reports?size=1"),
    "integration-clients": await first("/api/v1/integration-clients?size=1"),
  };
  ids.examples = await first("/api/v1/public/examples?size=1");
  for (const m of (await get("/api/v1/movements?size=50")).items) {
    const reg = await first(`/api/v1/movements/${m.id}/registrations?size=1`);
    if (reg) {
      ids.movements = m.id;
      ids.registrations = reg;
      break;
    }
  }
  if (!ids["integration-clients"]) {
    const expiresAt = new Date(Date.now() + 180 * 86400e3).toISOString();
    const r = await fetch(base + "/api/v1/integration-clients", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Portman fuzz", scopes: ["reports:read"], expiresAt }),
    });
    ids["integration-clients"] = (await r.json()).client?.id;
  }
  if (ids.activities) {
    const att = await first(`/api/v1/activities/${ids.activities}/attachments`).catch(() => undefined);
    if (att) {
      ids.attachments = att;
    } else {
      const form = new FormData();
      form.append("file", new Blob(["Biên bản giao lưu\n"], { type: "text/plain" }), "bien-ban.txt");
      const r = await fetch(`${base}/api/v1/activities/${ids.activities}/attachments`, { method: "POST", headers: officer, body: form });
      ids.attachments = (await r.json()).id;
    }
  }
  if (!ids.reports) {
    const r = await fetch(base + "/api/v1/reports", {
      method: "POST",
      headers: { ...officer, "Content-Type": "application/json" },
      body: JSON.stringify({ orgUnitId: (await get("/api/v1/org-units?size=1")).items[0].id, period: "2021S1" }),
    });
    ids.reports = (await r.json()).id;
  }
  const orgUnit = (await get(`/api/v1/nominations/${ids.nominations}`)).orgUnitId;
  ids.query = { orgUnitId: orgUnit, parentId: orgUnit, issuingOrgUnitId: orgUnit, parentOrgUnitId: orgUnit,
    movementId: ids.movements, nominationId: ids.nominations };
  return ids;
}

/** The resource a path variable `id` names: the segment before it (`/api/v1/public/examples/:id` -> examples). */
function resourceOf(path, i) {
  const seg = path[i - 1];
  return seg === ":owner" ? "activities" : seg;
}

function items(group, out = []) {
  for (const it of group.item || []) (it.item ? items(it, out) : out.push(it));
  return out;
}

function placeIds(collection, ids) {
  let placeholder;
  for (const it of items(collection)) {
    const url = it.request.url;
    const path = url.path || [];
    for (const v of url.variable || []) {
      if (v.key === "owner") v.value = "activities";
      else if (v.key === "registrationId") v.value = String(ids.registrations);
      else if (v.key === "id") {
        placeholder ??= v.value;
        const id = ids[resourceOf(path, path.indexOf(":id"))];
        if (id != null) v.value = String(id);
      }
    }
    // only the generator's own value is replaced: a fuzzed query value stays what the fuzzer made
    for (const q of url.query || []) {
      if (q.value === placeholder && ids.query[q.key] != null) q.value = String(ids.query[q.key]);
    }
  }
  return placeholder;
}

/**
 * A PUT with a made-up If-Match is a 412 (and, the header being optional in the contract, the generator leaves it
 * off: a 428) before any validation: each request reads the record first and sends its current ETag, except the
 * fuzz variations aimed at the header itself.
 */
function currentEtags(collection) {
  for (const it of items(collection)) {
    const header = (it.request.header || []).find((h) => h.key === "If-Match");
    if (!header || it.name.includes("If-Match]")) continue;
    header.disabled = false;
    const path = it.request.url.path.filter((s) => s !== "transitions");
    const vars = Object.fromEntries((it.request.url.variable || []).map((v) => [v.key, v.value]));
    const resource = "/" + path.map((s) => (s.startsWith(":") ? vars[s.slice(1)] : s)).join("/");
    header.value = "{{currentEtag}}";
    it.event = (it.event || []).filter((e) => e.listen !== "prerequest");
    it.event.push({
      listen: "prerequest",
      script: {
        type: "text/javascript",
        exec: [
          `pm.sendRequest({ url: pm.variables.get("baseUrl") + ${JSON.stringify(resource)},`,
          `  header: { Authorization: "Bearer " + pm.variables.get("bearerToken") } }, (err, res) => {`,
          `  pm.variables.set("currentEtag", (!err && res.headers.get("ETag")) || "\\"0\\"");`,
          `});`,
        ],
      },
    });
  }
}

const collection = JSON.parse(readFileSync(collectionFile, "utf8"));
const ids = await fixtures();
placeIds(collection, ids);
currentEtags(collection);
writeFileSync(collectionFile.replace(/\.json$/, ".run.json"), JSON.stringify(collection));

const tally = { requests: 0, variations: 0, serverErrors: 0, nonProblem4xx: 0, uriTooLong: 0, failedAssertions: 0,
  statuses: {} };
const offending = [];
const answered = [];
const isVariation = new Set(items(collection).filter((it) => it.name.includes("[fuzz")).map((it) => it.id));
tally.variations = isVariation.size;

/** One newman pass over the collection with a caller's token; returns the ids of the items answered 403. */
function pass(coll, bearer, who) {
  const forbidden = new Set();
  return new Promise((resolve, reject) => {
  newman
    .run({ collection: coll, envVar: [{ key: "baseUrl", value: base }, { key: "bearerToken", value: bearer }],
      reporters: [], timeoutRequest: 30000, insecure: true })
    .on("request", (err, a) => {
      if (err || !a.response) {
        offending.push({ item: a.item.name, error: String(err || "no response") });
        return;
      }
      // the If-Match look-ups of the pre-request scripts are ours, not generated: not counted
      if (!a.item.name || (a.request.method === "GET" && a.item.request.method !== "GET")) return;
      tally.requests++;
      const status = a.response.code;
      tally.statuses[status] = (tally.statuses[status] || 0) + 1;
      const url = a.request.url.toString();
      const type = a.response.headers.get("Content-Type") || "";
      const body = a.response.stream ? a.response.stream.toString("utf8").slice(0, 300) : "";
      const record = { item: a.item.name, method: a.request.method, path: url.replace(base, "").slice(0, 200),
        urlLength: url.length, status, contentType: type, body };
      if (status === 403) forbidden.add(a.item.name);
      answered.push(`${who} ${status} ${record.method} ${record.path.slice(0, 120)}  ${a.item.name}`);
      if (status === 414 && url.length > URI_LIMIT) {
        tally.uriTooLong++;
      } else if (status >= 500) {
        tally.serverErrors++;
        offending.push(record);
      } else if (status >= 400 && !type.startsWith("application/problem+json")) {
        tally.nonProblem4xx++;
        offending.push(record);
      }
    })
    .on("assertion", (err) => err && tally.failedAssertions++)
    .on("done", (err) => (err ? reject(err) : resolve(forbidden)));
  });
}


// Records are an officer's to write, not the administrator's: what admin may not do is sent again as the
// provincial officer, so that the fuzzed bodies reach the validation instead of stopping at the 403.
const forbidden = await pass(collection, token, "admin");
if (officerToken && forbidden.size) {
  const retry = structuredClone(collection);
  const keep = (group) => {
    group.item = (group.item || []).filter((it) => (it.item ? keep(it) : forbidden.has(it.name)));
    return group.item.length > 0;
  };
  keep(retry);
  tally.officerRetries = forbidden.size;
  await pass(retry, officerToken, "officer");
}

writeFileSync(reportFile, JSON.stringify({ ids, tally, offending, answered }, null, 2));
for (const o of offending) {
  console.error(`offending: ${o.method} ${o.path} -> ${o.status} ${o.contentType} ${JSON.stringify(o.body || o.error)}`);
}
console.log(JSON.stringify(tally));
