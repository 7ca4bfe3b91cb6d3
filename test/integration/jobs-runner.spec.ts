import { Client } from 'pg';
import { deadLetterQueue } from '@app/jobs';
import { eventually, jobSchema, testJobRunner } from '../support/job-runners';

/**
 * The job system on the test database (PostgreSQL, or the embedded engine over its socket): pg-boss
 * starts in its own schema, retries with backoff then dead-letters, fires a cron schedule registered
 * by two instances once, and gives running jobs their shutdown grace.
 */
describe('job system (pg-boss)', () => {
  const { schema, drop } = jobSchema();
  afterAll(drop);

  async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  it('sends and runs jobs again when started again after stop()', async () => {
    const { runner } = testJobRunner(schema);
    const ran: number[] = [];
    runner.define({ name: 'restarted', handler: async (data: { n: number }) => void ran.push(data.n) });
    await runner.start();
    await runner.stop();
    expect(await runner.send('restarted', { n: 1 })).toBeNull(); // stopped: nothing is taken
    await runner.start();
    try {
      expect(await runner.send('restarted', { n: 2 })).not.toBeNull();
      await eventually(async () => ran.includes(2), 20_000, 'the job sent after the restart');
    } finally {
      await runner.stop();
    }
  });

  it('starts in its own schema, creates each queue with a dead-letter queue, retries a failing job then dead-letters it', async () => {
    const { runner } = testJobRunner(schema);
    let attempts = 0;
    runner.define({ name: 'always-fails', retryLimit: 2, retryDelaySeconds: 1, handler: async () => { attempts++; throw new Error('receiver down'); } });
    const done: string[] = [];
    runner.define({ name: 'dead-letters-seen', handler: async () => undefined });
    runner.onJob((e) => done.push(`${e.queue}:${e.ok}`));
    await runner.start();
    try {
      const queues = await sql<{ name: string; retry_limit: number; retry_backoff: boolean; dead_letter: string }>(`SELECT name, retry_limit, retry_backoff, dead_letter FROM ${schema}.queue ORDER BY name`);
      expect(queues.find((q) => q.name === 'always-fails')).toEqual({ name: 'always-fails', retry_limit: 2, retry_backoff: true, dead_letter: 'always-fails-dead' });
      expect(queues.map((q) => q.name)).toEqual(expect.arrayContaining(['always-fails-dead', 'dead-letters-seen-dead']));

      const id = await runner.send('always-fails', { n: 1 });
      await eventually(async () => (await sql(`SELECT 1 FROM ${schema}.job WHERE name = $1`, [deadLetterQueue('always-fails')])).length === 1, 40_000, 'the dead letter');
      expect(attempts).toBe(3); // the first try and two retries
      const [failed] = await sql<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM ${schema}.job WHERE id = $1`, [id]);
      expect(failed).toEqual({ state: 'failed', retry_count: 2 });
      const [letter] = await sql<{ data: unknown }>(`SELECT data FROM ${schema}.job WHERE name = 'always-fails-dead'`);
      expect(letter.data).toEqual({ n: 1 });
      expect(done.filter((d) => d === 'always-fails:false')).toHaveLength(3);
    } finally {
      await runner.stop();
    }
  }, 60_000);

  it('a cron schedule registered by two instances fires once', async () => {
    // Stay inside one minute: the schedule fires once a minute, so the window must not cross a minute boundary.
    while (new Date().getSeconds() > 40 || new Date().getSeconds() < 1) await new Promise((r) => setTimeout(r, 500));
    const fired: string[] = [];
    const instances = [testJobRunner(schema), testJobRunner(schema)];
    instances.forEach(({ runner }, i) => runner.define({ name: 'every-minute', cron: '* * * * *', handler: async () => void fired.push(`instance ${i}`) }));
    await Promise.all(instances.map(({ runner }) => runner.start()));
    try {
      await eventually(() => fired.length > 0, 15_000, 'the first fire');
      // both instances keep checking the schedule every second; nobody fires it again this minute
      await new Promise((r) => setTimeout(r, 6000));
      expect(fired).toHaveLength(1);
      const schedules = await sql<{ name: string; cron: string }>(`SELECT name, cron FROM ${schema}.schedule`);
      expect(schedules).toEqual([{ name: 'every-minute', cron: '* * * * *' }]);
    } finally {
      await Promise.all(instances.map(({ runner }) => runner.stop()));
    }
  }, 60_000);

  it('on stop, takes no new job, tells running handlers to finish, and waits for them within the grace period', async () => {
    const { runner } = testJobRunner(schema, 3000);
    const events: string[] = [];
    runner.define({
      name: 'slow-steps',
      handler: async (_data, ctx) => {
        events.push('started');
        for (let step = 0; step < 50 && !ctx.signal.aborted; step++) await new Promise((r) => setTimeout(r, 100));
        await new Promise((r) => setTimeout(r, 300)); // the step in flight finishes
        events.push(ctx.signal.aborted ? 'wrapped up after stop' : 'ran to the end');
      },
    });
    await runner.start();
    await runner.send('slow-steps');
    await runner.send('slow-steps', { second: true });
    await eventually(() => events.length > 0, 15_000, 'the first job');
    const t0 = Date.now();
    await runner.stop();
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(events).toEqual(['started', 'wrapped up after stop']);
    const rows = await sql<{ state: string }>(`SELECT state FROM ${schema}.job WHERE name = 'slow-steps' ORDER BY created_on`);
    expect(rows.map((r) => r.state)).toEqual(['completed', 'created']);
    expect(await runner.send('slow-steps')).toBeNull();
  }, 60_000);
});
