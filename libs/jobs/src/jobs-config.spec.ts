import { ConfigError } from '@app/shared';
import { loadJobsConfig } from './jobs-config';

describe('job settings', () => {
  it('default to a shutdown grace under 10 s, the pgboss schema and a one-second poll', () => {
    expect(loadJobsConfig({})).toMatchObject({ JOBS_SHUTDOWN_GRACE_MS: 8000, JOBS_SCHEMA: 'pgboss', JOBS_POLL_SECONDS: 1 });
    expect(loadJobsConfig({ JOBS_SHUTDOWN_GRACE_MS: '3000', JOBS_POLL_SECONDS: '0.5' })).toMatchObject({ JOBS_SHUTDOWN_GRACE_MS: 3000, JOBS_POLL_SECONDS: 0.5 });
  });

  it.each([
    ['JOBS_SHUTDOWN_GRACE_MS', { JOBS_SHUTDOWN_GRACE_MS: '0' }],
    ['JOBS_SHUTDOWN_GRACE_MS', { JOBS_SHUTDOWN_GRACE_MS: 'soon' }],
    ['JOBS_SCHEMA', { JOBS_SCHEMA: 'pg-boss; DROP' }],
    ['JOBS_POLL_SECONDS', { JOBS_POLL_SECONDS: '0.1' }],
  ])('refuse a bad %s, naming it', (field, env) => {
    expect(() => loadJobsConfig(env)).toThrow(ConfigError);
    expect(() => loadJobsConfig(env)).toThrow(field);
  });
});
