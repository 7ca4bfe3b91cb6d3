import { batchChannel } from './batch-channel';

describe('batchChannel', () => {
  it('hands pushed batches to the consumer one at a time, in order', async () => {
    const log: string[] = [];
    const iterable = batchChannel<number>(async (onBatch) => {
      for (const b of [[1, 2], [3]]) {
        log.push(`push ${b}`);
        await onBatch(b);
        log.push(`taken ${b}`);
      }
    });
    const seen: number[][] = [];
    for await (const b of iterable) seen.push(b);
    expect(seen).toEqual([[1, 2], [3]]);
    expect(log[0]).toBe('push 1,2');
  });

  it('rethrows the producer failure to the consumer', async () => {
    const iterable = batchChannel<number>(async (onBatch) => {
      await onBatch([1]);
      throw new Error('bad file');
    });
    const seen: number[][] = [];
    await expect((async () => {
      for await (const b of iterable) seen.push(b);
    })()).rejects.toThrow('bad file');
    expect(seen).toEqual([[1]]);
  });
});
