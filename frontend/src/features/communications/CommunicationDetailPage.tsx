import { useState } from 'react';
import { Anchor, Button, Group, Modal } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatNumber } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { RecordAttachments } from '../attachments/RecordAttachments';
import { useSubtree } from '../org/queries';
import { CheckActions } from '../activities/CheckActions';
import { Field, RecordDetail } from '../activities/RecordDetail';
import { CommunicationForm } from './CommunicationForm';
import { useCommunication, useCommunicationTransition } from './queries';

/** One communication output: its fields, the checking actions, and its photos and documents. */
export default function CommunicationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const query = useCommunication(id);
  const transition = useCommunicationTransition();
  const units = useSubtree(me.orgUnitId, null);
  const [editing, setEditing] = useState(false);
  const n = (v: number | null | undefined) => (v === null || v === undefined ? null : formatNumber(v));

  return (
    <RecordDetail
      query={query}
      backTo="/communications"
      backLabel={t('communications.back')}
      fields={(c) => (
        <>
          <Field label={t('communications.channel')} value={t(`channels.${c.channel}`)} />
          <Field label={t('communications.publishedOn')} value={formatDate(c.publishedOn)} />
          <Field label={t('communications.outlet')} value={c.outlet} />
          <Field
            label={t('communications.url')}
            value={
              c.url ? (
                <Anchor href={c.url} target="_blank" rel="noopener noreferrer">
                  {c.url}
                </Anchor>
              ) : null
            }
          />
          <Field label={t('record.unit')} value={c.orgUnitName} />
          <Field label={t('communications.audience')} value={n(c.audience)} />
          <Field label={t('communications.quantity')} value={n(c.quantity)} />
        </>
      )}
      actions={(c) => (
        <Group justify="space-between">
          <CheckActions id={c.id} title={c.title} allowed={c.allowedActions} mutation={transition} />
          {c.editable && (
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
            title={t('communications.editTitle')}
            fullScreen={typeof window !== 'undefined' && window.innerWidth < 600}
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {editing && (
              <CommunicationForm
                target={{ kind: 'record', record: c }}
                units={units.data ?? []}
                onDone={() => setEditing(false)}
              />
            )}
          </Modal>
        </Group>
      )}
      attachments={(c) => <RecordAttachments owner="communications" ownerId={c.id} editable={c.editable} />}
    />
  );
}
