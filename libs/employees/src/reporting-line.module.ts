import { Global, Module } from '@nestjs/common';
import { ReportingLine } from '@app/auth';
import { ReportingLineRepository } from './reporting-line.repository';

/** Publishes ReportingLine to every module, auth's included (global: auth cannot import this lib). */
@Global()
@Module({ providers: [{ provide: ReportingLine, useClass: ReportingLineRepository }], exports: [ReportingLine] })
export class ReportingLineModule {}
