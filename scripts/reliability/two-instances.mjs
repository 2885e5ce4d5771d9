// The race between two backend instances on one database, driven from one process so the requests really overlap:
//   1. CREATES creates of one activity with ONE Idempotency-Key, alternating between the instances, all at once;
//   2. UPDATES PUTs of that record with the same If-Match, alternating likewise, all at once.
// Prints one JSON summary on stdout; the shell script checks it against the database.
//   node two-instances.mjs TOKEN BASE_A BASE_B CREATES UPDATES TITLE
const [token, baseA, baseB, createsArg, updatesArg, title] = process.argv.slice(2);
const creates = Number(createsArg);
const updates = Number(updatesArg);
const bases = [baseA, baseB];
const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Accept-Language": "vi" };

const body = (t) => ({ type: "FIELD_VISIT", title: t, startDate: "2021-04-10", location: "Tây Ninh", participants: 12 });

async function call(method, url, extra, payload) {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method,
      headers: { ...headers, ...extra },
      body: payload === undefined ? undefined : JSON.stringify(payload),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return {
      status: res.status,
      json,
      etag: res.headers.get("etag"),
      replayed: res.headers.get("idempotent-replayed") === "true",
      ms: performance.now() - started,
    };
  } catch (e) {
    return { status: 0, json: null, error: String(e), ms: performance.now() - started };
  }
}

const tally = (rs) => rs.reduce((m, r) => ((m[r.status] = (m[r.status] || 0) + 1), m), {});

const key = `two-instances-${process.pid}-${Date.now()}`;
const createResults = await Promise.all(
  Array.from({ length: creates }, (_, i) =>
    call("POST", `${bases[i % 2]}/api/v1/activities`, { "Idempotency-Key": key }, body(title)),
  ),
);
const ids = [...new Set(createResults.filter((r) => r.status === 200 || r.status === 201).map((r) => r.json?.id))];
const inProgress = createResults.filter(
  (r) => r.status === 409 && String(r.json?.type || "").endsWith("idempotency-in-progress"),
).length;
const createOdd = createResults.filter(
  (r) => !(r.status === 200 || r.status === 201) && !(r.status === 409 && String(r.json?.type || "").endsWith("idempotency-in-progress")),
);

let put = { statuses: {}, won: 0, winnerTitle: null, etag: null, odd: [] };
if (ids.length === 1) {
  const id = ids[0];
  const current = await call("GET", `${baseA}/api/v1/activities/${id}`, {});
  const putResults = await Promise.all(
    Array.from({ length: updates }, (_, i) =>
      call("PUT", `${bases[i % 2]}/api/v1/activities/${id}`, { "If-Match": current.etag }, body(`${title} — sửa ${i}`)),
    ),
  );
  const winners = putResults.filter((r) => r.status === 200);
  put = {
    statuses: tally(putResults),
    won: winners.length,
    winnerTitle: winners[0]?.json?.title ?? null,
    etag: current.etag,
    odd: putResults.filter((r) => r.status !== 200 && r.status !== 412).map((r) => ({ status: r.status, body: r.json, error: r.error })),
  };
}

console.log(
  JSON.stringify({
    creates,
    createStatuses: tally(createResults),
    ids,
    inProgress,
    createOdd: createOdd.map((r) => ({ status: r.status, body: r.json, error: r.error })),
    replayed: createResults.filter((r) => r.replayed).length,
    updates,
    ...put,
  }),
);
