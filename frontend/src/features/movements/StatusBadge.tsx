import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MovementStatus } from './queries';

const COLOR: Record<MovementStatus, string> = { PLANNED: 'blue.8', ACTIVE: 'teal.9', CLOSED: 'gray.7' };

export function StatusBadge({ status }: { status: MovementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="filled" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`movements.statuses.${status}`)}
    </Badge>
  );
}
