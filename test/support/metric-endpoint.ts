import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { connectorKeyFrom, SecretBox } from '@app/connectors';
import { makeOrg, uniqueName } from './factories';

export interface Reply {
  status: number;
  text: string;
  headers?: Record<string, string>;
}

/** A local HTTP server standing in for a vendor's metrics API: answers what the test says, records what it was asked. */
export interface MetricEndpoint {
  baseUrl: string;
  /** Every request: path with query, and the X-Api-Token header. */
  requests: Array<{ path: string; auth: string | undefined }>;
  answer(reply: Reply | ((url: URL) => Reply)): void;
  close(): Promise<void>;
}

export async function startMetricEndpoint(): Promise<MetricEndpoint> {
  let reply: Reply | ((url: URL) => Reply) = { status: 200, text: '{}' };
  const requests: MetricEndpoint['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', auth: req.headers['x-api-token'] as string | undefined });
    const r = typeof reply === 'function' ? reply(new URL(req.url ?? '/', 'http://local')) : reply;
    res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
    res.end(r.text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    answer: (r) => {
      reply = r;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const metricTag = () => uniqueName('m').replace(/\s+/g, '-').toLowerCase();

/** An org, a metric HR defined (raw insert), and Bob known to an HRIS connector by an external id. */
export async function metricOrg(ds: DataSource) {
  const org = await makeOrg(ds);
  const key = metricTag();
  await ds.query(`INSERT INTO metric_definition (key, name, unit) VALUES ($1, 'Tickets solved', 'tickets')`, [key]);
  const [hris] = await ds.query(`INSERT INTO connector (kind, name) VALUES ('CSV', $1) RETURNING id`, [metricTag()]);
  const bobExt = `B-${key}`;
  await ds.query(`INSERT INTO external_ref (connector_id, entity, external_id, internal_id) VALUES ($1, 'employee', $2, $3)`, [hris.id, bobExt, org.bob.id]);
  return { org, key, hrisId: hris.id as string, bobExt };
}

/** A REST_METRICS connector on `url` whose auth header (X-Api-Token) is sealed as a secret. */
export async function restMetricsConnector(ds: DataSource, url: string, hrisId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const settings = {
    url, authHeaderName: 'X-Api-Token', rowsPath: 'data.items', hrisConnectorId: hrisId, timeoutMs: 2000,
    fieldMap: { employee: 'person.id', metric: 'kpi', period: 'granularity', periodStart: 'from', value: 'score' },
    ...extra,
  };
  const [row] = await ds.query(`INSERT INTO connector (kind, name, settings) VALUES ('REST_METRICS', $1, $2) RETURNING id`, [metricTag(), JSON.stringify(settings)]);
  const box = new SecretBox(connectorKeyFrom(process.env, false));
  await ds.query(`UPDATE connector SET secrets_sealed = $2 WHERE id = $1`, [row.id, box.seal({ authHeader: 'token-123' }, row.id)]);
  return row.id;
}
