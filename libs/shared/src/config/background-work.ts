const flag = (v: string | undefined): boolean | undefined => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v.toLowerCase()));

/**
 * Whether this process runs background work (reminder delivery, schedules, monthly snapshots,
 * incentive lapses): WORKERS_IN_API (or its older name WORKERS) when set, otherwise on everywhere
 * but in tests, which drive each scheduler's tick themselves. One switch for every scheduler.
 */
export function backgroundWorkEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return flag(env.WORKERS_IN_API) ?? flag(env.WORKERS) ?? env.NODE_ENV !== 'test';
}
