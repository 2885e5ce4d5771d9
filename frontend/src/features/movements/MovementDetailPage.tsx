import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash, IconWritingSign } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatNumber } from '../../lib/format';
import { notifySuccess, useShowError } from '../../lib/notify';
import { useCurrentUser } from '../auth/useMe';
import { MovementForm } from './MovementForm';
import { MANAGERS } from './MovementsPage';
import {
  period,
  useMovement,
  useRegistrations,
  useUnregistered,
  useWithdrawRegistration,
  type Registration,
} from './queries';
import { RegistrationForm } from './RegistrationForm';
import { StatusBadge } from './StatusBadge';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'register' }
  | { kind: 'editRegistration'; registration: Registration }
  | { kind: 'withdraw'; registration: Registration }
  | null;

const WRITERS = ['ADMIN', 'PROVINCIAL_OFFICER', 'BRANCH_OFFICER'];

export default function MovementDetailPage() {
  const { id } = useParams();
  const movementId = Number(id);
  const { t } = useTranslation();
  const me = useCurrentUser();
  const showError = useShowError();
  const movement = useMovement(movementId);
  const registrations = useRegistrations(movementId);
  const missing = useUnregistered(movementId);
  const withdraw = useWithdrawRegistration();
  const [dialog, setDialog] = useState<Dialog>(null);

  if (movement.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (movement.isError) return <Alert color="red">{t('errors.notFound')}</Alert>;
  const m = movement.data;
  const open = m.status !== 'CLOSED';
  const canRegister = open && WRITERS.includes(me.role);
  const manager = MANAGERS.includes(me.role);

  const info: [string, string | null | undefined][] = [
    [t('movements.code'), m.code],
    [t('movements.kind'), t(`movements.kinds.${m.kind}`)],
    [t('movements.launchedBy'), m.launchedBy ?? m.launchingOrgUnitName],
    [t('movements.tiedTo'), m.tiedToMovementName],
    [t('movements.period'), period(m.startDate, m.endDate, formatDate, t('movements.from'))],
  ];

  return (
    <Stack>
      <Anchor component={Link} to="/movements" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('movements.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: '1 1 300px' }}>
          <Title order={1} size="h2">
            {m.name}
          </Title>
          <Group gap="xs">
            <Badge variant="default" style={{ textTransform: 'none' }}>
              {t(`movements.kinds.${m.kind}`)}
            </Badge>
            <StatusBadge status={m.status} />
          </Group>
        </Stack>
        <Group gap="xs">
          {canRegister && (
            <Button
              leftSection={<IconWritingSign size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'register' })}
            >
              {t('registrations.register')}
            </Button>
          )}
          {manager && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'edit' })}
            >
              {t('common.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Stack gap={6}>
          {info
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <Text key={k} size="sm">
                <Text span fw={600}>
                  {k}:
                </Text>{' '}
                {v}
              </Text>
            ))}
          {m.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              <Text span fw={600}>
                {t('movements.description')}:
              </Text>{' '}
              {m.description}
            </Text>
          )}
          {m.criteria && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              <Text span fw={600}>
                {t('movements.criteria')}:
              </Text>{' '}
              {m.criteria}
            </Text>
          )}
        </Stack>
      </Paper>

      <section aria-labelledby="registered-heading">
        <Title order={2} size="h3" id="registered-heading" mb="sm">
          {t('registrations.registered', { count: registrations.data?.totalItems ?? 0 })}
        </Title>
        {registrations.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : registrations.isError ? (
          <Alert color="red">{t('common.loadFailed')}</Alert>
        ) : registrations.data.items.length === 0 ? (
          <Text size="sm">{t('registrations.none')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {registrations.data.items.map((r) => (
              <Paper key={r.id} withBorder p="sm" component="li" data-testid="registration">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600}>{r.orgUnitName}</Text>
                    <Text size="xs" c="dimmed">
                      {t('registrations.registeredOn', { date: formatDate(r.registeredOn) })}
                    </Text>
                  </div>
                  {open && WRITERS.includes(me.role) && (
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray.8"
                          aria-label={t('registrations.editOf', { name: r.orgUnitName })}
                          onClick={() => setDialog({ kind: 'editRegistration', registration: r })}
                        >
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('registrations.withdraw')}>
                        <ActionIcon
                          variant="subtle"
                          color="redCross.8"
                          aria-label={t('registrations.withdrawOf', { name: r.orgUnitName })}
                          onClick={() => setDialog({ kind: 'withdraw', registration: r })}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  )}
                </Group>
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                  {r.commitments}
                </Text>
                {r.targets.length > 0 && (
                  <List size="sm" mt={4}>
                    {r.targets.map((x, i) => (
                      <List.Item key={i}>
                        {x.name}: {formatNumber(x.value)} {x.unit ?? ''}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="missing-heading">
        <Title order={2} size="h3" id="missing-heading" mb="sm">
          {t('registrations.missing', { count: missing.data?.length ?? 0 })}
        </Title>
        {missing.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : missing.isError ? (
          <Alert color="red">{t('common.loadFailed')}</Alert>
        ) : missing.data.length === 0 ? (
          <Text size="sm">{t('registrations.allRegistered')}</Text>
        ) : (
          <List size="sm" data-testid="missing-units">
            {missing.data.map((u) => (
              <List.Item key={u.id}>
                {u.name}
                {u.validTo ? ` (${t('org.retiredOn', { date: formatDate(u.validTo) })})` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <Modal
        opened={dialog?.kind === 'edit'}
        onClose={() => setDialog(null)}
        title={t('movements.editTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {dialog?.kind === 'edit' && <MovementForm movement={m} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'register' || dialog?.kind === 'editRegistration'}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'editRegistration' ? t('registrations.editTitle') : t('registrations.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {(dialog?.kind === 'register' || dialog?.kind === 'editRegistration') && (
          <RegistrationForm
            movementId={movementId}
            registration={dialog.kind === 'editRegistration' ? dialog.registration : undefined}
            onDone={() => setDialog(null)}
          />
        )}
      </Modal>
      <Modal
        opened={dialog?.kind === 'withdraw'}
        onClose={() => setDialog(null)}
        title={t('registrations.withdraw')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'withdraw' && (
          <Stack>
            <Text>{t('registrations.withdrawConfirm', { name: dialog.registration.orgUnitName })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="redCross"
                loading={withdraw.isPending}
                onClick={() =>
                  withdraw.mutate(dialog.registration, {
                    onSuccess: () => {
                      notifySuccess(t('registrations.withdrawnMsg'));
                      setDialog(null);
                    },
                    onError: (err) => showError(err),
                  })
                }
              >
                {t('registrations.withdraw')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
