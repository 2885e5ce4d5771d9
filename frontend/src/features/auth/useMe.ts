import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../lib/api';
import { ApiError } from '../../lib/errors';
import type { User } from '../../api/types';
import { deleteMeta, getMeta, setMeta } from '../outbox/db';

const CACHED_ME = 'me';

export const meQueryKey = ['me'] as const;

/** Who is logged in, learnt from the server (the token is an HttpOnly cookie); null when nobody is. */
export async function fetchMe(): Promise<User | null> {
  try {
    const me = await unwrap(api.GET('/api/v1/me'));
    void setMeta(CACHED_ME, me).catch(() => undefined);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    // offline (no network at all): the app still opens with the last user known on this device, so that
    // records can be written into the outbox; the server checks the session again when they are sent
    if (e instanceof ApiError && e.status === 0) {
      const cached = await getMeta<User>(CACHED_ME).catch(() => undefined);
      if (cached) return cached;
    }
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The logged-in user; only for components under RequireAuth. */
export function useCurrentUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside RequireAuth');
  return data;
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      await deleteMeta(CACHED_ME).catch(() => undefined);
      return unwrap(api.POST('/api/v1/auth/logout'));
    },
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      void navigate('/login', { replace: true });
    },
  });
}
