import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig, Role, Viewer } from '@app/shared';
import { TokenVerifier } from './token-verifier';
import { SignInDirectory } from './sign-in-directory.port';

/** Tokens remembered at most (the oldest are dropped first). */
const MAX_REMEMBERED_TOKENS = 10_000;

/**
 * Maps a bearer token to the employee it signs in as. Terminated employees cannot sign in.
 *
 * A token that signed in is remembered for IDENTITY_CACHE_SECONDS (never past its own expiry), so a
 * burst of requests verifies it and looks its employee up once. Changes to an employee's status, roles
 * or sign-in subject made through this process forget that employee's tokens at once; on other
 * instances they take effect within IDENTITY_CACHE_SECONDS. Tokens that fail are never remembered.
 */
@Injectable()
export class IdentityService {
  private readonly signedIn: LRUCache<string, Viewer> | null;

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly directory: SignInDirectory,
    config: AppConfig,
  ) {
    const ttl = config.IDENTITY_CACHE_SECONDS * 1000;
    this.signedIn = ttl > 0 ? new LRUCache<string, Viewer>({ max: MAX_REMEMBERED_TOKENS, ttl, ttlAutopurge: false }) : null;
  }

  async viewerFromAuthorization(header: string | undefined): Promise<Viewer | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) return null;
    const token = match[1];
    const remembered = this.signedIn?.get(token);
    if (remembered) return remembered;
    const verified = await this.verifier.verify(token);
    if (!verified) return null;
    const employee = await this.directory.activeBySubject(verified.subject);
    if (!employee) return null;
    // Shared by every request the token makes while remembered: frozen, so no request can change another's viewer.
    const viewer: Viewer = Object.freeze({ employeeId: employee.id, roles: Object.freeze(employee.roles) as Role[], subject: verified.subject });
    if (this.signedIn) {
      const untilExpiry = verified.expiresAtMs - Date.now();
      if (untilExpiry > 0) this.signedIn.set(token, viewer, { ttl: Math.min(this.signedIn.ttl, untilExpiry) });
    }
    return viewer;
  }

  /** Forgets every remembered token of an employee (their status, roles or sign-in subject changed). */
  forgetEmployee(employeeId: string): void {
    if (!this.signedIn) return;
    for (const [token, viewer] of this.signedIn.entries()) if (viewer.employeeId === employeeId) this.signedIn.delete(token);
  }
}
