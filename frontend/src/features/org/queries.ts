import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import type { OrgUnit, OrgUnitWrite } from '../../api/types';

export function useOrgUnit(id: number | null | undefined) {
  return useQuery({
    queryKey: ['org', 'unit', id],
    queryFn: () => unwrap(api.GET('/api/v1/org-units/{id}', { params: { path: { id: id! } } })),
    enabled: id != null,
    staleTime: 5 * 60_000,
  });
}

/** The unit and everything below it; `activeOn` (YYYY-MM-DD) keeps only the units valid that day. */
export function useSubtree(rootId: number, activeOn?: string | null) {
  return useQuery({
    queryKey: ['org', 'subtree', rootId, activeOn ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/org-units/{id}/subtree', {
          params: { path: { id: rootId }, query: activeOn ? { activeOn } : {} },
        }),
      ).then((r) => r.items),
    placeholderData: keepPreviousData,
  });
}

export function useOrgSearch(q: string, activeOn?: string | null) {
  const query = q.trim();
  return useQuery({
    queryKey: ['org', 'search', query, activeOn ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/org-units', {
          params: { query: { q: query, size: 100, sort: 'name,asc', ...(activeOn ? { activeOn } : {}) } },
        }),
      ),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useCreateOrgUnit(idempotencyKey: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrgUnitWrite) =>
      unwrap(api.POST('/api/v1/org-units', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['org'] }),
  });
}

export function useUpdateOrgUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ unit, body }: { unit: OrgUnit; body: OrgUnitWrite }) =>
      unwrap(
        api.PUT('/api/v1/org-units/{id}', { params: { path: { id: unit.id }, header: ifMatch(unit.version) }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['org'] }),
  });
}

/** The write body of an existing unit, so that a partial change (retiring) sends every field back. */
export function toWrite(unit: OrgUnit): OrgUnitWrite {
  return {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    parentId: unit.parentId ?? null,
    validFrom: unit.validFrom,
    validTo: unit.validTo ?? null,
    successorId: unit.successorId ?? null,
  };
}
