import type { DataSource } from 'typeorm';
import { JobsService } from '@app/jobs';
import { Metrics } from '@app/shared';
import { eventually, jobSchema } from '../support/job-runners';

/** GET /metrics sees the job system: each job's duration and outcome, and every queue's depth at scrape time. */
describe('job metrics', () => {
  const { schema, drop } = jobSchema();
  const saved = { ...process.env };
  beforeAll(() => Object.assign(process.env, { JOBS_SCHEMA: schema, JOBS_POLL_SECONDS: '1', JOBS_POOL_SIZE: '2' }));
  afterAll(async () => {
    process.env = saved;
    await drop();
  });

  it('counts completed and failed jobs per queue and reports the queues, dead letters included', async () => {
    const metrics = new Metrics();
    const jobs = new JobsService({ options: { url: process.env.DATABASE_URL } } as unknown as DataSource, metrics, true);
    jobs.define({ name: 'metered', handler: async () => undefined });
    jobs.define({ name: 'metered-fails', retryLimit: 0, handler: async () => { throw new Error('receiver down'); } });
    await jobs.onApplicationBootstrap();
    try {
      await jobs.send('metered', {});
      await jobs.send('metered-fails', {});
      const body = async () => (await metrics.scrape()).body;
      await eventually(async () => /skillpath_job_failures_total\{queue="metered-fails"\} 1/.test(await body())
        && /skillpath_job_duration_seconds_count\{queue="metered",result="completed"\} 1/.test(await body()), 30_000, 'both jobs in the metrics');
      const text = await body();
      expect(text).toMatch(/skillpath_job_duration_seconds_count\{queue="metered-fails",result="failed"\} 1/);
      expect(text).toMatch(/skillpath_job_queue_depth\{queue="metered",state="waiting"\} 0/);
      expect(text).toMatch(/skillpath_job_queue_depth\{queue="metered-fails",state="dead"\} \d/);
    } finally {
      await jobs.beforeApplicationShutdown();
    }
  }, 60_000);
});
