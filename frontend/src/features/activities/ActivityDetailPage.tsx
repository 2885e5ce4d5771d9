import { useState } from 'react';
import { Button, Group, Modal } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatNumber, formatVnd } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { RecordAttachments } from '../attachments/RecordAttachments';
import { useSubtree } from '../org/queries';
import { ActivityForm } from './ActivityForm';
import { CheckActions } from './CheckActions';
import { useActivity, useActivityTransition } from './queries';
import { Field, RecordDetail } from './RecordDetail';

/** One activity: its fields, the checking actions, and its photos and documents. */
export default function ActivityDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const query = useActivity(id);
  const transition = useActivityTransition();
  const units = useSubtree(me.orgUnitId, null);
  const [editing, setEditing] = useState(false);
  const n = (v: number | null | undefined) => (v === null || v === undefined ? null : formatNumber(v));
  const vnd = (v: number | null | undefined) => (v === null || v === undefined ? null : formatVnd(v));

  return (
    <RecordDetail
      query={query}
      backTo="/activities"
      backLabel={t('activities.back')}
      fields={(a) => (
        <>
          <Field label={t('activities.type')} value={t(`activityTypes.${a.type}`)} />
          <Field
            label={t('activities.startDate')}
            value={
              formatDate(a.startDate) + (a.endDate && a.endDate !== a.startDate ? ` – ${formatDate(a.endDate)}` : '')
            }
          />
          <Field label={t('activities.location')} value={a.location} />
          <Field label={t('record.unit')} value={a.orgUnitName} />
          <Field label={t('activities.participants')} value={n(a.participants)} />
          <Field label={t('activities.beneficiaries')} value={n(a.beneficiaries)} />
          <Field label={t('activities.giftCount')} value={n(a.giftCount)} />
          <Field label={t('activities.giftCashVnd')} value={vnd(a.giftCashVnd)} />
          <Field label={t('activities.giftInKindVnd')} value={vnd(a.giftInKindVnd)} />
          <Field label={t('activities.description')} value={a.description} />
          <Field label={t('record.author')} value={a.createdBy} />
        </>
      )}
      actions={(a) => (
        <Group justify="space-between">
          <CheckActions id={a.id} title={a.title} allowed={a.allowedActions} mutation={transition} />
          {a.editable && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('common.edit')}
            </Button>
          )}
          <Modal
            opened={editing}
            onClose={() => setEditing(false)}
            title={t('activities.editTitle')}
            fullScreen={typeof window !== 'undefined' && window.innerWidth < 600}
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {editing && (
              <ActivityForm
                target={{ kind: 'record', record: a }}
                units={units.data ?? []}
                onDone={() => setEditing(false)}
              />
            )}
          </Modal>
        </Group>
      )}
      attachments={(a) => <RecordAttachments owner="activities" ownerId={a.id} editable={a.editable} />}
    />
  );
}
