import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess, useShowError } from '../../lib/notify';
import type { CheckStatus, CheckTransition } from './queries';

const STATUS_COLOR: Record<CheckStatus, string> = { SUBMITTED: 'blue.8', VERIFIED: 'teal.9', FLAGGED: 'redCross.8' };

export function StatusBadge({ status }: { status: CheckStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled" style={{ textTransform: 'none' }}>
      {t(`checkStatus.${status}`)}
    </Badge>
  );
}

/** The flag's comment, shown to the author until the record is fixed and resubmitted. */
export function FlagNotice({ status, comment, by }: { status: CheckStatus; comment?: string | null; by?: string | null }) {
  const { t } = useTranslation();
  if (status !== 'FLAGGED' || !comment) return null;
  return (
    <Alert color="red" variant="light" title={t('checking.flaggedBy', { who: by ?? '' })} p="xs">
      {comment}
    </Alert>
  );
}

interface Mutation {
  mutate: (
    v: { id: number; body: CheckTransition },
    o: { onSuccess: (r: { status: CheckStatus }) => void; onError: (e: unknown) => void },
  ) => void;
  isPending: boolean;
}

/** VERIFY / FLAG (with its comment) / RESUBMIT, as the server allows for this caller. */
export function CheckActions({ id, title, allowed, mutation }: { id: number; title: string; allowed: readonly string[]; mutation: Mutation }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [flagging, setFlagging] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = (action: CheckTransition['action'], c?: string) =>
    mutation.mutate(
      { id, body: { action, ...(c ? { comment: c } : {}) } },
      {
        onSuccess: (r) => {
          notifySuccess(t('checking.doneMsg', { status: t(`checkStatus.${r.status}`) }));
          setFlagging(false);
          setComment('');
        },
        onError: (e) => showError(e),
      },
    );

  if (!allowed.length) return null;
  return (
    <>
      <Group gap="xs">
        {allowed.includes('VERIFY') && (
          <Button size="xs" color="teal.9" onClick={() => run('VERIFY')} loading={mutation.isPending} aria-label={`${t('checking.VERIFY')}: ${title}`}>
            {t('checking.VERIFY')}
          </Button>
        )}
        {allowed.includes('FLAG') && (
          <Button size="xs" variant="outline" color="redCross.8" onClick={() => setFlagging(true)} aria-label={`${t('checking.FLAG')}: ${title}`}>
            {t('checking.FLAG')}
          </Button>
        )}
        {allowed.includes('RESUBMIT') && (
          <Button size="xs" onClick={() => run('RESUBMIT')} loading={mutation.isPending} aria-label={`${t('checking.RESUBMIT')}: ${title}`}>
            {t('checking.RESUBMIT')}
          </Button>
        )}
      </Group>
      <Modal opened={flagging} onClose={() => setFlagging(false)} title={t('checking.flagTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text size="sm">{title}</Text>
          <Textarea
            label={t('checking.flagComment')}
            description={t('checking.flagHint')}
            required
            autosize
            minRows={3}
            value={comment}
            error={error}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setFlagging(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="redCross.8"
              loading={mutation.isPending}
              onClick={() => (comment.trim() ? run('FLAG', comment.trim()) : setError(t('validation.required')))}
            >
              {t('checking.FLAG')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
