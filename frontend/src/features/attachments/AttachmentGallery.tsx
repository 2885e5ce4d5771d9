import { ActionIcon, Anchor, Card, Group, Image, Loader, SimpleGrid, Text } from '@mantine/core';
import { IconFileText, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, useShowError } from '../../lib/notify';
import { contentUrl, thumbnailUrl, useAttachments, useDeleteAttachment, type OwnerType } from './queries';
import './i18n';

function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** The evidence of a record: photo thumbnails and document links; deletable while the record is editable. */
export function AttachmentGallery({
  owner,
  ownerId,
  editable,
}: {
  owner: OwnerType;
  ownerId: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const list = useAttachments(owner, ownerId);
  const remove = useDeleteAttachment(owner, ownerId);
  if (list.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  const items = list.data ?? [];
  if (!items.length) return <Text c="dimmed">{t('attachments.empty')}</Text>;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" data-testid="attachment-gallery">
      {items.map((a) => (
        <Card key={a.id} withBorder padding="xs">
          <Card.Section>
            <Anchor
              href={contentUrl(a.id)}
              target="_blank"
              rel="noopener"
              aria-label={t('attachments.open', { name: a.fileName })}
            >
              {a.hasThumbnail ? (
                <Image
                  src={thumbnailUrl(a.id)}
                  alt={t('attachments.photoOf', { name: a.fileName })}
                  h={120}
                  fit="cover"
                />
              ) : (
                <Group h={120} justify="center" bg="gray.1">
                  <IconFileText size={40} aria-hidden />
                </Group>
              )}
            </Anchor>
          </Card.Section>
          <Group justify="space-between" wrap="nowrap" mt={6} gap={4}>
            <div style={{ minWidth: 0 }}>
              <Text size="sm" truncate title={a.fileName}>
                {a.fileName}
              </Text>
              <Text size="xs" c="dimmed">
                {sizeLabel(a.size)}
              </Text>
            </div>
            {editable && (
              <ActionIcon
                variant="subtle"
                color="redCross.8"
                aria-label={t('attachments.delete', { name: a.fileName })}
                loading={remove.isPending && remove.variables === a.id}
                onClick={() => {
                  if (!window.confirm(t('attachments.confirmDelete', { name: a.fileName }))) return;
                  remove.mutate(a.id, {
                    onSuccess: () => notifySuccess(t('attachments.deleted')),
                    onError: (e) => showError(e),
                  });
                }}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
}
