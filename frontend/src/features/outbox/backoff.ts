/** Retry delays: exponential from 2 s, capped at 5 minutes, with full jitter so phones do not resend in step. */
export const BASE_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

export function retryDelay(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(attempts, 20));
  // never below one second: no tight resend loops
  return Math.max(1_000, Math.round(ceiling / 2 + (random() * ceiling) / 2));
}

/** Network failures, timeouts, throttling, server errors and an ended session are worth another try. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}
