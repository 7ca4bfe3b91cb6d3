export * from './roles.decorator';
export * from './viewer.decorator';
export * from './token-verifier';
export * from './identity.service';
export * from './access-scope.service';
export * from './audit/audit-entry.entity';
export * from './audit/audit.service';
export * from './auth.module';
