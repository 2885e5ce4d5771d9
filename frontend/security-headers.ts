/**
 * The security headers the SPA is served with. `vite preview` (used by the e2e journeys) sends exactly these,
 * and nginx.conf repeats them for production; src/lib/securityHeaders.test.ts fails when the two drift apart,
 * so every journey runs under the policy the users get.
 * Mantine writes <style> elements at run time, hence style-src 'unsafe-inline'; photo previews are blob: URLs.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
