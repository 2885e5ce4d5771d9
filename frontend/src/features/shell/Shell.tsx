import { AppShell, Box, Burger, Button, Drawer, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAward,
  IconBuildingCommunity,
  IconChartBar,
  IconLayoutDashboard,
  IconReport,
  IconFileText,
  IconFlag,
  IconLogout,
  IconCalendarEvent,
  IconSpeakerphone,
  IconUserCircle,
  IconUsers,
  IconPlugConnected,
} from '@tabler/icons-react';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../nominations/i18n';
import '../integration/i18n';
import { useCurrentUser, useLogout } from '../auth/useMe';
import { useOrgUnit } from '../org/queries';
import { LanguageSwitch } from './LanguageSwitch';
import { RedCrossMark } from './RedCrossMark';
import { OutboxBadge } from '../outbox/OutboxBadge';
import { OutboxRunner, useOutboxItems } from '../outbox/useOutbox';

/** The links; `landmark` wraps them in their own <nav> (the drawer), AppShell.Navbar is a <nav> already. */
function NavLinks({ onNavigate, landmark = false }: { onNavigate?: () => void; landmark?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useCurrentUser();
  const links = [
    { to: '/tong-quan', label: t('nav.dashboard'), icon: IconLayoutDashboard },
    { to: '/bao-cao', label: t('nav.reports'), icon: IconReport },
    { to: '/bao-cao/tien-do', label: t('nav.completeness'), icon: IconChartBar },
    { to: '/plans', label: t('nav.plans'), icon: IconFileText },
    { to: '/movements', label: t('nav.movements'), icon: IconFlag },
    { to: '/nominations', label: t('nav.nominations'), icon: IconAward },
    { to: '/activities', label: t('nav.activities'), icon: IconCalendarEvent },
    { to: '/communications', label: t('nav.communications'), icon: IconSpeakerphone },
    { to: '/org', label: t('nav.org'), icon: IconBuildingCommunity },
    ...(user.role === 'ADMIN'
      ? [
          { to: '/users', label: t('nav.users'), icon: IconUsers },
          { to: '/ket-noi-tich-hop', label: t('nav.integration'), icon: IconPlugConnected },
        ]
      : []),
    { to: '/account', label: t('nav.account'), icon: IconUserCircle },
  ];
  // the longest matching link is the active one (/bao-cao/tien-do is not also /bao-cao)
  const matches = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  const current = links.filter((l) => matches(l.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const items = links.map(({ to, label, icon: Icon }) => {
    const active = to === current;
    return (
      <NavLink
        key={to}
        component={Link}
        to={to}
        label={label}
        active={active}
        aria-current={active ? 'page' : undefined}
        leftSection={<Icon size={20} stroke={1.5} aria-hidden />}
        onClick={onNavigate}
      />
    );
  });
  return landmark ? <nav aria-label={t('app.mainNav')}>{items}</nav> : <>{items}</>;
}

function UserSummary({ align = 'right' }: { align?: 'left' | 'right' }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const unit = useOrgUnit(user.orgUnitName ? undefined : user.orgUnitId);
  const unitName = user.orgUnitName ?? unit.data?.name ?? '';
  return (
    <Box ta={align} style={{ minWidth: 0 }} data-testid="user-summary">
      <Text fw={600} size="sm" truncate>
        {user.fullName}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {t(`roles.${user.role}`)}
        {unitName ? ` · ${unitName}` : ''}
      </Text>
    </Box>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const rawLogout = useLogout();
  const waiting = useOutboxItems()?.length ?? 0;
  // the outbox is never cleared by a logout, but say so before leaving with records still on the phone
  const logout = {
    isPending: rawLogout.isPending,
    mutate: () => {
      if (waiting && !window.confirm(t('outbox.logoutWarning', { count: waiting }))) return;
      rawLogout.mutate();
    },
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: true } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
            <Burger
              hiddenFrom="sm"
              opened={opened}
              onClick={toggle}
              size="sm"
              aria-label={opened ? t('app.closeNav') : t('app.openNav')}
              aria-expanded={opened}
            />
            <UnstyledButton component={Link} to="/" aria-label={t('app.fullName')}>
              <Group gap={8} wrap="nowrap">
                <RedCrossMark />
                <Text fw={800} c="redCross.7" size="lg">
                  {t('app.name')}
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group hiddenFrom="sm" wrap="nowrap" gap="xs" style={{ minWidth: 0, maxWidth: '60%' }}>
            <OutboxBadge />
            <Box style={{ minWidth: 0 }}>
              <UserSummary />
            </Box>
          </Group>
          <Group visibleFrom="sm" wrap="nowrap" gap="md" style={{ minWidth: 0 }}>
            <OutboxBadge />
            <UserSummary />
            <LanguageSwitch />
            <Button
              variant="default"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => logout.mutate()}
              loading={logout.isPending}
            >
              {t('app.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" visibleFrom="sm" aria-label={t('app.mainNav')}>
        <NavLinks />
      </AppShell.Navbar>
      <Drawer
        opened={opened}
        onClose={close}
        hiddenFrom="sm"
        size="80%"
        title={t('app.name')}
        closeButtonProps={{ 'aria-label': t('app.closeNav') }}
      >
        <Stack>
          <UserSummary align="left" />
          <NavLinks onNavigate={close} landmark />
          <LanguageSwitch />
          <Button
            variant="default"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => {
              close();
              logout.mutate();
            }}
            loading={logout.isPending}
          >
            {t('app.logout')}
          </Button>
        </Stack>
      </Drawer>
      <OutboxRunner />
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
