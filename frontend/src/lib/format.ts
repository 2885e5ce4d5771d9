const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** `1500000` → `1.500.000 ₫` (Vietnamese grouping; the space before ₫ is non-breaking). */
export function formatVnd(amount: number | null | undefined): string {
  if (amount == null || Number.isNaN(amount)) return '';
  return vnd.format(amount);
}

export function formatNumber(n: number | null | undefined): string {
  if (n == null || Number.isNaN(n)) return '';
  return integer.format(n);
}

/** `2021-06-14` (API date) or an ISO instant → `14/06/2021`. Dates are not shifted by time zones. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getFullYear()}`;
}

/** `14/06/2021` → `2021-06-14`; undefined when it is not a real date. */
export function parseDate(value: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in the browser's time zone as an API date. */
export function todayIso(now: Date = new Date()): string {
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${mm}-${dd}`;
}
