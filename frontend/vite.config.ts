/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './scripts/service-worker';
import { SECURITY_HEADERS } from './security-headers';

// Same-origin API: the SPA calls /api and /q on its own origin and the dev/preview server forwards them,
// so the HttpOnly SameSite=Strict token cookie works without CORS.
const apiTarget = process.env.THIDUA_API_URL || 'http://127.0.0.1:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/q': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), serviceWorker()],
  server: { host: '0.0.0.0', port: 5173, strictPort: true, proxy },
  // The dev server stays without a CSP (its hot reload injects inline scripts); preview serves the built SPA as nginx does.
  preview: { host: '0.0.0.0', port: 4173, strictPort: true, proxy, headers: SECURITY_HEADERS },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
