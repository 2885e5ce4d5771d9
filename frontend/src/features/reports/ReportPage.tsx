import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconArrowLeft, IconDeviceFloppy, IconDownload, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useParams } from 'react-router';
import { notifySuccess, useShowError } from '../../lib/notify';
import { FiguresView, Section, StatusBadge } from './components';
import {
  actionLabel,
  formatDateTime,
  NARRATIVE_FIELDS,
  parseRecipients,
  periodLabel,
  periodRange,
  statusLabel,
  type Report,
  type ReportAction,
} from './labels';
import { exportUrl, useReport, useReportHistory, useTransition, useUpdateReport } from './queries';

interface Values {
  results: string;
  limitations: string;
  lessons: string;
  directions: string;
  proposals: string;
  recipients: string;
  signerPrefix: string;
  signerTitle: string;
  signerName: string;
}

function valuesOf(r: Report): Values {
  return {
    results: r.narrative.results ?? '',
    limitations: r.narrative.limitations ?? '',
    lessons: r.narrative.lessons ?? '',
    directions: r.narrative.directions ?? '',
    proposals: r.narrative.proposals ?? '',
    recipients: r.recipients.join('\n'),
    signerPrefix: r.signerPrefix ?? '',
    signerTitle: r.signerTitle ?? '',
    signerName: r.signerName ?? '',
  };
}

const orNull = (s: string) => (s.trim() ? s : null);

export default function ReportPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const report = useReport(id);
  if (!Number.isInteger(id) || id < 1 || (report.isError && !report.data)) {
    return (
      <Stack align="flex-start">
        <Alert color="red">{t('reports.notFound')}</Alert>
        <BackLink />
      </Stack>
    );
  }
  if (!report.data) return <Loader aria-label={t('app.loading')} />;
  return <ReportView report={report.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/bao-cao" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('reports.back')}
      </Group>
    </Anchor>
  );
}

type Dialog = { action: ReportAction } | null;

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const update = useUpdateReport();
  const transition = useTransition();
  const history = useReportHistory(report.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const editable = report.allowedActions.includes('SUBMIT');

  const form = useForm<Values>({
    initialValues: valuesOf(report),
    validate: {
      signerPrefix: (v) => (v.length > 30 ? t('validation.maxLength', { max: 30 }) : null),
      signerTitle: (v) => (v.length > 150 ? t('validation.maxLength', { max: 150 }) : null),
      signerName: (v) => (v.length > 150 ? t('validation.maxLength', { max: 150 }) : null),
      recipients: (v) => {
        const lines = parseRecipients(v);
        if (lines.length > 30) return t('validation.maxLength', { max: 30 });
        return lines.some((l) => l.length > 200) ? t('validation.maxLength', { max: 200 }) : null;
      },
    },
  });
  const dirty = editable && form.isDirty();

  // A newer version from the server (after a save or an action) becomes the form's clean state.
  useEffect(() => {
    form.setInitialValues(valuesOf(report));
    form.setValues(valuesOf(report));
    form.resetDirty(valuesOf(report));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report.id, report.version]);

  // Leaving with unsaved changes: a question inside the app, the browser's own on reload/close.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const body = (v: Values) => ({
    narrative: {
      results: orNull(v.results),
      limitations: orNull(v.limitations),
      lessons: orNull(v.lessons),
      directions: orNull(v.directions),
      proposals: orNull(v.proposals),
    },
    recipients: parseRecipients(v.recipients),
    signerPrefix: orNull(v.signerPrefix),
    signerTitle: orNull(v.signerTitle),
    signerName: orNull(v.signerName),
  });

  const save = (v: Values) =>
    update.mutate(
      { report, body: body(v) },
      {
        onSuccess: () => notifySuccess(t('reports.savedMsg')),
        onError: (err) => showError(err, form),
      },
    );

  const act = async (action: ReportAction) => {
    try {
      if (action === 'SUBMIT' && dirty) {
        if (form.validate().hasErrors) return;
        await update.mutateAsync({ report, body: body(form.getValues()) });
      }
      if (action === 'RETURN' && !comment.trim()) {
        setCommentError(t('validation.required'));
        return;
      }
      await transition.mutateAsync({
        id: report.id,
        action,
        comment: action === 'RETURN' ? comment.trim() : undefined,
      });
      notifySuccess(t('reports.actionDone', { action: actionLabel(action, t) }));
      setDialog(null);
      setComment('');
    } catch (err) {
      setDialog(null);
      showError(err);
    }
  };

  const period = periodLabel(report.period, t);

  return (
    <Stack>
      <BackLink />
      <Stack gap={4}>
        <Title order={1} size="h2">
          {report.orgUnitName}
        </Title>
        <Group gap="sm" wrap="wrap">
          <Text fw={600}>
            {t('reports.period')}: {period} ({periodRange(report.periodFrom, report.periodTo, t)})
          </Text>
          <StatusBadge status={report.status} />
          {report.documentNumber && (
            <Text size="sm">
              {t('reports.documentNumber')}: <b>{report.documentNumber}</b>
            </Text>
          )}
        </Group>
      </Stack>

      <Group gap="sm" wrap="wrap">
        {report.allowedActions.map((a) => (
          <Button
            key={a}
            variant={a === 'RETURN' ? 'outline' : 'filled'}
            color={a === 'RETURN' ? 'redCross.8' : a === 'APPROVE' ? 'teal.9' : undefined}
            onClick={() => {
              setCommentError(null);
              setDialog({ action: a });
            }}
          >
            {actionLabel(a, t)}
          </Button>
        ))}
        <Group gap="xs" wrap="wrap" role="group" aria-label={t('reports.downloads')}>
          {(['docx', 'xlsx', 'csv'] as const).map((f) => (
            <Button
              key={f}
              component="a"
              href={exportUrl(report.id, f)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t(`reports.${f}`)}
            </Button>
          ))}
        </Group>
      </Group>

      {report.figuresFrozen ? (
        <Alert color="blue" icon={<IconLock size={18} aria-hidden />} data-testid="frozen-notice">
          {t('reports.frozenAt', { time: formatDateTime(report.figuresFrozenAt) })}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('reports.liveFigures')}
        </Text>
      )}
      {report.figuresFrozen && report.changedSinceSnapshot > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('reports.changedSince', { count: report.changedSinceSnapshot })}
        </Alert>
      )}

      <Section title={t('reports.figuresTitle')}>
        <FiguresView figures={report.figures} />
      </Section>

      <Section title={t('reports.consolidationTitle')}>
        {report.consolidation.children.length === 0 ? (
          <Text size="sm">{t('figures.noChildren')}</Text>
        ) : report.consolidation.missing.length === 0 ? (
          <Text size="sm">{t('reports.noMissing')}</Text>
        ) : (
          <Stack gap={4}>
            <Text fw={600}>{t('reports.missing')}</Text>
            <List size="sm" aria-label={t('reports.missing')}>
              {report.consolidation.children
                .filter((c) => report.consolidation.missing.includes(c.name))
                .map((c) => (
                  <List.Item key={c.orgUnitId}>
                    {c.name} —{' '}
                    {c.reportId ? (
                      <Anchor component={Link} to={`/bao-cao/${c.reportId}`}>
                        {statusLabel(c.status, t)}
                      </Anchor>
                    ) : (
                      t('reports.noChildReport')
                    )}
                  </List.Item>
                ))}
            </List>
          </Stack>
        )}
      </Section>

      <Section title={t('reports.narrativeTitle')}>
        {editable ? (
          <form noValidate onSubmit={form.onSubmit(save)}>
            <Stack>
              {NARRATIVE_FIELDS.map((f) => (
                <Textarea
                  key={f}
                  label={t(`reports.narrative.${f}`)}
                  autosize
                  minRows={3}
                  maxRows={16}
                  {...form.getInputProps(f)}
                />
              ))}
              <Textarea
                label={t('reports.recipients')}
                description={t('reports.recipientsHint')}
                autosize
                minRows={3}
                {...form.getInputProps('recipients')}
              />
              <Title order={3} size="h5">
                {t('reports.signerTitle')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('reports.signerPrefix')}
                  description={t('reports.signerPrefixHint')}
                  {...form.getInputProps('signerPrefix')}
                />
                <TextInput label={t('reports.signerRole')} {...form.getInputProps('signerTitle')} />
                <TextInput label={t('reports.signerName')} {...form.getInputProps('signerName')} />
              </SimpleGrid>
              <Group justify="flex-end" gap="sm">
                {dirty && (
                  <Text size="sm" fw={600} role="status">
                    {t('reports.unsaved')}
                  </Text>
                )}
                <Button
                  type="submit"
                  leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                  loading={update.isPending}
                  disabled={!dirty}
                >
                  {t('reports.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <ReadOnlyNarrative report={report} />
        )}
      </Section>

      <Section title={t('reports.historyTitle')}>
        {history.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : !history.data?.length ? (
          <Text size="sm">{t('reports.noHistory')}</Text>
        ) : (
          <Timeline active={history.data.length - 1} bulletSize={16} lineWidth={2}>
            {history.data.map((h) => (
              <Timeline.Item
                key={h.id}
                title={t('reports.historyEntry', {
                  action: actionLabel(h.action, t),
                  from: statusLabel(h.fromStatus, t),
                  to: statusLabel(h.toStatus, t),
                })}
              >
                <Text size="sm">
                  {formatDateTime(h.at)} · {t('reports.by', { actor: h.actor })}
                </Text>
                {h.comment && (
                  <Text size="sm" fs="italic">
                    “{h.comment}”
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Section>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog?.action === 'SUBMIT'
            ? t('reports.submitConfirmTitle')
            : dialog?.action === 'RETURN'
              ? t('reports.returnTitle')
              : dialog
                ? actionLabel(dialog.action, t)
                : ''
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog && (
          <Stack>
            {dialog.action === 'SUBMIT' && <Text>{t('reports.submitConfirm')}</Text>}
            {dialog.action === 'APPROVE' && <Text>{t('reports.approveConfirm')}</Text>}
            {dialog.action === 'SEND' && <Text>{t('reports.sendConfirm')}</Text>}
            {dialog.action === 'RETURN' && (
              <Textarea
                label={t('reports.returnComment')}
                required
                autosize
                minRows={3}
                value={comment}
                error={commentError}
                onChange={(e) => {
                  setComment(e.currentTarget.value);
                  setCommentError(null);
                }}
                data-autofocus
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                loading={transition.isPending || update.isPending}
                color={dialog.action === 'RETURN' ? 'redCross.8' : undefined}
                onClick={() => void act(dialog.action)}
              >
                {actionLabel(dialog.action, t)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('reports.leaveTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('reports.leaveText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('reports.stay')}
            </Button>
            <Button color="redCross.8" onClick={() => blocker.proceed?.()}>
              {t('reports.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ReadOnlyNarrative({ report }: { report: Report }) {
  const { t } = useTranslation();
  const signer = [report.signerPrefix, report.signerTitle, report.signerName].filter(Boolean);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('reports.readOnly')}
      </Text>
      {NARRATIVE_FIELDS.map((f) => (
        <Stack key={f} gap={2}>
          <Title order={3} size="h5">
            {t(`reports.narrative.${f}`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{report.narrative[f] || t('reports.emptyText')}</Text>
        </Stack>
      ))}
      <Stack gap={2}>
        <Title order={3} size="h5">
          {t('reports.recipients')}
        </Title>
        {report.recipients.length ? (
          <List size="sm">
            {report.recipients.map((r, i) => (
              <List.Item key={i}>{r}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('reports.emptyText')}</Text>
        )}
      </Stack>
      <Stack gap={2}>
        <Title order={3} size="h5">
          {t('reports.signerTitle')}
        </Title>
        <Text>{signer.length ? signer.join(' · ') : t('reports.emptyText')}</Text>
      </Stack>
    </Stack>
  );
}
