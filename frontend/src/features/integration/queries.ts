import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../../lib/api';

export type IntegrationClient = components['schemas']['IntegrationClient'];
export type IntegrationClientCreate = components['schemas']['IntegrationClientCreate'];
export type IntegrationScope = components['schemas']['IntegrationScope'];

export const SCOPES: readonly IntegrationScope[] = [
  'reports:read',
  'nominations:read',
  'movements:read',
  'org-units:read',
];
export const PAGE_SIZE = 20;

export function useClients(page: number) {
  return useQuery({
    queryKey: ['integration-clients', page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/integration-clients', {
          params: { query: { page, size: PAGE_SIZE, sort: 'createdAt,desc' } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateClient() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: IntegrationClientCreate) => unwrap(api.POST('/api/v1/integration-clients', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['integration-clients'] }),
  });
}

export function useRevokeClient() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/api/v1/integration-clients/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['integration-clients'] }),
  });
}
