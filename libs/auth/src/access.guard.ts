import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, forbidden, unauthenticated } from '@app/shared';
import { ACCESS_KEY, AccessRule } from './roles.decorator';
import { IdentityService } from './identity.service';
import { AuditService } from './audit/audit.service';
import { operationOf } from './audit/operation';
import { targetOf } from './audit/refusal-audit';
import { requestOf } from './viewer.decorator';

const ROLE_NAMES: Record<string, string> = { HR_ADMIN: 'HR administrators', MANAGER: 'managers', EMPLOYEE: 'employees' };

/**
 * Global guard. Every resolver and route must declare who may call it (@Allow, @SignedIn, @Public);
 * one without a declaration is refused, so a forgotten decision fails closed. Every refusal is audited:
 * a caller without a valid token as UNAUTHENTICATED (capped per client address), a role refusal as DENIED.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw new AppError('FORBIDDEN', 'This operation declares no access rule');
    if (rule.kind === 'public') return true;
    const req = requestOf(context);
    const header = req.headers['authorization'];
    if (req.viewer === undefined) req.viewer = await this.identity.viewerFromAuthorization(Array.isArray(header) ? header[0] : header);
    const viewer = req.viewer;
    if (!viewer) {
      await this.refuse(context, 'UNAUTHENTICATED', { code: 'UNAUTHENTICATED', reason: header ? 'INVALID_TOKEN' : 'NO_TOKEN' });
      throw unauthenticated();
    }
    if (rule.kind === 'any' || rule.roles.some((r) => viewer.roles.includes(r))) return true;
    const operation = context.getHandler().name;
    await this.refuse(context, 'DENIED', { code: 'FORBIDDEN', reason: 'ROLE' });
    throw forbidden(`${operation} is for ${rule.roles.map((r) => ROLE_NAMES[r] ?? r).join(' or ')} only`);
  }

  private async refuse(context: ExecutionContext, outcome: 'UNAUTHENTICATED' | 'DENIED', detail: { code: string; reason: string }): Promise<void> {
    const op = operationOf(context);
    const name = op?.name ?? context.getHandler().name;
    await this.audit.recordRefusal(op?.viewer ?? null, outcome, 'call', 'Operation', name, { ...detail, ...(op ? targetOf(op) : {}) });
  }
}
