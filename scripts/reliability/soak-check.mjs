// Judges one soak phase from what the load driver logged and what the database holds afterwards.
//   node soak-check.mjs PHASE_DIR ROWS_TSV HALF_WRITTEN
// PHASE_DIR has requests.jsonl, acks.jsonl, ready.jsonl (soak-load.mjs) and marks.json {fault, back} (epoch ms: when
// the fault began, when the faulty part was back: the database answering, or the restarted backend ready).
// ROWS_TSV: id, version, title, participants, start_date of every soak activity. HALF_WRITTEN: the count that the
// consistency queries found. Prints "key=value ..." for the RELIABILITY line and "violations: ..." on stderr.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";

const [dir, rowsFile, halfWrittenArg] = process.argv.slice(2);
const jsonl = (f) =>
  readFileSync(`${dir}/${f}`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const requests = jsonl("requests.jsonl");
const acks = jsonl("acks.jsonl");
const ready = jsonl("ready.jsonl");
const marks = JSON.parse(readFileSync(`${dir}/marks.json`, "utf8"));
const fieldsHash = (title, participants, startDate) =>
  createHash("sha256").update(`${title}|${participants}|${startDate}`).digest("hex").slice(0, 16);

const rows = new Map();
for (const line of readFileSync(rowsFile, "utf8").split("\n").filter(Boolean)) {
  const [id, version, title, participants, startDate] = line.split("\t");
  rows.set(Number(id), { version: Number(version), hash: fieldsHash(title, participants, startDate) });
}

// Every acknowledged write is there: the record exists, and holds what was acknowledged or a later acknowledged-or-
// lost write of the same worker (its version is then higher).
let missing = 0;
const lastAck = new Map();
for (const a of acks) {
  const prev = lastAck.get(a.id);
  if (!prev || a.version >= prev.version) lastAck.set(a.id, a);
}
for (const [id, a] of lastAck) {
  const row = rows.get(id);
  if (!row || row.version < a.version || (row.version === a.version && row.hash !== a.hash)) {
    missing++;
    console.error(`missing: acknowledged ${a.op} of activity ${id} v${a.version}, database has ${row ? `v${row.version}` : "nothing"}`);
  }
}

const failed = (r) => r.status === 0 || r.status >= 500;
const during = requests.filter((r) => r.t >= marks.fault && r.t < marks.back);
const after = requests.filter((r) => r.t + r.ms > marks.back);
const lastFailureEnd = Math.max(marks.back, ...after.filter(failed).map((r) => r.t + r.ms));
// The poller logs changes only: readiness is back at the last change to 200 that nothing undid (it may precede
// `back`, which is taken once the orchestrator itself has seen the database or the backend answer).
const lastChange = ready[ready.length - 1];
const readyAgainAt = lastChange && lastChange.status === 200 ? lastChange.t : null;
const readyDown = ready.some((e) => e.t + e.ms >= marks.fault && e.t < marks.back && e.status !== 200);
const count = (pred) => requests.filter(pred).length;

const out = {
  requests: requests.length,
  during_fault: during.length,
  "503s": count((r) => r.status === 503),
  other_5xx: count((r) => r.status >= 500 && r.status !== 503),
  refused: count((r) => r.status === 0 && r.error !== "hung"),
  hung: count((r) => r.error === "hung"),
  max_ms: Math.max(0, ...during.map((r) => r.ms)),
  fault_ms: marks.back - marks.fault,
  ready_down: readyDown ? 1 : 0,
  ready_ms: readyAgainAt === null ? -1 : Math.max(0, readyAgainAt - marks.back),
  recovery_ms: lastFailureEnd - marks.back,
  acknowledged_writes: acks.length,
  missing,
  half_written: Number(halfWrittenArg),
};
console.log(
  Object.entries(out)
    .map(([k, v]) => `${k}=${v}`)
    .join(" "),
);
