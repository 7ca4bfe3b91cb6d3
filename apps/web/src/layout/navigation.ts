import type { Me } from './me';

export interface NavItem { path: string; label: string }
export interface NavSection { label: string; items: NavItem[]; visible: (me: Me) => boolean }

/**
 * The console's menu by role. Add a section here (and its routes in routes.tsx) for new pages;
 * HR's section is for HR_ADMIN only (its pages are lazy-loaded).
 */
export const NAVIGATION: NavSection[] = [
  {
    label: 'Me',
    visible: () => true,
    items: [
      { path: '/', label: 'Home' },
      { path: '/certifications', label: 'My certifications' },
      { path: '/notifications', label: 'Notifications' },
      { path: '/practice', label: 'Practice budget' },
      { path: '/history', label: 'Snapshot history' },
    ],
  },
  {
    label: 'My team',
    visible: (me) => me.roles.includes('MANAGER'),
    items: [
      { path: '/team', label: 'Team overview' },
      { path: '/decisions', label: 'Awaiting my decision' },
      { path: '/playbooks', label: 'Playbooks' },
      { path: '/scorecard', label: 'My scorecard' },
      { path: '/renewals', label: 'Renewals due' },
    ],
  },
  {
    label: 'HR',
    visible: (me) => me.roles.includes('HR_ADMIN'),
    items: [
      { path: '/hr/roles', label: 'Job roles and paths' },
      { path: '/hr/certifications', label: 'Certification catalog' },
      { path: '/hr/incentives', label: 'Incentives' },
      { path: '/hr/outcomes', label: 'Outcomes' },
      { path: '/hr/budget-defaults', label: 'Practice budget defaults' },
      { path: '/hr/playbook-templates', label: 'Playbook templates' },
      { path: '/hr/connectors', label: 'Connectors' },
      { path: '/hr/audit', label: 'Audit log' },
    ],
  },
];
