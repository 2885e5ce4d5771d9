import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, parseDate, todayIso } from '../../lib/format';
import { notifySuccess, useShowError } from '../../lib/notify';
import { RecordAttachments } from '../attachments/RecordAttachments';
import {
  useHistory,
  useNomination,
  useReplications,
  useTransition,
  type Nomination,
  type NominationAction,
} from './queries';
import { StatusBadge } from './StatusBadge';
import './i18n';

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Text>
    </div>
  );
}

/** Comment, honour and replication details gathered for the action that needs them. */
function ActionDialog({ n, action, onClose }: { n: Nomination; action: NominationAction; onClose: () => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const transition = useTransition(n.id);
  const form = useForm({
    initialValues: {
      comment: '',
      decisionNumber: '',
      decisionDate: formatDate(todayIso()),
      form: '',
      adoptingUnitName: '',
      replicatedOn: formatDate(todayIso()),
      notes: '',
    },
    validate: {
      comment: (v) => ((action === 'RETURN' || action === 'REJECT') && !v.trim() ? t('validation.required') : null),
      decisionNumber: (v) => (action === 'HONOR' && !v.trim() ? t('validation.required') : null),
      decisionDate: (v) => (action === 'HONOR' && !parseDate(v) ? t('validation.required') : null),
      form: (v) => (action === 'HONOR' && !v.trim() ? t('validation.required') : null),
      adoptingUnitName: (v) => (action === 'REPLICATE' && !v.trim() ? t('validation.required') : null),
      replicatedOn: (v) => (action === 'REPLICATE' && !parseDate(v) ? t('validation.required') : null),
    },
  });
  const submit = form.onSubmit((v) => {
    transition.mutate(
      {
        version: n.version,
        body: {
          action,
          comment: v.comment.trim() || null,
          ...(action === 'HONOR'
            ? {
                honor: {
                  decisionNumber: v.decisionNumber.trim(),
                  decisionDate: parseDate(v.decisionDate)!,
                  form: v.form.trim(),
                },
              }
            : {}),
          ...(action === 'REPLICATE'
            ? {
                replication: {
                  adoptingUnitName: v.adoptingUnitName.trim(),
                  replicatedOn: parseDate(v.replicatedOn)!,
                  notes: v.notes.trim() || null,
                },
              }
            : {}),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('nominations.done'));
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`nominations.actions.${action}`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {action === 'HONOR' && (
            <>
              <TextInput label={t('nominations.decisionNumber')} required {...form.getInputProps('decisionNumber')} />
              <TextInput
                label={t('nominations.decisionDate')}
                required
                placeholder="dd/mm/yyyy"
                {...form.getInputProps('decisionDate')}
              />
              <TextInput label={t('nominations.form')} required {...form.getInputProps('form')} />
            </>
          )}
          {action === 'REPLICATE' && (
            <>
              <TextInput
                label={t('nominations.adoptingUnitName')}
                required
                {...form.getInputProps('adoptingUnitName')}
              />
              <TextInput
                label={t('nominations.replicatedOn')}
                required
                placeholder="dd/mm/yyyy"
                {...form.getInputProps('replicatedOn')}
              />
              <Textarea label={t('nominations.notes')} {...form.getInputProps('notes')} />
            </>
          )}
          <Textarea
            label={t(action === 'REJECT' ? 'nominations.reason' : 'nominations.comment')}
            required={action === 'RETURN' || action === 'REJECT'}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('comment')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('nominations.cancel')}
            </Button>
            <Button type="submit" loading={transition.isPending}>
              {t('nominations.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export default function NominationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const q = useNomination(id);
  const history = useHistory(id);
  const [action, setAction] = useState<NominationAction | null>(null);
  const n = q.data;
  const replications = useReplications(id, n?.status === 'REPLICATED');
  if (q.isPending) return <Loader aria-label={t('app.loading')} />;
  if (q.isError || !n) return <Alert color="red">{t('errors.notFound')}</Alert>;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {n.title}
          </Title>
          <Text c="dimmed">
            {n.nomineeName} · {t(`nominations.categories.${n.category}`)}
          </Text>
        </div>
        <StatusBadge status={n.status} />
      </Group>

      <Group gap="sm" data-testid="nomination-actions">
        {n.editable && (
          <Button
            variant="default"
            component={Link}
            to={`/nominations/${n.id}/edit`}
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t('nominations.edit')}
          </Button>
        )}
        {n.allowedActions.map((a) => (
          <Button key={a} color={a === 'REJECT' || a === 'WITHDRAW' ? 'gray' : undefined} onClick={() => setAction(a)}>
            {t(`nominations.actions.${a}`)}
          </Button>
        ))}
      </Group>
      {action && <ActionDialog n={n} action={action} onClose={() => setAction(null)} />}

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('nominations.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('nominations.nomineeType')} value={t(`nominations.types.${n.nomineeType}`)} />
          <Field label={t('nominations.gender')} value={n.gender ? t(`nominations.genders.${n.gender}`) : null} />
          <Field label={t('nominations.birthYear')} value={n.birthYear} />
          <Field label={t('nominations.memberCount')} value={n.memberCount} />
          <Field label={t('nominations.position')} value={n.position} />
          <Field label={t('nominations.workplace')} value={n.workplace} />
          <Field label={t('nominations.contact')} value={n.contact} />
          <Field label={t('nominations.field')} value={n.field} />
          <Field label={t('nominations.unit')} value={n.orgUnitName} />
          <Field label={t('nominations.submittedOn')} value={formatDate(n.submittedOn)} />
          <Field label={t('nominations.publicConsent')} value={n.publicConsent ? '✓' : '✗'} />
        </SimpleGrid>
        <Field label={t('nominations.achievements')} value={n.achievements} />
        {n.honor && (
          <Text mt="sm">
            <b>{t('nominations.honor')}:</b> {n.honor.decisionNumber} · {formatDate(n.honor.decisionDate)} ·{' '}
            {n.honor.form}
          </Text>
        )}
      </Paper>

      <RecordAttachments owner="nominations" ownerId={n.id} editable={n.editable} />

      {replications.data && replications.data.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('nominations.replications')}
          </Title>
          {replications.data.map((r) => (
            <Text key={r.id}>
              {formatDate(r.replicatedOn)} — {r.adoptingUnitName}
              {r.notes ? ` (${r.notes})` : ''}
            </Text>
          ))}
        </Paper>
      )}

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('nominations.history')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} data-testid="nomination-history">
          {(history.data ?? []).map((h, i) => (
            <Timeline.Item key={i} title={t(`nominations.actions.${h.action}`)}>
              <Text size="sm" c="dimmed">
                {h.actorName ?? h.actor} · {formatDate(h.at)}
                {h.toStatus && h.kind === 'TRANSITION' ? ` · ${t(`nominations.statuses.${h.toStatus}`)}` : ''}
              </Text>
              {h.comment && <Text size="sm">{h.comment}</Text>}
              {h.changedFields && (
                <Text size="sm">{t('nominations.changed', { fields: h.changedFields.join(', ') })}</Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}
