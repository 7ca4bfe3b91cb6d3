import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import request from 'supertest';
import { makeEmployee } from '../support/factories';
import { BadCall, badCallsOf, DEEP_JSON, DeepJson, selectionOf } from '../support/schema-inputs';
import { startTestApp, TestApp } from '../support/test-app';

type Answer = { status: number; errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };

/** A value written as a GraphQL literal of its type. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(v, type.ofType)).join(', ')}]`;
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) return `{${Object.entries(value as object).map(([k, v]) => `${k}: ${literal(v, type.getFields()[k].type)}`).join(', ')}}`;
  if (value instanceof DeepJson) return value.write(':').replace(/"a":/g, 'a: ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value).replace(/"(\w+)":/g, '$1: ');
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function documentOf(schema: GraphQLSchema, call: BadCall, mode: 'variables' | 'literals'): { query: string; variables: Record<string, unknown> } {
  const root = call.operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  const args = (root?.getFields()[call.field].args ?? []).filter((a) => a.name in call.args);
  const selection = selectionOf(schema, call);
  if (mode === 'literals') return { query: `${call.operation} { ${call.field}(${args.map((a) => `${a.name}: ${literal(call.args[a.name], a.type)}`).join(', ')})${selection} }`, variables: {} };
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  return { query: `${call.operation}(${defs}) { ${call.field}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`, variables: call.args };
}

/** Runs `work` over `items`, `width` at a time. */
async function pooled<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  }));
  return results;
}

/**
 * Schema-driven: every query and mutation, read from the running schema, gets malformed ids, impossible dates,
 * huge numbers, NUL, control characters and lone surrogates in each argument and input field (the other required
 * fields valid-looking), as an HR admin, both as variables and as literals. Nothing may be an internal error or a
 * 5xx; every malformed value is BAD_USER_INPUT naming where it was (a literal the parser cannot read, or one over
 * the query cost limit, is a 400).
 */
describe('bad input to every operation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let token: string;
  let url: string;

  beforeAll(async () => {
    // The HR admin's token is looked up once, not on each of the thousands of calls.
    t = await startTestApp({ IDENTITY_CACHE_SECONDS: '300' });
    schema = t.app.get(GraphQLSchemaHost).schema;
    // Listening once: supertest on an unbound server opens a new listener per request.
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    token = t.token((await makeEmployee(t.dataSource, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
  });
  afterAll(() => t.close());

  /** The body as text, the deep JSON written in place of its marker. */
  const bodyOf = (body: { query: string; variables: Record<string, unknown> }) => JSON.stringify(body).replace(`"${DeepJson.MARKER}"`, () => DEEP_JSON.write(':'));
  const send = (body: string): Promise<Answer> =>
    request(url).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send(body)
      .then((res) => ({ status: res.status, errors: res.body?.errors }));

  for (const mode of ['variables', 'literals'] as const) {
    it(`answers every bad ${mode === 'variables' ? 'variable' : 'literal'} without an internal error, naming the argument`, async () => {
      const calls = badCallsOf(schema);
      const operations = new Set(calls.map((c) => `${c.operation}.${c.field}`));
      expect(operations.size).toBeGreaterThan(60);
      process.stdout.write(`${mode}: ${calls.length} calls over ${operations.size} operations\n`);
      const answers = await pooled(calls, 8, (call) => send(bodyOf(documentOf(schema, call, mode))));
      const problems: string[] = [];
      calls.forEach((call, i) => {
        const { status, errors } = answers[i];
        const where = `${call.operation} ${call.field} ${call.at} (${call.label})`;
        if (status >= 500 || errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push(`${where}: ${status} ${errors?.[0]?.message}`);
        else if (!call.edge) {
          const first = errors?.[0];
          // A literal the parser cannot read (a lone surrogate escape), or one whose size trips the query cost limit.
          const limitRefused = mode === 'literals' && status === 400 && (first?.extensions?.code === 'GRAPHQL_PARSE_FAILED' || /Query Cost limit/.test(first?.message ?? ''));
          if (!limitRefused && (first?.extensions?.code !== 'BAD_USER_INPUT' || first.extensions.field !== call.at)) {
            problems.push(`${where}: not refused as BAD_USER_INPUT naming ${call.at}: ${status} ${JSON.stringify(first)}`);
          }
        }
      });
      expect(problems).toEqual([]);
      // About 15 s on an idle machine; the margin is for a loaded CI runner.
    }, 240_000);
  }
});
