import { useRef } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconCamera, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, useShowError } from '../../lib/notify';
import { MAX_BYTES, useUpload, type OwnerType } from './queries';
import './i18n';

const ACCEPT =
  'image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Adds evidence to any record: "Take a photo" opens the phone's camera (capture="environment"), "Choose a
 * file" the file picker. Files go up one by one; the list refreshes after each.
 */
export function AttachmentUploader({ owner, ownerId }: { owner: OwnerType; ownerId: number }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const upload = useUpload(owner, ownerId);
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  async function send(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
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
    if (camera.current) camera.current.value = '';
    if (picker.current) picker.current.value = '';
  }

  return (
    <div>
      <Group gap="sm">
        <Button
          leftSection={<IconCamera size={18} aria-hidden />}
          onClick={() => camera.current?.click()}
          loading={upload.isPending}
        >
          {t('attachments.takePhoto')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPaperclip size={18} aria-hidden />}
          onClick={() => picker.current?.click()}
          loading={upload.isPending}
        >
          {t('attachments.chooseFile')}
        </Button>
      </Group>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        aria-label={t('attachments.takePhoto')}
        data-testid="attachment-camera"
        onChange={(e) => void send(e.currentTarget.files)}
      />
      <input
        ref={picker}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label={t('attachments.chooseFile')}
        data-testid="attachment-file"
        onChange={(e) => void send(e.currentTarget.files)}
      />
      <Text size="xs" c="dimmed" mt={6}>
        {t('attachments.hint')}
      </Text>
    </div>
  );
}
