import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../security-headers';
import { login } from './support/shell';

// The preview serves the built SPA with the production headers (security-headers.ts, nginx.conf): the app must
// work under its own Content-Security-Policy, and every page must come with it.

test('the SPA is served with its security headers, for the shell and for a deep link', async ({ request }) => {
  for (const path of ['/', '/activities', '/manifest.webmanifest']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(res.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
  }
});

test('the app runs under its policy: no script, style or connection is refused', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) refused.push(msg.text());
  });
  await login(page, 'canbo.xa');
  await page.goto('/activities');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(refused, refused.join('\n')).toEqual([]);
});

test('the API refuses to be framed or sniffed, through the same origin', async ({ request }) => {
  const res = await request.get('/api/v1/me');
  expect(res.status()).toBe(401);
  expect(res.headers()['content-type']).toContain('application/problem+json');
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});
