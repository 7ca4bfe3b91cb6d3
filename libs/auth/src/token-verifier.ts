import { Injectable } from '@nestjs/common';
import { createSecretKey, KeyObject } from 'node:crypto';
import jwt, { JwtHeader, JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import { AppConfig } from '@app/shared';

export interface VerifiedToken {
  subject: string;
  /** The `exp` claim in epoch milliseconds (every accepted token has one). */
  expiresAtMs: number;
}

/**
 * Verifies bearer JWTs: HS256 with the configured secret, or RS256/ES256 against an OIDC issuer's
 * JWKS. Returns the subject claim and the token's expiry, or null when the token is not valid.
 * A token must carry `exp`, and live at most TOKEN_MAX_LIFETIME_SECONDS: counted from `iat`, or
 * from now when it has no `iat` (so a token minted for a year is refused, not trusted for a year).
 */

@Injectable()
export class TokenVerifier {
  private readonly jwks: JwksClient | null;
  /** The HS256 key, made once: given a string, jsonwebtoken tries (and fails) to read it as a public key on every call. */
  private readonly hs256Key: KeyObject | null;

  constructor(private readonly config: AppConfig) {
    this.hs256Key = config.jwtSecret ? createSecretKey(Buffer.from(config.jwtSecret)) : null;
    this.jwks = config.OIDC_JWKS_URI ? new JwksClient({ jwksUri: config.OIDC_JWKS_URI, cache: true, rateLimit: true }) : null;
  }

  async verify(token: string): Promise<VerifiedToken | null> {
    const header = jwt.decode(token, { complete: true })?.header as JwtHeader | undefined;
    if (!header) return null;
    try {
      const payload = header.alg === 'HS256' ? this.verifyHs256(token) : await this.verifyOidc(token, header);
      const subject = payload?.[this.config.JWT_SUBJECT_CLAIM];
      if (typeof subject !== 'string' || !subject || !payload || !this.lifetimeAllowed(payload)) return null;
      return { subject, expiresAtMs: (payload.exp as number) * 1000 };
    } catch {
      return null;
    }
  }

  private lifetimeAllowed(payload: JwtPayload): boolean {
    if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) return false;
    const issuedAt = typeof payload.iat === 'number' && Number.isFinite(payload.iat) ? payload.iat : Date.now() / 1000;
    return payload.exp - issuedAt <= this.config.TOKEN_MAX_LIFETIME_SECONDS;
  }

  private verifyHs256(token: string): JwtPayload | null {
    if (!this.hs256Key) return null;
    return jwt.verify(token, this.hs256Key, { algorithms: ['HS256'] }) as JwtPayload;
  }

  private async verifyOidc(token: string, header: JwtHeader): Promise<JwtPayload | null> {
    if (!this.jwks) return null;
    const key = await this.jwks.getSigningKey(header.kid);
    return jwt.verify(token, key.getPublicKey(), {
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'],
      issuer: this.config.OIDC_ISSUER,
      audience: this.config.OIDC_AUDIENCE,
    }) as JwtPayload;
  }
}

/**
 * Signs a development token (HS256) for a subject, valid 12 h or TOKEN_MAX_LIFETIME_SECONDS if that is shorter;
 * refuses the development secret in production.
 */
export function signDevelopmentToken(config: AppConfig, subject: string, expiresIn: jwt.SignOptions['expiresIn'] = Math.min(12 * 3600, config.TOKEN_MAX_LIFETIME_SECONDS)): string {
  const secret = config.jwtSecret;
  if (!secret) throw new Error('No JWT_SECRET configured: production signs no development tokens');
  return jwt.sign({ sub: subject }, secret, { algorithm: 'HS256', expiresIn });
}
