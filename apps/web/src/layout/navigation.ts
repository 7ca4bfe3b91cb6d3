import type { Me } from './me';

export interface NavItem { path: string; label: string }
export interface NavSection { label: string; items: NavItem[]; visible: (me: Me) => boolean }

/**
 * The console's menu by role. Add a section here (and its routes in routes.tsx) for new pages;
 * an HR section would be `visible: (me) => me.roles.includes('HR_ADMIN')`.
 */
export const NAVIGATION: NavSection[] = [
  {
    label: 'Me',
    visible: () => true,
    items: [
      { path: '/', label: 'Home' },
    ],
  },
  {
    label: 'My team',
    visible: (me) => me.roles.includes('MANAGER'),
    items: [
    ],
  },
];
