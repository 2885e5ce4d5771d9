import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import type { Schemas } from '../../api/types';
import type { PeriodView, Report, ReportAction, ReportStatus } from './labels';

export const PAGE_SIZE = 20;

/** The report periods (half-year and year) of the given years, newest first. */
export function usePeriods(years: readonly number[]) {
  return useQueries({
    queries: years.map((year) => ({
      queryKey: ['periods', year],
      queryFn: () => unwrap(api.GET('/api/v1/periods', { params: { query: { year } } })).then((r) => r.items),
      staleTime: Infinity,
    })),
    combine: (results) => {
      const items: PeriodView[] = results.flatMap((r) => r.data ?? []);
      items.sort((a, b) => (a.from === b.from ? (a.kind === 'HALF_YEAR' ? -1 : 1) : a.from < b.from ? 1 : -1));
      return { items, isPending: results.some((r) => r.isPending), isError: results.some((r) => r.isError) };
    },
  });
}

export interface ReportFilters {
  period: string | null;
  status: ReportStatus | null;
  orgUnitId: number | null;
  page: number; // zero-based
}

export function useReports(f: ReportFilters) {
  return useQuery({
    queryKey: ['reports', 'list', f],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reports', {
          params: {
            query: {
              page: f.page,
              size: PAGE_SIZE,
              sort: 'updatedAt,desc',
              ...(f.period ? { period: f.period } : {}),
              ...(f.status ? { status: f.status } : {}),
              ...(f.orgUnitId ? { orgUnitId: f.orgUnitId } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The report of a unit and period, if there is one (the list filtered to it). */
export async function findReport(orgUnitId: number, period: string) {
  const page = await unwrap(api.GET('/api/v1/reports', { params: { query: { orgUnitId, period, size: 100 } } }));
  return page.items.find((r) => r.orgUnitId === orgUnitId && r.period === period);
}

export function useReport(id: number) {
  return useQuery({
    queryKey: ['reports', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id } } })),
  });
}

export function useReportHistory(id: number) {
  return useQuery({
    queryKey: ['reports', 'history', id],
    queryFn: () => unwrap(api.GET('/api/v1/reports/{id}/history', { params: { path: { id } } })).then((r) => r.items),
  });
}

export function useCreateReport(idempotencyKey: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ReportCreate']) =>
      unwrap(api.POST('/api/v1/reports', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export function useUpdateReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ report, body }: { report: Report; body: Schemas['ReportUpdate'] }) =>
      unwrap(
        api.PUT('/api/v1/reports/{id}', {
          params: { path: { id: report.id }, header: ifMatch(report.version) },
          body,
        }),
      ),
    onSuccess: (saved) => {
      qc.setQueryData(['reports', 'one', saved.id], saved);
      void qc.invalidateQueries({ queryKey: ['reports', 'list'] });
    },
  });
}

export function useTransition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, comment }: { id: number; action: ReportAction; comment?: string }) =>
      unwrap(
        api.POST('/api/v1/reports/{id}/transitions', {
          params: { path: { id } },
          body: { action, ...(comment ? { comment } : {}) },
        }),
      ),
    onSuccess: (saved) => {
      qc.setQueryData(['reports', 'one', saved.id], saved);
      void qc.invalidateQueries({ queryKey: ['reports', 'history', saved.id] });
      void qc.invalidateQueries({ queryKey: ['reports', 'list'] });
      void qc.invalidateQueries({ queryKey: ['reports', 'completeness'] });
    },
  });
}

export function useCompleteness(parentOrgUnitId: number | null, period: string | null) {
  return useQuery({
    queryKey: ['reports', 'completeness', parentOrgUnitId, period],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/reports/completeness', {
          params: { query: { parentOrgUnitId: parentOrgUnitId!, period: period! } },
        }),
      ),
    enabled: parentOrgUnitId != null && !!period,
    placeholderData: keepPreviousData,
  });
}

export function useFigures(orgUnitId: number | null, period: string | null) {
  return useQuery({
    queryKey: ['figures', orgUnitId, period],
    queryFn: () =>
      unwrap(api.GET('/api/v1/figures', { params: { query: { orgUnitId: orgUnitId!, period: period! } } })),
    enabled: orgUnitId != null && !!period,
    placeholderData: keepPreviousData,
  });
}

/** The same subtree and period per calendar month (the dashboard's activities per month). */
export function useMonthlyFigures(orgUnitId: number | null, period: string | null) {
  return useQuery({
    queryKey: ['figures', 'monthly', orgUnitId, period],
    queryFn: () =>
      unwrap(api.GET('/api/v1/figures/monthly', { params: { query: { orgUnitId: orgUnitId!, period: period! } } })),
    enabled: orgUnitId != null && !!period,
    placeholderData: keepPreviousData,
  });
}

/** Where the browser downloads an export; the session cookie authenticates it. */
export function exportUrl(id: number, format: 'docx' | 'xlsx' | 'csv'): string {
  return `/api/v1/reports/${id}/export?format=${format}`;
}
