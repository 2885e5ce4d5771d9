import type { OrgUnit } from '../../api/types';
import { formatDate } from '../../lib/format';

type T = (k: string, o?: Record<string, unknown>) => string;

/** Options for a unit picker: "Name (CODE)", retired ones marked, indented by nothing (search finds them). */
export function unitOptions(units: readonly OrgUnit[], t: T, exclude?: number) {
  return units
    .filter((u) => u.id !== exclude)
    .map((u) => ({
      value: String(u.id),
      label: `${u.name} (${u.code})${u.validTo ? ` — ${t('org.retiredOn', { date: formatDate(u.validTo) })}` : ''}`,
    }));
}
