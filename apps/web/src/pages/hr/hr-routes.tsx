import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Center, Loader } from '@mantine/core';
import type { RouteObject } from 'react-router-dom';

/**
 * HR's pages, each loaded only when opened (React.lazy): employees and managers never download them.
 */
const page = (load: () => Promise<Record<string, ComponentType>>, name: string): LazyExoticComponent<ComponentType> =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const ConnectorsPage = page(() => import('./ConnectorsPage'), 'ConnectorsPage');
const ConnectorPage = page(() => import('./ConnectorPage'), 'ConnectorPage');
const OutcomesPage = page(() => import('./OutcomesPage'), 'OutcomesPage');
const AuditLogPage = page(() => import('./AuditLogPage'), 'AuditLogPage');
const PlaybookTemplatesPage = page(() => import('./PlaybookTemplatesPage'), 'PlaybookTemplatesPage');
const JobRolesPage = page(() => import('./JobRolesPage'), 'JobRolesPage');
const RolePathPage = page(() => import('./RolePathPage'), 'RolePathPage');
const CatalogPage = page(() => import('./CatalogPage'), 'CatalogPage');
const IncentivesPage = page(() => import('./IncentivesPage'), 'IncentivesPage');
const BudgetDefaultsPage = page(() => import('./BudgetDefaultsPage'), 'BudgetDefaultsPage');

const loading = (
  <Center py="xl">
    <Loader aria-label="Loading" />
  </Center>
);
const suspended = (Page: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={loading}>
    <Page />
  </Suspense>
);

export const HR_ROUTES: RouteObject[] = [
  { path: '/hr/roles', element: suspended(JobRolesPage) },
  { path: '/hr/roles/:id', element: suspended(RolePathPage) },
  { path: '/hr/certifications', element: suspended(CatalogPage) },
  { path: '/hr/incentives', element: suspended(IncentivesPage) },
  { path: '/hr/budget-defaults', element: suspended(BudgetDefaultsPage) },
  { path: '/hr/connectors', element: suspended(ConnectorsPage) },
  { path: '/hr/connectors/:id', element: suspended(ConnectorPage) },
  { path: '/hr/outcomes', element: suspended(OutcomesPage) },
  { path: '/hr/audit', element: suspended(AuditLogPage) },
  { path: '/hr/playbook-templates', element: suspended(PlaybookTemplatesPage) },
];
