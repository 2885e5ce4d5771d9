import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { toApiError } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';
import type { components } from '../../api/schema';

export type Attachment = components['schemas']['Attachment'];
/** The URL segment of the record types that have attachments. */
export type OwnerType = Attachment['ownerType'];

export const MAX_BYTES = 10 * 1024 * 1024;

export const attachmentsKey = (owner: OwnerType, id: number) => ['attachments', owner, id] as const;

export const contentUrl = (id: number) => `/api/v1/attachments/${id}`;
export const thumbnailUrl = (id: number) => `/api/v1/attachments/${id}/thumbnail`;

export function useAttachments(owner: OwnerType, id: number) {
  return useQuery({
    queryKey: attachmentsKey(owner, id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/{owner}/{id}/attachments', { params: { path: { owner, id } } })).then((r) => r.items),
  });
}

/** Multipart upload (field `file`); the server decides the type by content and strips photo metadata. */
export async function uploadFile(owner: OwnerType, id: number, file: File): Promise<Attachment> {
  const body = new FormData();
  body.append('file', file, file.name);
  const res = await fetch(`/api/v1/${owner}/${id}/attachments`, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'Accept-Language': currentLanguage() },
  });
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toApiError(res.status, json, res.headers);
  return json as Attachment;
}

export function useUpload(owner: OwnerType, id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile(owner, id, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: attachmentsKey(owner, id) }),
  });
}

export function useDeleteAttachment(owner: OwnerType, id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: number) =>
      unwrap(api.DELETE('/api/v1/attachments/{id}', { params: { path: { id: attachmentId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: attachmentsKey(owner, id) }),
  });
}
