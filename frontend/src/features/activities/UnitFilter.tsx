import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vietnameseFilter } from '../../lib/selectFilter';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';

/** The list filter "unit": any unit of the caller's subtree; the list then shows that unit's whole subtree. */
export function UnitFilter({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const units = useSubtree(me.orgUnitId, null);
  return (
    <Select
      label={t('record.unit')}
      placeholder={t('common.all')}
      clearable
      searchable
      filter={vietnameseFilter}
      data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
      value={value}
      onChange={onChange}
      style={{ flex: '1 1 220px' }}
    />
  );
}
