import { HrisPull, SourceEmployee, SyncField } from '@app/connectors';

/**
 * The pull of the kill -9 test, the same in the child process that is killed and in the test that takes over:
 * `rows` people in batches of `batchSize`, under one resume key, optionally pausing between batches so the test
 * can kill the child mid-run.
 */
export function killablePull(tag: string, rows: number, batchSize: number, pauseMs = 0, onRow?: () => void): HrisPull {
  const fields: SyncField[] = ['firstName', 'lastName', 'email', 'status'];
  const person = (i: number): SourceEmployee => ({ externalId: `k${i}`, firstName: `First ${i}`, lastName: `Last ${i}`, email: `k${i}.${tag}@example.test`, status: 'ACTIVE' });
  async function* batches(): AsyncGenerator<SourceEmployee[]> {
    for (let i = 0; i < rows; i += batchSize) {
      if (i > 0 && pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
      const batch = Array.from({ length: Math.min(batchSize, rows - i) }, (_, j) => person(i + j));
      for (const _ of batch) onRow?.();
      yield batch;
    }
  }
  return { fields, batches: batches(), resumeKey: `killable-${tag}-${rows}-${batchSize}` };
}
