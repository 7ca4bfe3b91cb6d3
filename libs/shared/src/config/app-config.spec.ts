import { ConfigError, DEV_JWT_SECRET, loadConfig } from './app-config';

describe('configuration', () => {
  it('uses safe defaults for development', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.jwtSecret).toBe(DEV_JWT_SECRET);
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
