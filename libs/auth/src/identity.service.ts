import { Injectable } from '@nestjs/common';
import { Role, Viewer } from '@app/shared';
import { TransactionHost } from '@app/persistence';
import { TokenVerifier } from './token-verifier';

/** Maps a bearer token to the employee it signs in as. Terminated employees cannot sign in. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly tx: TransactionHost,
  ) {}

  async viewerFromAuthorization(header: string | undefined): Promise<Viewer | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) return null;
    const subject = await this.verifier.subjectOf(match[1]);
    if (!subject) return null;
    const rows = await this.tx.query<{ id: string; roles: Role[] }>(
      `SELECT id, roles FROM employee WHERE auth_subject = $1 AND status <> 'TERMINATED'`,
      [subject],
    );
    return rows[0] ? { employeeId: rows[0].id, roles: rows[0].roles, subject } : null;
  }
}
