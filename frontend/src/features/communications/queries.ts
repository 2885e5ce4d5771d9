import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import type { Schemas } from '../../api/types';
import type { CheckStatus } from '../activities/queries';

export type Communication = Schemas['Communication'];
export type CommunicationWrite = Schemas['CommunicationWrite'];
export type Channel = Schemas['Channel'];
export const CHANNELS: readonly Channel[] = ['NEWSPAPER', 'RADIO_TV', 'WEBSITE', 'SOCIAL_MEDIA', 'MEETING', 'PRINTED'];
export const PAGE_SIZE = 20;

export interface CommunicationFilters {
  q?: string;
  channel?: Channel | null;
  status?: CheckStatus | null;
  period?: string | null;
  orgUnitId?: number | null;
}

export function filterQuery(f: CommunicationFilters) {
  return {
    ...(f.q?.trim() ? { q: f.q.trim() } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.period ? { period: f.period } : {}),
    ...(f.orgUnitId ? { orgUnitId: f.orgUnitId } : {}),
  };
}

export function useCommunications(f: CommunicationFilters, page: number) {
  return useQuery({
    queryKey: ['communications', 'list', filterQuery(f), page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/communications', { params: { query: { ...filterQuery(f), page, size: PAGE_SIZE, totals: false } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * The totals row of the filtered set, asked for apart from the page: a search's page comes at once, its totals
 * read every match and follow.
 */
export function useCommunicationTotals(f: CommunicationFilters) {
  return useQuery({
    queryKey: ['communications', 'totals', filterQuery(f)],
    queryFn: () => unwrap(api.GET('/api/v1/communications/totals', { params: { query: filterQuery(f) } })),
  });
}

export function toWrite(c: Communication): CommunicationWrite {
  return {
    channel: c.channel,
    title: c.title,
    publishedOn: c.publishedOn,
    outlet: c.outlet ?? null,
    url: c.url ?? null,
    orgUnitId: c.orgUnitId,
    movementId: c.movementId ?? null,
    nominationId: c.nominationId ?? null,
    audience: c.audience ?? null,
    quantity: c.quantity ?? null,
  };
}

export function useUpdateCommunication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ record, body }: { record: Communication; body: CommunicationWrite }) =>
      unwrap(
        api.PUT('/api/v1/communications/{id}', { params: { path: { id: record.id }, header: ifMatch(record.version) }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['communications'] }),
  });
}

export function useCommunicationTransition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: Schemas['CheckTransition'] }) =>
      unwrap(api.POST('/api/v1/communications/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['communications'] }),
  });
}

export const URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/i;

export function useCommunication(id: number) {
  return useQuery({
    queryKey: ['communications', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/communications/{id}', { params: { path: { id } } })),
  });
}
