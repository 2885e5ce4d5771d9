import { useRef } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconCamera, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import './i18n';

const ACCEPT =
  'image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The one way to pick evidence: "Take a photo" opens the phone's camera (capture="environment"), "Choose a
 * file" the file picker (photos and documents). The chosen files go to `onFiles`; the inputs are cleared so
 * the same file can be chosen again.
 */
export function FileButtons({ onFiles, loading = false }: { onFiles: (files: File[]) => void; loading?: boolean }) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  const take = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length) onFiles(files);
  };

  return (
    <div>
      <Group gap="sm">
        <Button
          leftSection={<IconCamera size={18} aria-hidden />}
          onClick={() => camera.current?.click()}
          loading={loading}
        >
          {t('attachments.takePhoto')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPaperclip size={18} aria-hidden />}
          onClick={() => picker.current?.click()}
          loading={loading}
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
        onChange={(e) => take(e.currentTarget)}
      />
      <input
        ref={picker}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label={t('attachments.chooseFile')}
        data-testid="attachment-file"
        onChange={(e) => take(e.currentTarget)}
      />
      <Text size="xs" c="dimmed" mt={6}>
        {t('attachments.hint')}
      </Text>
    </div>
  );
}
