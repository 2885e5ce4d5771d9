/** Registers the service worker of the built app (public/sw.js is generated at build), so it opens offline. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      /* no offline support on this browser: the app still works online */
    });
  });
}
