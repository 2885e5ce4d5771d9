import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import type { Schemas } from '../../api/types';

export type Movement = Schemas['Movement'];
export type MovementWrite = Schemas['MovementWrite'];
export type MovementKind = Schemas['MovementKind'];
export type MovementStatus = Schemas['MovementStatus'];
export type Registration = Schemas['Registration'];
export type RegistrationWrite = Schemas['RegistrationWrite'];
export type Target = Schemas['Target'];

export const KINDS: readonly MovementKind[] = ['REGULAR', 'THEMATIC', 'CAMPAIGN'];
export const STATUSES: readonly MovementStatus[] = ['PLANNED', 'ACTIVE', 'CLOSED'];
export const PAGE_SIZE = 20;

export interface MovementFilters {
  q: string;
  status: MovementStatus | null;
  kind: MovementKind | null;
  year: number | null;
  page: number; // zero-based, as the API counts
}

export function useMovements(f: MovementFilters) {
  return useQuery({
    queryKey: ['movements', 'list', f],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/movements', {
          params: {
            query: {
              page: f.page,
              size: PAGE_SIZE,
              sort: 'startDate,desc',
              ...(f.q.trim() ? { q: f.q.trim() } : {}),
              ...(f.status ? { status: f.status } : {}),
              ...(f.kind ? { kind: f.kind } : {}),
              ...(f.year ? { year: f.year } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Every movement by name, for pickers (a province has dozens, not thousands). */
export function useMovementOptions() {
  return useQuery({
    queryKey: ['movements', 'options'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/movements', { params: { query: { size: 100, sort: 'name,asc' } } })).then((r) => r.items),
    staleTime: 60_000,
  });
}

export function useMovement(id: number) {
  return useQuery({
    queryKey: ['movements', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/movements/{id}', { params: { path: { id } } })),
  });
}

export function useCreateMovement(idempotencyKey: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MovementWrite) =>
      unwrap(api.POST('/api/v1/movements', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function useUpdateMovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ movement, body }: { movement: Movement; body: MovementWrite }) =>
      unwrap(
        api.PUT('/api/v1/movements/{id}', {
          params: { path: { id: movement.id }, header: ifMatch(movement.version) },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function useRegistrations(movementId: number) {
  return useQuery({
    queryKey: ['movements', 'registrations', movementId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/movements/{id}/registrations', {
          params: { path: { id: movementId }, query: { size: 100 } },
        }),
      ),
  });
}

export function useUnregistered(movementId: number) {
  return useQuery({
    queryKey: ['movements', 'unregistered', movementId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/movements/{id}/unregistered-units', { params: { path: { id: movementId } } })).then(
        (r) => r.items,
      ),
  });
}

export function useRegister(movementId: number, idempotencyKey: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegistrationWrite) =>
      unwrap(
        api.POST('/api/v1/movements/{id}/registrations', {
          params: { path: { id: movementId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function useUpdateRegistration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ registration, body }: { registration: Registration; body: RegistrationWrite }) =>
      unwrap(
        api.PUT('/api/v1/movements/{id}/registrations/{registrationId}', {
          params: {
            path: { id: registration.movementId, registrationId: registration.id },
            header: ifMatch(registration.version),
          },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function useWithdrawRegistration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (registration: Registration) =>
      unwrap(
        api.DELETE('/api/v1/movements/{id}/registrations/{registrationId}', {
          params: {
            path: { id: registration.movementId, registrationId: registration.id },
            header: ifMatch(registration.version),
          },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function toWrite(m: Movement): MovementWrite {
  return {
    code: m.code,
    name: m.name,
    kind: m.kind,
    launchedBy: m.launchedBy ?? null,
    launchingOrgUnitId: m.launchingOrgUnitId ?? null,
    tiedToMovementId: m.tiedToMovementId ?? null,
    startDate: m.startDate,
    endDate: m.endDate ?? null,
    description: m.description ?? null,
    criteria: m.criteria ?? null,
    status: m.status,
  };
}

/** "01/03/2021 – 31/05/2021", or "Từ 01/03/2021" without an end. */
export function period(start: string, end: string | null | undefined, fmt: (d: string) => string, from: string) {
  return end ? `${fmt(start)} – ${fmt(end)}` : `${from} ${fmt(start)}`;
}
