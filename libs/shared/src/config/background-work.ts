const flag = (v: string | undefined): boolean | undefined => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v.toLowerCase()));

/**
 * Whether the API process runs the background jobs (reminder planning and delivery, connector
 * schedules, monthly snapshots, incentive lapses, step-due notices): WORKERS_IN_API (or its older
 * name WORKERS) when set, otherwise on everywhere but in tests, which drive each job's tick
 * themselves. One switch for every job; the worker process (apps/worker) runs them all regardless.
 */
export function backgroundWorkEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return flag(env.WORKERS_IN_API) ?? flag(env.WORKERS) ?? env.NODE_ENV !== 'test';
}
