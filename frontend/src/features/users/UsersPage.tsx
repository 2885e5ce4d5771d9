import { vietnameseFilter } from '../../lib/selectFilter';
import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLock, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ROLES, type Role, type User } from '../../api/types';
import { notifySuccess, useShowError } from '../../lib/notify';
import { useCurrentUser } from '../auth/useMe';
import { useSubtree } from '../org/queries';
import { unitOptions } from '../org/unitOptions';
import { PAGE_SIZE, toUpdate, useUpdateUser, useUsers } from './queries';
import { UserForm } from './UserForm';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'deactivate'; user: User } | null;

export default function UsersPage() {
  const me = useCurrentUser();
  if (me.role !== 'ADMIN') return <Navigate to="/org" replace />;
  return <UsersAdmin rootId={me.orgUnitId} />;
}

function UsersAdmin({ rootId }: { rootId: number }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [role, setRole] = useState<Role | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);

  const units = useSubtree(rootId, null);
  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const users = useUsers({ q: debouncedQ, role, orgUnitId: unit ? Number(unit) : null, page: page - 1 });
  const deactivate = useUpdateUser();

  const totalPages = users.data ? Math.max(1, Math.ceil(users.data.totalItems / PAGE_SIZE)) : 1;
  const resetPage = () => setPage(1);

  const rows = (users.data?.items ?? []).map((u) => (
    <Table.Tr key={u.id}>
      <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {u.username}
      </Table.Td>
      <Table.Td>{u.fullName}</Table.Td>
      <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
      <Table.Td>{u.orgUnitName ?? unitName.get(u.orgUnitId) ?? `#${u.orgUnitId}`}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge
          color={u.active ? 'teal.9' : 'gray.7'}
          variant="filled"
          style={{ textTransform: 'none', minWidth: 'max-content' }}
        >
          {u.active ? t('users.active') : t('users.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('common.edit')}>
            <ActionIcon
              variant="subtle"
              color="gray.8"
              aria-label={t('users.editUser', { name: u.fullName })}
              onClick={() => setDialog({ kind: 'edit', user: u })}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          {u.active && (
            <Tooltip label={t('users.deactivate')}>
              <ActionIcon
                variant="subtle"
                color="redCross.8"
                aria-label={t('users.deactivateUser', { name: u.fullName })}
                onClick={() => setDialog({ kind: 'deactivate', user: u })}
              >
                <IconLock size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setDialog({ kind: 'create' })}
          disabled={!units.data}
        >
          {t('users.create')}
        </Button>
      </Group>

      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <TextInput
          label={t('users.searchLabel')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            resetPage();
          }}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label={t('users.roleFilter')}
          placeholder={t('common.all')}
          clearable
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(v) => {
            setRole(v as Role | null);
            resetPage();
          }}
          style={{ flex: '0 1 220px' }}
        />
        <Select
          label={t('users.unitFilter')}
          placeholder={t('common.all')}
          clearable
          searchable
          filter={vietnameseFilter}
          data={unitOptions(units.data ?? [], t)}
          value={unit}
          onChange={(v) => {
            setUnit(v);
            resetPage();
          }}
          nothingFoundMessage={t('org.noResults')}
          style={{ flex: '1 1 260px' }}
        />
      </Group>

      <Paper withBorder>
        {users.isPending ? (
          <Group p="md">
            <Loader size="sm" aria-label={t('app.loading')} />
          </Group>
        ) : users.isError ? (
          <Alert color="red" m="sm">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover aria-label={t('users.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.username')}</Table.Th>
                  <Table.Th scope="col">{t('users.fullName')}</Table.Th>
                  <Table.Th scope="col">{t('users.role')}</Table.Th>
                  <Table.Th scope="col">{t('users.unit')}</Table.Th>
                  <Table.Th scope="col">{t('users.status')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length ? (
                  rows
                ) : (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('users.empty')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Group justify="space-between">
        <Text size="sm">{t('common.total', { count: users.data?.totalItems ?? 0 })}</Text>
        {totalPages > 1 && (
          <nav aria-label={t('users.pagination')}>
            <Pagination total={totalPages} value={page} onChange={setPage} />
          </nav>
        )}
      </Group>

      <Modal
        opened={dialog?.kind === 'create' || dialog?.kind === 'edit'}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'edit' ? t('users.editTitle') : t('users.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
          <UserForm
            key={dialog.kind === 'edit' ? dialog.user.id : 'create'}
            user={dialog.kind === 'edit' ? dialog.user : undefined}
            units={units.data ?? []}
            onDone={() => setDialog(null)}
          />
        )}
      </Modal>
      <Modal
        opened={dialog?.kind === 'deactivate'}
        onClose={() => setDialog(null)}
        title={t('users.deactivate')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'deactivate' && (
          <Stack>
            <Text>{t('users.deactivateConfirm', { name: dialog.user.fullName })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                loading={deactivate.isPending}
                onClick={() =>
                  deactivate.mutate(
                    { user: dialog.user, body: { ...toUpdate(dialog.user), active: false } },
                    {
                      onSuccess: (saved) => {
                        notifySuccess(t('users.deactivatedMsg', { name: saved.fullName }));
                        setDialog(null);
                      },
                      onError: (err) => showError(err),
                    },
                  )
                }
              >
                {t('users.deactivate')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
