// The soak's read/write load, run until the file STOP appears (the orchestrator creates it).
//   node soak-load.mjs BASE TOKEN OUT_DIR STOP_FILE [WORKERS] [TAG]
// Each worker loops: create an activity (its own Idempotency-Key), update one of the records it created (If-Match),
// list, read one. Every request goes to OUT_DIR/requests.jsonl (start, ms, op, status); every write that got a 2xx to
// OUT_DIR/acks.jsonl (id, version, hash of the fields written), the proof the database is checked against. A poller
// writes /q/health/ready's status changes to OUT_DIR/ready.jsonl.
import { createWriteStream, existsSync } from "node:fs";
import { createHash } from "node:crypto";

const [base, token, out, stopFile, workersArg = "6", tag = "soak"] = process.argv.slice(2);
const WORKERS = Number(workersArg);
// A request that takes longer than this is a hung request: the service promises an answer (a 503 at worst) well
// within it. The abort makes it visible instead of stalling the worker.
const HUNG_MS = 30_000;
const requests = createWriteStream(`${out}/requests.jsonl`, { flags: "a" });
const acks = createWriteStream(`${out}/acks.jsonl`, { flags: "a" });
const ready = createWriteStream(`${out}/ready.jsonl`, { flags: "a" });
const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Accept-Language": "vi" };
const stopped = () => existsSync(stopFile);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

export const fieldsHash = (title, participants, startDate) =>
  createHash("sha256").update(`${title}|${participants}|${startDate}`).digest("hex").slice(0, 16);

async function call(op, method, path, extra = {}, body) {
  const start = Date.now();
  let status = 0;
  let json = null;
  let etag = null;
  let error;
  try {
    const res = await fetch(base + path, {
      method,
      headers: { ...headers, ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(HUNG_MS),
    });
    status = res.status;
    etag = res.headers.get("etag");
    const text = await res.text();
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  } catch (e) {
    error = e.name === "TimeoutError" ? "hung" : e.cause?.code || e.name;
  }
  const ms = Date.now() - start;
  const problem = json && typeof json.type === "string" ? json.type.replace(/^.*:/, "") : undefined;
  requests.write(JSON.stringify({ t: start, ms, op, status, problem, error }) + "\n");
  return { status, json, etag };
}

let seq = 0;
async function worker(w) {
  const mine = []; // [{id, version}] the records this worker created and may update
  while (!stopped()) {
    const n = ++seq;
    const roll = n % 5;
    if (roll === 0 || roll === 3) {
      const title = `${tag} ${process.pid}-${w}-${n}`;
      const body = { type: "EXCHANGE", title, startDate: "2021-05-20", participants: n % 97, location: "Tây Ninh" };
      const r = await call("create", "POST", "/api/v1/activities", { "Idempotency-Key": `${tag}-${process.pid}-${n}` }, body);
      if (r.status === 201 || r.status === 200) {
        acks.write(JSON.stringify({ op: "create", id: r.json.id, version: r.json.version, hash: fieldsHash(title, body.participants, body.startDate) }) + "\n");
        mine.push({ id: r.json.id, version: r.json.version });
      }
    } else if (roll === 1 && mine.length) {
      const rec = mine[n % mine.length];
      const title = `${tag} ${process.pid}-${w}-${n} sửa`;
      const body = { type: "EXCHANGE", title, startDate: "2021-05-21", participants: (n % 89) + 1, location: "Tây Ninh" };
      const r = await call("update", "PUT", `/api/v1/activities/${rec.id}`, { "If-Match": `"${rec.version}"` }, body);
      if (r.status === 200) {
        rec.version = r.json.version;
        acks.write(JSON.stringify({ op: "update", id: rec.id, version: r.json.version, hash: fieldsHash(title, body.participants, body.startDate) }) + "\n");
      } else if (r.status === 412) {
        // an update whose answer was lost (SIGKILL after commit) moved the version on: read it again
        const g = await call("get", "GET", `/api/v1/activities/${rec.id}`);
        if (g.status === 200) rec.version = g.json.version;
      }
    } else if (roll === 2) {
      await call("list", "GET", "/api/v1/activities?size=10&sort=createdAt,desc");
    } else if (mine.length) {
      await call("get", "GET", `/api/v1/activities/${mine[n % mine.length].id}`);
    } else {
      await call("list", "GET", "/api/v1/activities?size=5");
    }
    await pause(20);
  }
}

async function readiness() {
  let last = null;
  while (!stopped()) {
    const t = Date.now();
    let status = 0;
    try {
      const res = await fetch(`${base}/q/health/ready`, { signal: AbortSignal.timeout(HUNG_MS) });
      status = res.status;
      await res.text();
    } catch {
      status = 0;
    }
    if (status !== last) {
      ready.write(JSON.stringify({ t, ms: Date.now() - t, status }) + "\n");
      last = status;
    }
    await pause(200);
  }
}

await Promise.all([readiness(), ...Array.from({ length: WORKERS }, (_, w) => worker(w))]);
await Promise.all([requests, acks, ready].map((s) => new Promise((r) => s.end(r))));
