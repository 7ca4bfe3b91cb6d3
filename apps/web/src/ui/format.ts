import dayjs from 'dayjs';

const LEVELS: Record<string, string> = { BASELINE: 'Baseline', PROFICIENT: 'Proficient', ADVANCED: 'Advanced' };
export const levelName = (level: string | null | undefined) => (level ? (LEVELS[level] ?? level) : 'Not yet baseline');

const STATUSES: Record<string, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'green' },
  RENEWAL_DUE: { label: 'Renewal due', color: 'yellow' },
  IN_GRACE: { label: 'In grace period', color: 'orange' },
  EXPIRED: { label: 'Expired', color: 'red' },
  REVOKED: { label: 'Revoked', color: 'gray' },
  SUPERSEDED: { label: 'Replaced by a renewal', color: 'gray' },
  PROPOSED: { label: 'Waiting for a decision', color: 'yellow' },
  PENDING: { label: 'Waiting for a decision', color: 'yellow' },
  APPROVED: { label: 'Approved', color: 'green' },
  REJECTED: { label: 'Rejected', color: 'red' },
};
export const statusLabel = (status: string) => STATUSES[status]?.label ?? status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');
export const statusColor = (status: string) => STATUSES[status]?.color ?? 'gray';

export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('D MMM YYYY') : '—');
export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('D MMM YYYY, HH:mm') : '—');

export function daysLeftText(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'Never expires';
  if (days === 0) return 'Due today';
  if (days < 0) return `${-days} ${-days === 1 ? 'day' : 'days'} overdue`;
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}

export const hours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
