import { useTranslation } from 'react-i18next';
import { notifySuccess, useShowError } from '../../lib/notify';
import { FileButtons } from './FileButtons';
import { MAX_BYTES, useUpload, type OwnerType } from './queries';
import './i18n';

/** Adds evidence to a record that exists: files go up one by one; the list refreshes after each. */
export function AttachmentUploader({ owner, ownerId }: { owner: OwnerType; ownerId: number }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const upload = useUpload(owner, ownerId);

  async function send(files: File[]) {
    for (const file of files) {
      if (file.size > MAX_BYTES) {
        showError(new Error(t('attachments.tooLarge', { name: file.name })));
        continue;
      }
      try {
        await upload.mutateAsync(file);
        notifySuccess(t('attachments.uploaded', { name: file.name }));
      } catch (e) {
        showError(e);
      }
    }
  }

  return <FileButtons onFiles={(files) => void send(files)} loading={upload.isPending} />;
}
