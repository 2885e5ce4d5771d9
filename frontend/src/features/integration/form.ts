import type { IntegrationClientCreate, IntegrationScope } from './queries';

export interface ClientFormValues {
  name: string;
  scopes: IntegrationScope[];
  orgUnitId: string | null;
  expiresOn: string | null; // YYYY-MM-DD
  addresses: string;
  rateLimit: number | string;
}

/** The last moment of the chosen day in Việt Nam (UTC+7), as the API's instant. */
export function endOfDayVn(day: string): string {
  return new Date(`${day}T23:59:59+07:00`).toISOString();
}

/** One address or CIDR range per line (commas and spaces also separate them); blanks dropped. */
export function addressList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function toCreateBody(v: ClientFormValues): IntegrationClientCreate {
  const addresses = addressList(v.addresses);
  return {
    name: v.name.trim(),
    scopes: v.scopes,
    expiresAt: endOfDayVn(v.expiresOn ?? ''),
    ...(v.orgUnitId ? { orgUnitId: Number(v.orgUnitId) } : {}),
    ...(addresses.length ? { allowedAddresses: addresses } : {}),
    ...(v.rateLimit !== '' && v.rateLimit != null ? { rateLimit: Number(v.rateLimit) } : {}),
  };
}

/** `reports:read` → `integration.scope.reports_read` (i18next reads a colon as a namespace). */
export function scopeKey(s: string): string {
  return `integration.scope.${s.replace(':', '_').replace('-', '_')}`;
}
