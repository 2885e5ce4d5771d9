/**
 * Pages to offer when the page comes before its totals: the count from the totals once they are known,
 * otherwise up to the next page while the server says there is one (1-based `page`).
 */
export function pageCount(records: number | undefined, page: number, hasMore: boolean, pageSize: number): number {
  if (records !== undefined) return Math.max(1, Math.ceil(records / pageSize));
  return hasMore ? page + 1 : page;
}
