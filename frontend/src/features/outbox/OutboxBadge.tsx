import { Badge, UnstyledButton } from '@mantine/core';
import { IconCloudUpload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOutboxItems } from './useOutbox';

/** The header's counter of records waiting on this device; hidden when there are none. */
export function OutboxBadge() {
  const { t } = useTranslation();
  const items = useOutboxItems();
  const n = items?.length ?? 0;
  if (!n) return null;
  const refused = items!.filter((i) => i.status === 'refused').length;
  return (
    <UnstyledButton component={Link} to="/outbox" aria-label={t('outbox.badge', { count: n })} data-testid="outbox-badge">
      <Badge
        size="lg"
        color={refused ? 'redCross.8' : 'orange.9'}
        variant="filled"
        leftSection={<IconCloudUpload size={14} aria-hidden />}
        style={{ textTransform: 'none' }}
      >
        {n}
      </Badge>
    </UnstyledButton>
  );
}
