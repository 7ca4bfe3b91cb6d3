import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { MetricObservationWriteRepository, ObservationValue } from '@app/performance-metrics';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { makeEmployee } from '../support/factories';
import { metricTag } from '../support/metric-endpoint';

/** The port through which sources write metric_observation: counts, writes only what differs, and a dry run writes nothing. */
describe('metric observation writes', () => {
  let ds: DataSource;
  let writes: MetricObservationWriteRepository;
  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 2));
    await ds.initialize();
    writes = new MetricObservationWriteRepository(new TransactionHost(ds));
  });
  afterAll(() => ds.destroy());

  async function world() {
    const [alice, bob] = [await makeEmployee(ds), await makeEmployee(ds)];
    const [metric] = await ds.query(`INSERT INTO metric_definition (key, name) VALUES ($1, 'Tickets') RETURNING id`, [metricTag()]); // a test may set up any table
    const at = (employeeId: string, periodStart: string, value: number): ObservationValue => ({ employeeId, metricId: metric.id, period: 'MONTH', periodStart, value });
    const stored = async () =>
      (await ds.query(
        `SELECT employee_id, to_char(period_start, 'YYYY-MM-DD') AS start, value, source_connector_id AS source FROM metric_observation WHERE metric_id = $1 ORDER BY employee_id, period_start`,
        [metric.id],
      )) as Array<{ employee_id: string; start: string; value: number; source: string | null }>;
    return { alice, bob, at, stored };
  }

  it('creates new values, updates those that differ and leaves equal ones alone, counting each', async () => {
    const { alice, bob, at, stored } = await world();
    const first = randomUUID();
    expect(await writes.upsert(first, [at(alice.id, '2026-01-01', 3), at(bob.id, '2026-01-01', 5)], false)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const second = randomUUID();
    expect(await writes.upsert(second, [at(alice.id, '2026-01-01', 3), at(bob.id, '2026-01-01', 6), at(bob.id, '2026-02-01', 1)], false))
      .toEqual({ created: 1, updated: 1, unchanged: 1 });
    const rows = await stored();
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(expect.arrayContaining([
      { employee_id: alice.id, start: '2026-01-01', value: 3, source: first },
      { employee_id: bob.id, start: '2026-01-01', value: 6, source: second },
      { employee_id: bob.id, start: '2026-02-01', value: 1, source: second },
    ]));
  });

  it('dry, counts what it would do and writes nothing', async () => {
    const { alice, at, stored } = await world();
    const source = randomUUID();
    await writes.upsert(source, [at(alice.id, '2026-01-01', 3)], false);
    expect(await writes.upsert(randomUUID(), [at(alice.id, '2026-01-01', 4), at(alice.id, '2026-02-01', 2)], true)).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await stored()).toEqual([{ employee_id: alice.id, start: '2026-01-01', value: 3, source }]);
  });

  it('given nothing, counts nothing', async () => {
    expect(await writes.upsert(randomUUID(), [], false)).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });
});
