import { Injectable } from '@nestjs/common';
import type { Role } from '@app/shared';
import { SignInDirectory } from '@app/auth';
import { GenerateSql, TransactionHost } from '@app/persistence';

/** The sign-in lookup auth's IdentityService makes once per token (cached there). */
@Injectable()
export class SignInRepository extends SignInDirectory {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  @GenerateSql({ params: ['auth0|example'] })
  async activeBySubject(subject: string): Promise<{ id: string; roles: Role[] } | null> {
    const rows = await this.tx.query<{ id: string; roles: Role[] }>(
      `SELECT id, roles FROM employee WHERE auth_subject = $1 AND status <> 'TERMINATED'`,
      [subject],
    );
    return rows[0] ?? null;
  }
}
