import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Loader,
  Modal,
  NumberInput,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconKey, IconPlus, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { formatDate } from '../../lib/format';
import { notifySuccess, useShowError } from '../../lib/notify';
import { vietnameseFilter } from '../../lib/selectFilter';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import { scopeKey, toCreateBody, type ClientFormValues } from './form';
import './i18n';
import { PAGE_SIZE, SCOPES, useClients, useCreateClient, useRevokeClient, type IntegrationClient } from './queries';

export default function IntegrationPage() {
  const me = useCurrentUser();
  if (me.role !== 'ADMIN') return <Navigate to="/" replace />;
  return <IntegrationAdmin rootId={me.orgUnitId} />;
}

function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return `${formatDate(value)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const STATUS_COLOR = { ACTIVE: 'teal.9', EXPIRED: 'gray.7', REVOKED: 'redCross.9' } as const;

function IntegrationAdmin({ rootId }: { rootId: number }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [newKey, setNewKey] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<IntegrationClient | null>(null);
  const clients = useClients(page - 1);
  const revoke = useRevokeClient();
  const totalPages = clients.data ? Math.max(1, Math.ceil(clients.data.totalItems / PAGE_SIZE)) : 1;

  const rows = (clients.data?.items ?? []).map((c) => (
    <Table.Tr key={c.id}>
      <Table.Td>{c.name}</Table.Td>
      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {c.keyPrefix}…
      </Table.Td>
      <Table.Td>{c.scopes.map((s) => t(scopeKey(s))).join(', ')}</Table.Td>
      <Table.Td>{c.orgUnitName ?? t('integration.wholeTree')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.expiresAt)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {c.lastUsedAt ? formatDateTime(c.lastUsedAt) : t('integration.never')}
      </Table.Td>
      <Table.Td>
        <Badge
          color={STATUS_COLOR[c.status]}
          variant="filled"
          style={{ textTransform: 'none', minWidth: 'max-content' }}
        >
          {t(`integration.statuses.${c.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {c.status !== 'REVOKED' && (
          <Tooltip label={t('integration.revoke')}>
            <ActionIcon
              variant="subtle"
              color="redCross.8"
              aria-label={t('integration.revokeClient', { name: c.name })}
              onClick={() => setRevoking(c)}
            >
              <IconBan size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('integration.title')}
        </Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('integration.create')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('integration.intro')}
      </Text>

      <Paper withBorder>
        {clients.isPending ? (
          <Group justify="center" p="lg">
            <Loader aria-label={t('app.loading')} />
          </Group>
        ) : clients.isError ? (
          <Alert color="red" m="md">
            {t('common.loadFailed')}
          </Alert>
        ) : rows.length === 0 ? (
          <Text p="lg" c="dimmed">
            {t('integration.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('integration.name')}</Table.Th>
                  <Table.Th>{t('integration.keyPrefix')}</Table.Th>
                  <Table.Th>{t('integration.scopes')}</Table.Th>
                  <Table.Th>{t('integration.unit')}</Table.Th>
                  <Table.Th>{t('integration.expiresOn')}</Table.Th>
                  <Table.Th>{t('integration.lastUsed')}</Table.Th>
                  <Table.Th>{t('integration.status')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rows}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {totalPages > 1 && <Pagination total={totalPages} value={page} onChange={setPage} />}

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('integration.create')}
        size="lg"
      >
        {creating && (
          <ClientForm
            rootId={rootId}
            onCreated={(key) => {
              setCreating(false);
              setNewKey(key);
            }}
          />
        )}
      </Modal>

      <Modal
        opened={newKey !== null}
        onClose={() => setNewKey(null)}
        title={t('integration.keyTitle')}
        size="lg"
        closeOnClickOutside={false}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Alert color="yellow" icon={<IconKey size={18} aria-hidden />}>
            {t('integration.keyOnce')}
          </Alert>
          <Text size="sm" fw={600} id="new-key-label">
            {t('integration.keyLabel')}
          </Text>
          <Code block aria-labelledby="new-key-label" data-testid="new-key" style={{ wordBreak: 'break-all' }}>
            {newKey}
          </Code>
          <Group justify="space-between">
            <CopyButton value={newKey ?? ''}>
              {({ copied, copy }) => (
                <Button
                  variant="light"
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  onClick={copy}
                >
                  {copied ? t('integration.copied') : t('integration.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={() => setNewKey(null)}>{t('integration.done')}</Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('integration.revoke')}
      >
        <Stack>
          <Text>{t('integration.confirmRevoke', { name: revoking?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="redCross.8"
              loading={revoke.isPending}
              onClick={() =>
                revoking &&
                revoke.mutate(revoking.id, {
                  onSuccess: () => {
                    setRevoking(null);
                    notifySuccess(t('integration.revoked'));
                  },
                  onError: (e) => showError(e),
                })
              }
            >
              {t('integration.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function inAYear(): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function ClientForm({ rootId, onCreated }: { rootId: number; onCreated: (key: string) => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const create = useCreateClient();
  const units = useSubtree(rootId, null);
  const options = useMemo(() => unitOptions(units.data ?? [], t), [units.data, t]);
  const form = useForm<ClientFormValues>({
    initialValues: {
      name: '',
      scopes: ['reports:read'],
      orgUnitId: null,
      expiresOn: inAYear(),
      addresses: '',
      rateLimit: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      scopes: (v) => (v.length ? null : t('integration.scopesRequired')),
      expiresOn: (v) => (v ? null : t('integration.expiryRequired')),
    },
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        create.mutate(toCreateBody(values), {
          onSuccess: (created) => onCreated(created.key),
          onError: (e) => showError(e, form),
        }),
      )}
      noValidate
    >
      <Stack>
        <TextInput
          label={t('integration.name')}
          placeholder={t('integration.namePlaceholder')}
          required
          maxLength={150}
          {...form.getInputProps('name')}
        />
        <Checkbox.Group label={t('integration.scopes')} required {...form.getInputProps('scopes')}>
          <Stack gap={6} mt={6}>
            {SCOPES.map((s) => (
              <Checkbox key={s} value={s} label={`${t(scopeKey(s))} (${s})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Select
          label={t('integration.unit')}
          description={t('integration.unitHint')}
          placeholder={t('integration.wholeTree')}
          data={options}
          searchable
          clearable
          filter={vietnameseFilter}
          {...form.getInputProps('orgUnitId')}
        />
        <DateInput
          label={t('integration.expiresOn')}
          valueFormat="DD/MM/YYYY"
          required
          minDate={new Date()}
          {...form.getInputProps('expiresOn')}
        />
        <Textarea
          label={t('integration.addresses')}
          description={t('integration.addressesHint')}
          autosize
          minRows={2}
          {...form.getInputProps('addresses')}
        />
        <NumberInput
          label={t('integration.rateLimit')}
          description={t('integration.rateLimitHint')}
          min={1}
          max={100000}
          allowDecimal={false}
          {...form.getInputProps('rateLimit')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('integration.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
