import { ConfigError, DEV_JWT_SECRET, loadConfig } from './app-config';

describe('configuration', () => {
  it('uses safe defaults for development', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.jwtSecret).toBe(DEV_JWT_SECRET);
    expect(c.PRACTICE_HOUR_COST).toBe(50);
  });

  it('reads PRACTICE_HOUR_COST as a non-negative amount and names a bad one', () => {
    expect(loadConfig({ PRACTICE_HOUR_COST: '37.5' }).PRACTICE_HOUR_COST).toBe(37.5);
    expect(loadConfig({ PRACTICE_HOUR_COST: '0' }).PRACTICE_HOUR_COST).toBe(0);
    for (const bad of ['abc', '-1', '12.345', 'Infinity']) expect(() => loadConfig({ PRACTICE_HOUR_COST: bad })).toThrow(/^\s*- PRACTICE_HOUR_COST: /m);
  });

  it('remembers signed-in tokens for 5 seconds unless told otherwise (0 to 300) and names a bad value', () => {
    expect(loadConfig({}).IDENTITY_CACHE_SECONDS).toBe(5);
    expect(loadConfig({ IDENTITY_CACHE_SECONDS: '0' }).IDENTITY_CACHE_SECONDS).toBe(0);
    for (const bad of ['-1', '301', 'soon', '1.5']) expect(() => loadConfig({ IDENTITY_CACHE_SECONDS: bad })).toThrow(/^\s*- IDENTITY_CACHE_SECONDS: /m);
  });

  it('allows tokens to live 24 hours unless told otherwise (60 s to 30 days) and names a bad value', () => {
    expect(loadConfig({}).TOKEN_MAX_LIFETIME_SECONDS).toBe(86400);
    expect(loadConfig({ TOKEN_MAX_LIFETIME_SECONDS: '3600' }).TOKEN_MAX_LIFETIME_SECONDS).toBe(3600);
    for (const bad of ['0', '59', '2592001', 'forever', '1.5']) expect(() => loadConfig({ TOKEN_MAX_LIFETIME_SECONDS: bad })).toThrow(/^\s*- TOKEN_MAX_LIFETIME_SECONDS: /m);
  });

  it('serves metrics outside production, and in production only when enabled or given a token (at least 16 chars)', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars!!' };
    expect(loadConfig({}).metricsEnabled).toBe(true);
    expect(loadConfig({ METRICS_ENABLED: 'false' }).metricsEnabled).toBe(false);
    expect(loadConfig(prod).metricsEnabled).toBe(false);
    expect(loadConfig({ ...prod, METRICS_ENABLED: 'true' }).metricsEnabled).toBe(true);
    expect(loadConfig({ ...prod, METRICS_TOKEN: 'a-scrape-token-16+' }).metricsEnabled).toBe(true);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/^\s*- METRICS_TOKEN: /m);
  });

  it('names every bad value with a clear message', () => {
    try {
      loadConfig({ PORT: 'abc', ORG_TIME_ZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).problems.join('\n');
      expect(text).toMatch(/^PORT: /m);
      expect(text).toMatch(/^ORG_TIME_ZONE: /m);
      expect(text).toMatch(/^DATABASE_URL: /m);
      expect(text).toMatch(/^LOG_LEVEL: /m);
    }
  });

  it('refuses the development secret, or no verifier at all, in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(/development secret is refused/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET or OIDC_ISSUER/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });
});
