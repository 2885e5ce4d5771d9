import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconChevronDown, IconChevronRight, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrgLevel, OrgUnit } from '../../api/types';
import { formatDate } from '../../lib/format';
import { isRetired, type TreeNode } from './tree';

// Dark shades so white badge text keeps at least 4.5:1 contrast.
const LEVEL_COLOR: Record<OrgLevel, string> = {
  PROVINCE: 'redCross.8',
  DEPARTMENT: 'grape.9',
  DISTRICT: 'blue.9',
  COMMUNE: 'teal.9',
  CHAPTER: 'cyan.9',
};

export function LevelBadge({ level }: { level: OrgLevel }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={LEVEL_COLOR[level]}
      variant="filled"
      size="sm"
      style={{ textTransform: 'none', minWidth: 'max-content' }}
    >
      {t(`levels.${level}`)}
    </Badge>
  );
}

function SuccessorName({ unit, known }: { unit: OrgUnit; known: ReadonlyMap<number, OrgUnit> }) {
  // The API names the successor even when it lies outside the caller's subtree.
  const id = unit.successorId as number;
  return <>{unit.successorName ?? known.get(id)?.name ?? `#${id}`}</>;
}

export interface UnitActions {
  canEdit: boolean;
  onEdit: (unit: OrgUnit) => void;
  onRetire: (unit: OrgUnit) => void;
}

export function UnitRow({
  unit,
  today,
  known,
  actions,
  toggle,
}: {
  unit: OrgUnit;
  today: string;
  known: ReadonlyMap<number, OrgUnit>;
  actions: UnitActions;
  toggle?: { expanded: boolean; onToggle: () => void } | undefined;
}) {
  const { t } = useTranslation();
  const retired = isRetired(unit, today);
  return (
    <Group className="org-row" data-retired={retired} gap="xs" wrap="nowrap" align="flex-start" data-testid="org-row">
      {toggle ? (
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size="md"
          onClick={toggle.onToggle}
          aria-expanded={toggle.expanded}
          aria-label={t(toggle.expanded ? 'org.collapse' : 'org.expand', { name: unit.name })}
        >
          {toggle.expanded ? <IconChevronDown size={18} aria-hidden /> : <IconChevronRight size={18} aria-hidden />}
        </ActionIcon>
      ) : (
        <span style={{ width: 28, flex: 'none' }} />
      )}
      <Group gap={6} style={{ flex: 1, minWidth: 0 }} wrap="wrap" pt={4}>
        <Text className="org-name" fw={unit.level === 'PROVINCE' ? 700 : 500} c={retired ? 'gray.7' : undefined}>
          {unit.name}
        </Text>
        <LevelBadge level={unit.level} />
        <Text size="xs" c="gray.7" ff="monospace">
          {unit.code}
        </Text>
        {unit.validTo && (
          <Text size="sm" c="gray.7" fs="italic">
            {t('org.retiredOn', { date: formatDate(unit.validTo) })}
            {unit.successorId != null && (
              <>
                {' → '}
                <SuccessorName unit={unit} known={known} />
              </>
            )}
          </Text>
        )}
      </Group>
      {actions.canEdit && (
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('common.edit')}>
            <ActionIcon
              variant="subtle"
              color="gray.8"
              onClick={() => actions.onEdit(unit)}
              aria-label={t('org.editUnit', { name: unit.name })}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          {!retired && (
            <Tooltip label={t('org.retire')}>
              <ActionIcon
                variant="subtle"
                color="redCross.8"
                onClick={() => actions.onRetire(unit)}
                aria-label={t('org.retireUnit', { name: unit.name })}
              >
                <IconArchive size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      )}
    </Group>
  );
}

export function OrgTree({
  nodes,
  expanded,
  onToggle,
  today,
  known,
  actions,
  label,
}: {
  nodes: readonly TreeNode[];
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
  today: string;
  known: ReadonlyMap<number, OrgUnit>;
  actions: UnitActions;
  label: string;
}) {
  const render = (ns: readonly TreeNode[]) =>
    ns.map((n) => {
      const open = expanded.has(n.unit.id);
      return (
        <li key={n.unit.id}>
          <UnitRow
            unit={n.unit}
            today={today}
            known={known}
            actions={actions}
            toggle={n.children.length ? { expanded: open, onToggle: () => onToggle(n.unit.id) } : undefined}
          />
          {open && n.children.length > 0 && <ul>{render(n.children)}</ul>}
        </li>
      );
    });
  return (
    <ul className="org-tree" aria-label={label}>
      {render(nodes)}
    </ul>
  );
}
