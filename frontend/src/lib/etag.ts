/** The ETag of a record is its version in double quotes (`"3"`); PUT/DELETE send it back as If-Match. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Reads a version back out of an ETag header (`"3"` or `W/"3"`); undefined when it is not one. */
export function versionOf(etag: string | null | undefined): number | undefined {
  if (!etag) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(etag.trim());
  return m ? Number(m[1]) : undefined;
}

export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': etagOf(version) };
}
