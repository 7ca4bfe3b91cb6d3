import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Development-only key material: derived from a fixed, public phrase, refused in production. */
export const DEV_CONNECTOR_KEY_PHRASE = 'skillpath-development-connector-key-do-not-use-in-production';

export class ConnectorKeyError extends Error {}

/**
 * Reads CONNECTOR_SECRET_KEY: 32 bytes as 64 hex characters or base64. Unset outside production = a key
 * derived (SHA-256) from DEV_CONNECTOR_KEY_PHRASE; unset or the development key in production = refused.
 */
export function connectorKeyFrom(env: { CONNECTOR_SECRET_KEY?: string }, production: boolean): Buffer {
  const raw = env.CONNECTOR_SECRET_KEY?.trim();
  const devKey = createHash('sha256').update(DEV_CONNECTOR_KEY_PHRASE).digest();
  if (!raw) {
    if (production) throw new ConnectorKeyError('CONNECTOR_SECRET_KEY: required in production (32 bytes, hex or base64)');
    return devKey;
  }
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new ConnectorKeyError('CONNECTOR_SECRET_KEY: must be 32 bytes (64 hex characters or base64 of 32 bytes)');
  if (production && key.equals(devKey)) throw new ConnectorKeyError('CONNECTOR_SECRET_KEY: the development key is refused in production');
  return key;
}

/** AES-256-GCM sealing of small JSON secrets: "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new ConnectorKeyError('A connector secret key must be 32 bytes');
  }

  seal(value: Record<string, string>, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad));
    const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  /** Throws when the text was sealed with another key, for another connector, or tampered with. */
  open(sealed: string, aad: string): Record<string, string> {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new ConnectorKeyError('Unreadable sealed secrets');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const text = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    return JSON.parse(text) as Record<string, string>;
  }
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
