import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../security-headers';

/** `add_header Name "value" always;` lines of one nginx location block. */
function locationHeaders(conf: string, location: string): Record<string, string> {
  const start = conf.indexOf(`location ${location} {`);
  expect(start, `nginx.conf has no "location ${location}"`).toBeGreaterThanOrEqual(0);
  const block = conf.slice(start, conf.indexOf('}', start));
  const headers: Record<string, string> = {};
  for (const m of block.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)) {
    headers[m[1]!] = m[2]!;
  }
  return headers;
}

describe('the SPA security headers', () => {
  const conf = readFileSync(new URL('../../nginx.conf', import.meta.url), 'utf8');

  it('are the same in production (nginx) as in the preview the journeys run against', () => {
    const page = locationHeaders(conf, '/');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(page[name], name).toBe(value);
    }
    const assets = locationHeaders(conf, '/assets/');
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']) {
      expect(assets[name], `/assets/ ${name}`).toBe(SECURITY_HEADERS[name]);
    }
  });

  it('forbid framing and inline scripts', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/default-src 'self'/);
  });
});
