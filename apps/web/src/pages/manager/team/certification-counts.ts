export interface Counts { due: number; grace: number; expired: number }

/** How many of a person's certifications are due for renewal, in grace, or expired. */
export function certificationCounts(certs: ReadonlyArray<{ status: string }>): Counts {
  const counts: Counts = { due: 0, grace: 0, expired: 0 };
  for (const c of certs) {
    if (c.status === 'RENEWAL_DUE') counts.due++;
    else if (c.status === 'IN_GRACE') counts.grace++;
    else if (c.status === 'EXPIRED') counts.expired++;
  }
  return counts;
}
