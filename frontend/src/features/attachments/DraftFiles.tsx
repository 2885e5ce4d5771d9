import { useEffect, useMemo } from 'react';
import { ActionIcon, Alert, Card, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileText, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newUuid } from '../../lib/uuid';
import { useShowError } from '../../lib/notify';
import { FileButtons } from './FileButtons';
import { MAX_BYTES } from './queries';
import './i18n';

/** A file chosen for a record that is not on the server yet (kept with the draft in the outbox). */
export interface DraftFile {
  /** The upload's Idempotency-Key. */
  id: string;
  name: string;
  type: string;
  blob: Blob;
  /** Why the server refused it, when it did. */
  error?: { title: string; detail?: string };
}

export function toDraftFile(file: File): DraftFile {
  return { id: newUuid(), name: file.name, type: file.type, blob: file };
}

function Preview({ file }: { file: DraftFile }) {
  const { t } = useTranslation();
  const url = useMemo(() => (file.type.startsWith('image/') ? URL.createObjectURL(file.blob) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url ? (
    <Image src={url} alt={t('attachments.photoOf', { name: file.name })} h={96} fit="cover" />
  ) : (
    <Group h={96} justify="center" bg="gray.1">
      <IconFileText size={36} aria-hidden />
    </Group>
  );
}

/**
 * Photos and documents taken with a new record: the camera and the file picker, previews, and a way to drop
 * one; they are uploaded after the record is saved (see the outbox).
 */
export function DraftFiles({
  value,
  onChange,
}: {
  value: readonly DraftFile[];
  onChange: (files: DraftFile[]) => void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();

  const add = (files: File[]) => {
    const ok: DraftFile[] = [];
    for (const f of files) {
      if (f.size > MAX_BYTES) showError(new Error(t('attachments.tooLarge', { name: f.name })));
      else ok.push(toDraftFile(f));
    }
    if (ok.length) onChange([...value, ...ok]);
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('attachments.title')}
      </Text>
      <FileButtons onFiles={add} />
      {value.length > 0 && (
        <SimpleGrid cols={{ base: 3, sm: 4 }} spacing="xs" data-testid="draft-files">
          {value.map((f) => (
            <Card key={f.id} withBorder padding={4}>
              <Card.Section>
                <Preview file={f} />
              </Card.Section>
              <Group justify="space-between" wrap="nowrap" gap={2} mt={4}>
                <Text size="xs" truncate title={f.name} style={{ minWidth: 0 }}>
                  {f.name}
                </Text>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="redCross.8"
                  aria-label={t('attachments.remove', { name: f.name })}
                  onClick={() => onChange(value.filter((x) => x.id !== f.id))}
                >
                  <IconX size={14} aria-hidden />
                </ActionIcon>
              </Group>
              {f.error && (
                <Alert color="redCross.8" p={4} mt={4} title={f.error.title}>
                  {f.error.detail}
                </Alert>
              )}
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
