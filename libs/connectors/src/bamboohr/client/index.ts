/** BambooHR HTTP client and the mapping of its employee rows to neutral records. No database. */
export * from './config';
export * from './errors';
export * from './client';
export * from './mapper';
export type * from './types';
export { parseRetryAfter, backoffDelay } from './retry';
