import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentGallery } from './AttachmentGallery';
import { AttachmentUploader } from './AttachmentUploader';
import type { OwnerType } from './queries';
import './i18n';

/** The evidence section of a record's page: thumbnails and download links; adding and removing while editable. */
export function RecordAttachments({
  owner,
  ownerId,
  editable,
}: {
  owner: OwnerType;
  ownerId: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('attachments.title')}
      </Title>
      <Stack>
        {editable && <AttachmentUploader owner={owner} ownerId={ownerId} />}
        <AttachmentGallery owner={owner} ownerId={ownerId} editable={editable} />
      </Stack>
    </Paper>
  );
}
