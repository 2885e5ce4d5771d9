import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import { newUuid } from '../../lib/uuid';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type Nomination = S['Nomination'];
export type NominationSummary = S['NominationSummary'];
export type NominationWrite = S['NominationWrite'];
export type NominationStatus = S['NominationStatus'];
export type NominationCategory = S['NominationCategory'];
export type NominationAction = S['NominationAction'];
export type TransitionRequest = S['NominationTransitionRequest'];

export const STATUSES: readonly NominationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'RETURNED',
  'RECOGNIZED',
  'HONORED',
  'REPLICATED',
  'REJECTED',
  'WITHDRAWN',
];
export const CATEGORIES: readonly NominationCategory[] = ['ADVANCED_EXAMPLE', 'NEW_MODEL', 'NEW_FACTOR', 'GOOD_DEED'];
export const PAGE_SIZE = 20;

export interface Filters {
  q: string;
  status: NominationStatus | null;
  category: NominationCategory | null;
  page: number;
}

export function useNominations(f: Filters) {
  const query = {
    page: f.page,
    size: PAGE_SIZE,
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
    ...(f.status ? { status: [f.status] } : {}),
    ...(f.category ? { category: f.category } : {}),
  };
  return useQuery({
    queryKey: ['nominations', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/nominations', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useNominationCounts(q: string, category: NominationCategory | null) {
  const query = { ...(q.trim() ? { q: q.trim() } : {}), ...(category ? { category } : {}) };
  return useQuery({
    queryKey: ['nominations', 'counts', query],
    queryFn: () => unwrap(api.GET('/api/v1/nominations/counts', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useNomination(id: number) {
  return useQuery({
    queryKey: ['nominations', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}', { params: { path: { id } } })),
  });
}

export function useHistory(id: number) {
  return useQuery({
    queryKey: ['nominations', 'history', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/nominations/{id}/history', { params: { path: { id } } })).then((r) => r.items),
  });
}

export function useReplications(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['nominations', 'replications', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/nominations/{id}/replications', { params: { path: { id } } })).then((r) => r.items),
    enabled,
  });
}

export function useSaveNomination() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: number; version?: number; body: NominationWrite }) =>
      id == null
        ? unwrap(api.POST('/api/v1/nominations', { body, params: { header: { 'Idempotency-Key': newUuid() } } }))
        : unwrap(api.PUT('/api/v1/nominations/{id}', { body, params: { path: { id }, header: ifMatch(version!) } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['nominations'] }),
  });
}

export function useTransition(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: TransitionRequest }) =>
      unwrap(
        api.POST('/api/v1/nominations/{id}/transitions', { body, params: { path: { id }, header: ifMatch(version) } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['nominations'] }),
  });
}
