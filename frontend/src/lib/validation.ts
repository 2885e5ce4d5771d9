export const USERNAME = /^[a-z0-9._-]{3,50}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The contract's password rule: at least 8 characters with a letter and a digit. */
export function isStrongPassword(p: string): boolean {
  return p.length >= 8 && p.length <= 200 && /\p{L}/u.test(p) && /\d/.test(p);
}
