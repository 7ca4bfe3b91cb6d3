import { randomBytes } from 'node:crypto';
import { ConnectorKeyError, connectorKeyFrom, SecretBox } from './secret-box';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips and never stores the plain text', () => {
    const sealed = box.seal({ apiKey: 'super-secret-value' }, 'connector-1');
    expect(sealed).not.toContain('super-secret-value');
    expect(box.open(sealed, 'connector-1')).toEqual({ apiKey: 'super-secret-value' });
  });

  it('refuses secrets sealed for another connector or with another key', () => {
    const sealed = box.seal({ apiKey: 'x' }, 'connector-1');
    expect(() => box.open(sealed, 'connector-2')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'connector-1')).toThrow();
  });

  it('derives a development key, but refuses a missing or development key in production', () => {
    expect(connectorKeyFrom({}, false)).toHaveLength(32);
    expect(() => connectorKeyFrom({}, true)).toThrow(ConnectorKeyError);
    const dev = connectorKeyFrom({}, false).toString('hex');
    expect(() => connectorKeyFrom({ CONNECTOR_SECRET_KEY: dev }, true)).toThrow(/development key/);
    expect(() => connectorKeyFrom({ CONNECTOR_SECRET_KEY: 'short' }, false)).toThrow(/32 bytes/);
    expect(connectorKeyFrom({ CONNECTOR_SECRET_KEY: randomBytes(32).toString('base64') }, true)).toHaveLength(32);
  });
});
