import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TransactionHost } from '@app/persistence';
import { AccessGuard } from './access.guard';
import { AccessScope } from './access-scope.service';
import { AuditService } from './audit/audit.service';
import { AuditEntryRepository } from './audit/audit-entry.repository';
import { AuditResolver } from './api/audit.resolver';
import { IdentityService } from './identity.service';
import { TokenVerifier } from './token-verifier';
import { MutationTransactionInterceptor } from './transaction.interceptor';
import { RefusalAudit } from './audit/refusal-audit';

@Global()
@Module({
  providers: [
    TransactionHost,
    TokenVerifier,
    IdentityService,
    AuditEntryRepository,
    AuditService,
    RefusalAudit,
    AccessScope,
    AuditResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: MutationTransactionInterceptor },
  ],
  exports: [TransactionHost, AuditService, AccessScope, IdentityService, TokenVerifier],
})
export class AuthModule {}
