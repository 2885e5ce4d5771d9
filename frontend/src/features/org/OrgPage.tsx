import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types';
import { todayIso } from '../../lib/format';
import { useCurrentUser } from '../auth/useMe';
import { OrgTree, UnitRow, type UnitActions } from './OrgTree';
import { OrgUnitForm } from './OrgUnitForm';
import { useOrgSearch, useSubtree } from './queries';
import { buildTree, idsToDepth } from './tree';

type Dialog = { kind: 'create' } | { kind: 'edit'; unit: OrgUnit } | { kind: 'retire'; unit: OrgUnit } | null;

export default function OrgPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const today = todayIso();
  const [activeOn, setActiveOn] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [dialog, setDialog] = useState<Dialog>(null);

  const subtree = useSubtree(me.orgUnitId, activeOn);
  // Every unit, retired ones included: for pickers and for naming successors.
  const all = useSubtree(me.orgUnitId, null);
  const search = useOrgSearch(debouncedQ, activeOn);

  const known = useMemo(() => new Map((all.data ?? []).map((u) => [u.id, u])), [all.data]);
  const nodes = useMemo(() => buildTree(subtree.data ?? []), [subtree.data]);
  const [expanded, setExpanded] = useState<Set<number> | null>(null);
  useEffect(() => {
    if (expanded === null && nodes.length) setExpanded(new Set(idsToDepth(nodes, 1)));
  }, [nodes, expanded]);

  const toggle = (id: number) =>
    setExpanded((prev) => {
      const next = new Set(prev ?? []);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const isAdmin = me.role === 'ADMIN';
  const actions: UnitActions = {
    canEdit: isAdmin,
    onEdit: (unit) => setDialog({ kind: 'edit', unit }),
    onRetire: (unit) => setDialog({ kind: 'retire', unit }),
  };
  const myUnit = known.get(me.orgUnitId);
  const searching = debouncedQ.trim().length > 0;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('org.title')}
        </Title>
        {isAdmin && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
            disabled={!all.data}
          >
            {t('org.create')}
          </Button>
        )}
      </Group>

      <Group align="flex-end" gap="md" wrap="wrap" role="search">
        <TextInput
          label={t('org.searchLabel')}
          placeholder={t('org.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 260px' }}
        />
        <DateInput
          label={t('org.activeOn')}
          description={t('org.activeOnHint')}
          valueFormat="DD/MM/YYYY"
          clearable
          value={activeOn}
          onChange={setActiveOn}
          style={{ flex: '0 1 240px' }}
        />
        {activeOn === null && (
          <Button variant="default" onClick={() => setActiveOn(today)}>
            {t('org.today')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="sm">
        {searching ? (
          <section aria-label={t('org.results')}>
            <Title order={2} size="h4" mb="xs">
              {t('org.results')}
            </Title>
            {search.isPending ? (
              <Loader size="sm" aria-label={t('app.loading')} />
            ) : search.isError ? (
              <Alert color="red">{t('common.loadFailed')}</Alert>
            ) : search.data?.items.length ? (
              <ul className="org-tree">
                {search.data.items.map((u) => (
                  <li key={u.id}>
                    <UnitRow unit={u} today={today} known={known} actions={actions} />
                  </li>
                ))}
              </ul>
            ) : (
              <Text>{t('org.noResults')}</Text>
            )}
          </section>
        ) : subtree.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : subtree.isError ? (
          <Alert color="red">{t('common.loadFailed')}</Alert>
        ) : nodes.length ? (
          <>
            <Group justify="flex-end" gap="xs" mb="xs">
              <Button size="compact-sm" variant="default" onClick={() => setExpanded(new Set(idsToDepth(nodes, 99)))}>
                {t('org.expandAll')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setExpanded(new Set())}>
                {t('org.collapseAll')}
              </Button>
            </Group>
            <OrgTree
              nodes={nodes}
              expanded={expanded ?? new Set()}
              onToggle={toggle}
              today={today}
              known={known}
              actions={actions}
              label={t('org.tree')}
            />
          </>
        ) : (
          <Text>{t('org.empty')}</Text>
        )}
      </Paper>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog?.kind === 'create'
            ? t('org.createTitle')
            : dialog?.kind === 'retire'
              ? t('org.retireTitle')
              : t('org.editTitle')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {dialog && (
          <OrgUnitForm
            key={dialog.kind === 'create' ? 'create' : `${dialog.kind}-${dialog.unit.id}`}
            unit={dialog.kind === 'create' ? undefined : dialog.unit}
            mode={dialog.kind === 'retire' ? 'retire' : 'edit'}
            units={all.data ?? []}
            defaultParent={myUnit}
            onDone={() => setDialog(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
