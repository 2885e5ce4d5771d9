import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NominationStatus } from './queries';

const COLORS: Record<NominationStatus, string> = {
  DRAFT: 'gray.7',
  SUBMITTED: 'blue.8',
  UNDER_REVIEW: 'indigo.8',
  RETURNED: 'orange.9',
  RECOGNIZED: 'teal.9',
  HONORED: 'redCross.8',
  REPLICATED: 'grape.8',
  REJECTED: 'dark.6',
  WITHDRAWN: 'gray.7',
};

export function StatusBadge({ status }: { status: NominationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="filled" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`nominations.statuses.${status}`)}
    </Badge>
  );
}
