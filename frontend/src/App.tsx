import { lazy, Suspense } from 'react';
import { MantineProvider, Center, Loader } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { theme, cssVariablesResolver } from './lib/theme';
import { ApiError } from './lib/errors';
import { setUnauthorizedHandler } from './lib/api';
import { meQueryKey } from './features/auth/useMe';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth } from './features/auth/RequireAuth';
import { Shell } from './features/shell/Shell';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { HomeRedirect } from './features/dashboard/HomeRedirect';

const OrgPage = lazy(() => import('./features/org/OrgPage'));
const UsersPage = lazy(() => import('./features/users/UsersPage'));
const AccountPage = lazy(() => import('./features/account/AccountPage'));
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage'));
const ReportsPage = lazy(() => import('./features/reports/ReportsPage'));
const ReportPage = lazy(() => import('./features/reports/ReportPage'));
const CompletenessPage = lazy(() => import('./features/reports/CompletenessPage'));
const PlansPage = lazy(() => import('./features/plans/PlansPage'));
const PlanDetailPage = lazy(() => import('./features/plans/PlanDetailPage'));
const PlanEditorPage = lazy(() => import('./features/plans/PlanEditorPage'));
const MovementsPage = lazy(() => import('./features/movements/MovementsPage'));
const MovementDetailPage = lazy(() => import('./features/movements/MovementDetailPage'));
const ActivitiesPage = lazy(() => import('./features/activities/ActivitiesPage'));
const ActivityDetailPage = lazy(() => import('./features/activities/ActivityDetailPage'));
const CommunicationsPage = lazy(() => import('./features/communications/CommunicationsPage'));
const CommunicationDetailPage = lazy(() => import('./features/communications/CommunicationDetailPage'));
const OutboxPage = lazy(() => import('./features/outbox/OutboxPage'));
const NominationsPage = lazy(() => import('./features/nominations/NominationsPage'));
const NominationFormPage = lazy(() => import('./features/nominations/NominationFormPage'));
const NominationDetailPage = lazy(() => import('./features/nominations/NominationDetailPage'));
const ShowcasePage = lazy(() => import('./features/showcase/ShowcasePage'));
const IntegrationPage = lazy(() => import('./features/integration/IntegrationPage'));

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // 4xx answers do not get better by asking again.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

setUnauthorizedHandler(() => queryClient.setQueryData(meQueryKey, null));

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

const lazyPage = (Page: React.ComponentType) => (
  <Suspense fallback={<PageLoader />}>
    <Page />
  </Suspense>
);

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // the public showcase: no login, linkable from the association's website
  { path: '/cong-khai', element: lazyPage(ShowcasePage) },
  { path: '/cong-khai/:id', element: lazyPage(ShowcasePage) },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Shell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'tong-quan', element: lazyPage(DashboardPage) },
      { path: 'bao-cao', element: lazyPage(ReportsPage) },
      { path: 'bao-cao/tien-do', element: lazyPage(CompletenessPage) },
      { path: 'bao-cao/:id', element: lazyPage(ReportPage) },
      { path: 'org', element: lazyPage(OrgPage) },
      { path: 'users', element: lazyPage(UsersPage) },
      { path: 'ket-noi-tich-hop', element: lazyPage(IntegrationPage) },
      { path: 'account', element: lazyPage(AccountPage) },
      { path: 'plans', element: lazyPage(PlansPage) },
      { path: 'plans/new', element: lazyPage(PlanEditorPage) },
      { path: 'plans/:id', element: lazyPage(PlanDetailPage) },
      { path: 'plans/:id/edit', element: lazyPage(PlanEditorPage) },
      { path: 'movements', element: lazyPage(MovementsPage) },
      { path: 'movements/:id', element: lazyPage(MovementDetailPage) },
      { path: 'activities', element: lazyPage(ActivitiesPage) },
      { path: 'activities/:id', element: lazyPage(ActivityDetailPage) },
      { path: 'communications', element: lazyPage(CommunicationsPage) },
      { path: 'communications/:id', element: lazyPage(CommunicationDetailPage) },
      { path: 'outbox', element: lazyPage(OutboxPage) },
      { path: 'nominations', element: lazyPage(NominationsPage) },
      { path: 'nominations/new', element: lazyPage(NominationFormPage) },
      { path: 'nominations/:id', element: lazyPage(NominationDetailPage) },
      { path: 'nominations/:id/edit', element: lazyPage(NominationFormPage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'vi', firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
