import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { ifMatch } from '../../lib/etag';
import type { Role, User, UserCreate, UserUpdate } from '../../api/types';

export const PAGE_SIZE = 20;

export interface UserFilters {
  q: string;
  role: Role | null;
  orgUnitId: number | null;
  page: number; // zero-based, as the API counts
}

export function useUsers(f: UserFilters) {
  return useQuery({
    queryKey: ['users', f],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/users', {
          params: {
            query: {
              page: f.page,
              size: PAGE_SIZE,
              sort: 'fullName,asc',
              ...(f.q.trim() ? { q: f.q.trim() } : {}),
              ...(f.role ? { role: f.role } : {}),
              ...(f.orgUnitId ? { orgUnitId: f.orgUnitId } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser(idempotencyKey: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) =>
      unwrap(api.POST('/api/v1/users', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ user, body }: { user: User; body: UserUpdate }) =>
      unwrap(api.PUT('/api/v1/users/{id}', { params: { path: { id: user.id }, header: ifMatch(user.version) }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function toUpdate(user: User): UserUpdate {
  return {
    fullName: user.fullName,
    email: user.email ?? null,
    phone: user.phone ?? null,
    role: user.role,
    orgUnitId: user.orgUnitId,
    active: user.active,
  };
}
