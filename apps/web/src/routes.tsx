import { lazy, Suspense } from 'react';
import { Center, Loader } from '@mantine/core';
import { createBrowserRouter } from 'react-router-dom';
import { RequireSignIn } from './auth/RequireSignIn';
import { Shell } from './layout/Shell';
import { AuthCallbackPage } from './pages/auth/AuthCallback';
import { SignInPage } from './pages/auth/SignIn';
import { HomePage } from './pages/employee/HomePage';
import { CertificationsPage } from './pages/employee/CertificationsPage';
import { RecordPage } from './pages/employee/certifications/RecordPage';
import { HistoryPage } from './pages/employee/HistoryPage';
import { NotificationsPage } from './pages/employee/NotificationsPage';
import { PracticePage } from './pages/employee/PracticePage';
import { DecisionsPage } from './pages/manager/DecisionsPage';
import { PersonPage } from './pages/manager/PersonPage';
import { PlaybooksPage } from './pages/manager/PlaybooksPage';
import { RenewalsPage } from './pages/manager/RenewalsPage';
import { TeamPage } from './pages/manager/TeamPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { HR_ROUTES } from './pages/hr/hr-routes';

// The chart library is loaded only when the scorecard is opened.
const ScorecardPage = lazy(() => import('./pages/manager/ScorecardPage').then((m) => ({ default: m.ScorecardPage })));
const loading = (
  <Center py="xl">
    <Loader aria-label="Loading" />
  </Center>
);

/** Every console route. Pages behind sign-in are children of the shell. */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/auth/callback', element: <AuthCallbackPage /> },
  { path: '/auth/silent', element: null },
  {
    element: (
      <RequireSignIn>
        <Shell />
      </RequireSignIn>
    ),
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/certifications', element: <CertificationsPage /> },
      { path: '/certifications/records/:id', element: <RecordPage /> },
      { path: '/notifications', element: <NotificationsPage /> },
      { path: '/practice', element: <PracticePage /> },
      { path: '/history', element: <HistoryPage /> },
      { path: '/team', element: <TeamPage /> },
      { path: '/team/:id', element: <PersonPage /> },
      { path: '/decisions', element: <DecisionsPage /> },
      { path: '/approvals', element: <DecisionsPage /> }, // the link of "to approve" notifications
      { path: '/playbooks', element: <PlaybooksPage /> },
      { path: '/playbooks/:runId', element: <PlaybooksPage /> }, // the link of playbook notifications
      { path: '/scorecard', element: <Suspense fallback={loading}><ScorecardPage /></Suspense> },
      { path: '/renewals', element: <RenewalsPage /> },
      ...HR_ROUTES,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
