import type { Pool } from 'pg';

/** autocannon's programmatic API, as much of it as the benchmarks use (it ships no types). */
interface LoadResult {
  requests: { total: number };
  duration: number;
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: { url: string; method: string; headers: Record<string, string>; body: string; connections: number; duration: number }) => Promise<LoadResult>;
const autocannon = require('autocannon') as Autocannon;

export interface Throughput {
  perSecond: number;
  /** Highest resident set size of this process (the service, and the load generator with it) while under load. */
  peakRssMb: number;
}

/** Samples this process's RSS every 50 ms while `work` runs; returns the work's result and the peak. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    return { result: await work(), peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** Requests/s of one GraphQL request sent by `connections` concurrent kept-alive clients (autocannon) for `seconds`. */
export async function httpThroughput(request: { url: string; headers: Record<string, string>; body: string }, connections: number, seconds: number): Promise<Throughput> {
  // autocannon frames the body itself: a second content-length header would make every request malformed.
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([k]) => k.toLowerCase() !== 'content-length'));
  const { result, peakRssMb } = await withPeakRss(() => autocannon({ ...request, headers, method: 'POST', connections, duration: seconds }));
  if (result.non2xx || result.errors) throw new Error(`load run failed: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { perSecond: result.requests.total / (result.duration || seconds), peakRssMb };
}

/** Statements/s of one SQL statement run by `clients` concurrent loops over the same pool for `seconds`. */
export async function sqlThroughput(pool: Pool, sql: string, params: unknown[], clients: number, seconds: number): Promise<Throughput> {
  const { result, peakRssMb } = await withPeakRss(async () => {
    const end = Date.now() + seconds * 1000;
    let done = 0;
    const loop = async () => {
      while (Date.now() < end) {
        await pool.query(sql, params);
        done++;
      }
    };
    const t0 = Date.now();
    await Promise.all(Array.from({ length: clients }, loop));
    return done / ((Date.now() - t0) / 1000);
  });
  return { perSecond: result, peakRssMb };
}
