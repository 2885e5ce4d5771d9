import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import type { Schemas } from '../../api/types';

export type Plan = Schemas['Plan'];
export type PlanWrite = Schemas['PlanWrite'];
export type LegalBasis = Schemas['LegalBasis'];
export type PlanStatus = Schemas['PlanStatus'];

export const PAGE_SIZE = 20;

export interface PlanFilters {
  q: string;
  year: number | null;
  status: PlanStatus | null;
  page: number;
}

export function usePlans(f: PlanFilters) {
  return useQuery({
    queryKey: ['plans', 'list', f],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans', {
          params: {
            query: {
              page: f.page,
              size: PAGE_SIZE,
              sort: 'year,desc',
              ...(f.q.trim() ? { q: f.q.trim() } : {}),
              ...(f.year ? { year: f.year } : {}),
              ...(f.status ? { status: f.status } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: number | undefined) {
  return useQuery({
    queryKey: ['plans', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id: id! } } })),
    enabled: id != null,
  });
}

export function useCreatePlan(idempotencyKey: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanWrite) =>
      unwrap(api.POST('/api/v1/plans', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

export function useUpdatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ plan, body }: { plan: Plan; body: PlanWrite }) =>
      unwrap(api.PUT('/api/v1/plans/{id}', { params: { path: { id: plan.id }, header: ifMatch(plan.version) }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

export function useIssuePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, issuedOn }: { id: number; issuedOn: string }) =>
      unwrap(
        api.POST('/api/v1/plans/{id}/transitions', { params: { path: { id } }, body: { action: 'ISSUE', issuedOn } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** Paragraphs of a section: one per line, as the plan's text is stored. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
