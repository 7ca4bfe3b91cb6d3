import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '@app/auth';
import { graphqlResult, Viewer } from '@app/shared';
import { CertificationRepository } from '../../certification.repository';
import { Certification } from '../../entities/certification.entity';
import { CertificationType } from '../../api/types/certification.type';
import { certificationLoader } from '../../api/certifications.resolver';
import { CertificationAttemptsService } from '../certification-attempts.service';
import { CertificationAttemptsArgs, RecordCertificationAttemptInput } from './attempt.input';
import { CertificationAttemptType, RecordCertificationAttemptResult } from './attempt.types';

@Resolver(() => CertificationAttemptType)
export class CertificationAttemptsResolver {
  constructor(
    private readonly attempts: CertificationAttemptsService,
    private readonly catalog: CertificationRepository,
  ) {}

  @SignedIn()
  @Mutation(() => RecordCertificationAttemptResult, { description: 'Records an exam sitting, passed or not: your own, someone in your line, or anyone for HR. A pass is linked to its award.' })
  async recordCertificationAttempt(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordCertificationAttemptInput) {
    return graphqlResult(await this.attempts.record(viewer, input), CertificationAttemptType.from);
  }

  @SignedIn()
  @Query(() => [CertificationAttemptType], { description: "One employee's exam attempts, newest first (yours, your line's, or anyone's for HR)." })
  async certificationAttempts(@CurrentViewer() viewer: Viewer, @Args() args: CertificationAttemptsArgs): Promise<CertificationAttemptType[]> {
    return (await this.attempts.list(viewer, args.employeeId, args.certificationId ?? null, args.first ?? 100)).map(CertificationAttemptType.from);
  }

  @ResolveField(() => CertificationType)
  async certification(a: CertificationAttemptType, _args: unknown, ctx: object): Promise<CertificationType> {
    return CertificationType.from((await certificationLoader(ctx, this.catalog).load(a.certificationId)) as Certification);
  }
}
