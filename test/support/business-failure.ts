import { AuditRow, entriesOf, probe } from './audit-probe';
import { TestApp } from './test-app';

/**
 * Runs a mutation expected to answer with a BusinessError member of its result union (not a top-level error) and
 * returns that member and the audit entries the call left, so a test can check the errorCode and that the refusal
 * was recorded once, with the code as its reason.
 */
export async function businessFailure(
  t: TestApp,
  call: { query: string; variables?: Record<string, unknown>; token: string },
  operation: string,
): Promise<{ result: Record<string, unknown>; entries: AuditRow[] }> {
  const res = await probe(t, call);
  expect(res.body.errors).toBeUndefined();
  const result = res.body.data?.[operation] as Record<string, unknown>;
  return { result, entries: await entriesOf(t, res.requestId) };
}
