/**
 * Turns a push-style producer (a parser calling `onBatch` and awaiting it) into an async iterable the sync
 * engine pulls from, holding one batch at a time: the parser waits until the engine has taken the batch.
 */
export function batchChannel<T>(produce: (onBatch: (batch: T[]) => Promise<void>) => Promise<unknown>): AsyncIterable<T[]> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T[]> {
      let pending: { batch: T[]; taken: () => void } | null = null;
      let wake: (() => void) | null = null;
      let done = false;
      let failure: unknown = null;
      const signal = () => {
        wake?.();
        wake = null;
      };
      void produce(
        (batch) =>
          new Promise<void>((taken) => {
            pending = { batch, taken };
            signal();
          }),
      ).then(
        () => {
          done = true;
          signal();
        },
        (e) => {
          failure = e ?? new Error('producer failed');
          done = true;
          signal();
        },
      );
      return {
        async next(): Promise<IteratorResult<T[]>> {
          while (!pending && !done) await new Promise<void>((r) => (wake = r));
          if (pending) {
            const { batch, taken } = pending;
            pending = null;
            taken();
            return { value: batch, done: false };
          }
          if (failure) throw failure;
          return { value: undefined, done: true };
        },
      };
    },
  };
}
