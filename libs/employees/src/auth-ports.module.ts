import { Global, Module } from '@nestjs/common';
import { ReportingLine, SignInDirectory } from '@app/auth';
import { ReportingLineRepository } from './reporting-line.repository';
import { SignInRepository } from './sign-in.repository';

/**
 * What auth needs from the employee table (the reporting line, the sign-in lookup), provided to every module,
 * auth's included: global, because auth sits below this lib and cannot import it.
 */
@Global()
@Module({
  providers: [{ provide: ReportingLine, useClass: ReportingLineRepository }, { provide: SignInDirectory, useClass: SignInRepository }],
  exports: [ReportingLine, SignInDirectory],
})
export class AuthPortsModule {}
