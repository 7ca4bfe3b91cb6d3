import { backoffDelay, parseRetryAfter, sleep } from './retry';

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-06-01T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });

  it('reads an HTTP-date, past dates meaning now', () => {
    expect(parseRetryAfter('Sat, 01 Jun 2024 12:00:45 GMT', now)).toBe(45_000);
    expect(parseRetryAfter('Sat, 01 Jun 2024 11:00:00 GMT', now)).toBe(0);
  });

  it.each([null, undefined, '', 'soon', '-5', 'Tomorrow 10am', '12:00'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});

describe('backoffDelay', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000 };

  it('doubles per attempt with equal jitter, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 10].map((a) => backoffDelay(a, options, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 10].map((a) => backoffDelay(a, options, () => 0.999999))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
});

describe('sleep', () => {
  it('waits, and rejects early when aborted', async () => {
    const start = Date.now();
    await sleep(20);
    expect(Date.now() - start).toBeGreaterThanOrEqual(15);
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
