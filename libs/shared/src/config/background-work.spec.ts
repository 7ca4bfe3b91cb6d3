import { backgroundWorkEnabled } from './background-work';

describe('backgroundWorkEnabled (one switch for every scheduler)', () => {
  it.each([
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'test' }, false],
    [{ NODE_ENV: 'production', WORKERS_IN_API: 'false' }, false],
    [{ NODE_ENV: 'test', WORKERS_IN_API: 'true' }, true],
    [{ NODE_ENV: 'test', WORKERS: '1' }, true],
    [{ NODE_ENV: 'production', WORKERS: '0' }, false],
    [{ NODE_ENV: 'production', WORKERS_IN_API: 'true', WORKERS: '0' }, true],
  ])('%j → %s', (env, expected) => {
    expect(backgroundWorkEnabled(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});
