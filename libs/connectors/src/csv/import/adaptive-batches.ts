/**
 * Re-cuts a stream of batches so each takes its consumer about `targetMs`: the time from handing a batch over to
 * being asked for the next one is measured, and the next batch is sized to match (between `min` and `max` rows).
 * A batch is one transaction of the sync; on the embedded engine it also holds the event loop (the engine runs
 * statements on it), so its duration is the wait it imposes on every other request, whatever the machine's speed.
 */
export async function* adaptiveBatches<T>(source: AsyncIterable<T[]>, options: { max: number; min?: number; targetMs: number; now?: () => number }): AsyncGenerator<T[]> {
  const now = options.now ?? (() => performance.now());
  const min = Math.min(options.min ?? 50, options.max);
  let size = Math.max(min, Math.floor(options.max / 4));
  let buffer: T[] = [];
  const take = async function* (all: boolean): AsyncGenerator<T[]> {
    while (buffer.length >= size || (all && buffer.length > 0)) {
      const batch = buffer.slice(0, size);
      buffer = buffer.slice(batch.length);
      const handedAt = now();
      yield batch;
      const perRow = (now() - handedAt) / batch.length;
      if (perRow > 0) size = Math.round(Math.min(options.max, Math.max(min, options.targetMs / perRow)));
    }
  };
  for await (const incoming of source) {
    buffer = buffer.length > 0 ? buffer.concat(incoming) : incoming;
    yield* take(false);
  }
  yield* take(true);
}
