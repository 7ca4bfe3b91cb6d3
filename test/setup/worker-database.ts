import { workerUrlVariable } from './worker-databases';

/**
 * Runs before each test file, in its worker: points DATABASE_URL at this worker's own database
 * (made by the global setup), so no two workers ever share data.
 */
const url = process.env[workerUrlVariable(process.env.JEST_WORKER_ID ?? '1')];
if (url) process.env.DATABASE_URL = url;
