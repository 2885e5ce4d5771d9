import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import type { Schemas } from '../../api/types';

export type Activity = Schemas['Activity'];
export type ActivityWrite = Schemas['ActivityWrite'];
export type ActivityType = Schemas['ActivityType'];
export type CheckStatus = Schemas['CheckStatus'];
export type CheckTransition = Schemas['CheckTransition'];
export const ACTIVITY_TYPES: readonly ActivityType[] = ['GIFT_VISIT', 'EXCHANGE', 'EXPERIENCE_LEARNING', 'FIELD_VISIT'];
export const CHECK_STATUSES: readonly CheckStatus[] = ['SUBMITTED', 'FLAGGED', 'VERIFIED'];
export const PAGE_SIZE = 20;

export interface ActivityFilters {
  q?: string;
  type?: ActivityType | null;
  status?: CheckStatus | null;
  period?: string | null;
  orgUnitId?: number | null;
}

export function filterQuery(f: ActivityFilters) {
  return {
    ...(f.q?.trim() ? { q: f.q.trim() } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.period ? { period: f.period } : {}),
    ...(f.orgUnitId ? { orgUnitId: f.orgUnitId } : {}),
  };
}

export function useActivities(f: ActivityFilters, page: number) {
  return useQuery({
    queryKey: ['activities', 'list', filterQuery(f), page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/activities', { params: { query: { ...filterQuery(f), page, size: PAGE_SIZE, totals: false } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * The totals row of the filtered set, asked for apart from the page: a search's page comes at once, its totals
 * read every match and follow.
 */
export function useActivityTotals(f: ActivityFilters) {
  return useQuery({
    queryKey: ['activities', 'totals', filterQuery(f)],
    queryFn: () => unwrap(api.GET('/api/v1/activities/totals', { params: { query: filterQuery(f) } })),
  });
}

export function useActivity(id: number) {
  return useQuery({
    queryKey: ['activities', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id } } })),
  });
}

export function toWrite(a: Activity): ActivityWrite {
  return {
    type: a.type,
    title: a.title,
    startDate: a.startDate,
    endDate: a.endDate ?? null,
    location: a.location ?? null,
    orgUnitId: a.orgUnitId,
    movementId: a.movementId ?? null,
    nominationId: a.nominationId ?? null,
    participants: a.participants ?? null,
    beneficiaries: a.beneficiaries ?? null,
    giftCount: a.giftCount ?? null,
    giftCashVnd: a.giftCashVnd ?? null,
    giftInKindVnd: a.giftInKindVnd ?? null,
    description: a.description ?? null,
  };
}

export function useUpdateActivity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ record, body }: { record: Activity; body: ActivityWrite }) =>
      unwrap(
        api.PUT('/api/v1/activities/{id}', { params: { path: { id: record.id }, header: ifMatch(record.version) }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

export function useDeleteActivity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (record: Activity) =>
      unwrap(
        api.DELETE('/api/v1/activities/{id}', { params: { path: { id: record.id }, header: ifMatch(record.version) } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

export function useActivityTransition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CheckTransition }) =>
      unwrap(api.POST('/api/v1/activities/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activities'] }),
  });
}

/** Period codes from 2021 to next year, newest first: 2026, 2026S2, 2026S1, … */
export function periodOptions(t: (k: string, o?: Record<string, unknown>) => string, now = new Date()) {
  const out: { value: string; label: string }[] = [];
  for (let y = now.getFullYear() + 1; y >= 2021; y--) {
    out.push({ value: String(y), label: t('record.periodYear', { year: y }) });
    out.push({ value: `${y}S2`, label: t('record.periodS2', { year: y }) });
    out.push({ value: `${y}S1`, label: t('record.periodS1', { year: y }) });
  }
  return out;
}

/** The export link of the filtered set (the session cookie goes with it; same origin). */
export function exportHref(base: string, format: 'csv' | 'xlsx', query: Record<string, string | number>): string {
  const p = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(query)) p.set(k, String(v));
  return `${base}/export?${p.toString()}`;
}
