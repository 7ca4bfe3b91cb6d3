import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { EmployeeRepository } from '@app/employees';
import { EmployeeRefType } from '@app/employees/graphql';
import { answerRaw, byKeys, graphqlResult, groupByKeys, loaderFor, OrgCalendar, plainNodes, plainSelection, responsePath, Viewer } from '@app/shared';
import { RecordsService } from '../records.service';
import { CertificationViewsService, GapGroup } from '../certification-views.service';
import { CertificationRepository } from '../certification.repository';
import { CertificationRecordRepository, RecordPage } from '../certification-record.repository';
import { recordObjectSql } from '../record-view-columns';
import { myCertificationJsonSql } from '../certification-json.sql';
import { Certification } from '../entities/certification.entity';
import { CertificationRecordPage, CertificationRecordType } from './types/record.type';
import { CertificationType } from './types/certification.type';
import { ComplianceGapGroupType, MyCertificationType } from './types/views.types';
import { ExtendCertificationResult, RecordCertificationResult, RevokeCertificationResult } from './types/certification-results';
import { CertificationStatusEnum, GapReasonEnum } from './types/enums';
import { ExtendCertificationInput, RecordCertificationInput, RevokeCertificationInput } from './inputs/certification.inputs';
import { CertificationRecordsArgs, ComplianceGapsArgs, RenewalsDueArgs } from './inputs/view.inputs';
import { certificationLoader, certificationTypeLoader } from './certifications.resolver';

/** A plain nodes selection read as each record's exact JSON (raw-json.ts); null: through the resolvers. */
const nodeJsonOf = (info: GraphQLResolveInfo) => {
  const plain = plainNodes(info);
  return plain && recordObjectSql(plain.tree, true);
};

/** The page as GraphQL answers it: nodes read as JSON go into the response as they are. */
function answerPage(ctx: object, info: GraphQLResolveInfo, page: RecordPage) {
  if (page.nodesJson === undefined) return { ...page, nodes: page.nodes.map(CertificationRecordType.from) };
  answerRaw(ctx, plainNodes(info)?.path ?? [], page.nodesJson);
  return { totalCount: page.totalCount, pageInfo: page.pageInfo, nodes: [] };
}

@Resolver(() => CertificationRecordType)
export class CertificationRecordsResolver {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly records: RecordsService,
    private readonly views: CertificationViewsService,
    private readonly catalog: CertificationRepository,
    private readonly recordRepo: CertificationRecordRepository,
    private readonly employees: EmployeeRepository,
  ) {}

  @SignedIn()
  @Query(() => CertificationRecordType, { description: 'One record: yours, your reporting line\'s, or anyone\'s for HR.' })
  async certificationRecord(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CertificationRecordType> {
    return CertificationRecordType.from(await this.records.get(viewer, id));
  }

  @SignedIn()
  @Query(() => CertificationRecordPage, { description: 'Records you may see, newest award first.' })
  async certificationRecords(@CurrentViewer() viewer: Viewer, @Args() args: CertificationRecordsArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: object) {
    return answerPage(ctx, info, await this.views.list(viewer, args, nodeJsonOf(info)));
  }

  @SignedIn()
  @Query(() => [MyCertificationType], { description: 'Your certifications (not superseded), soonest deadline first, with what renewing takes.' })
  async myCertifications(@CurrentViewer() viewer: Viewer, @Context() ctx: object, @Info() info: GraphQLResolveInfo): Promise<MyCertificationType[]> {
    // A plain selection is read as its exact JSON in one statement (raw-json.ts).
    const selection = plainSelection(info.fieldNodes);
    const object = selection && myCertificationJsonSql(selection);
    if (object) {
      answerRaw(ctx, responsePath(info.path), await this.views.mineJson(viewer, object));
      return [];
    }
    const rows = await this.views.mine(viewer);
    const certs = await certificationLoader(ctx, this.catalog).loadMany(rows.map((r) => r.certificationId));
    return rows.map((r, i) => {
      const c = CertificationType.from(certs[i] as Certification);
      return Object.assign(new MyCertificationType(), {
        record: CertificationRecordType.from(r),
        certification: c,
        status: r.status as CertificationStatusEnum,
        daysLeft: r.daysLeft,
        effectiveDeadline: r.effectiveDeadline,
        renewalRequirements: c.renewalRequirements,
        studyGuideUrl: c.studyGuideUrl,
        estimatedHours: c.estimatedHours,
        costAmount: c.costAmount,
        costCurrency: c.costCurrency,
        payoff: c.payoff,
      });
    });
  }

  @SignedIn()
  @Query(() => CertificationRecordPage, { description: 'Current records due for renewal within N days, or already due / in grace, soonest deadline first.' })
  async renewalsDue(@CurrentViewer() viewer: Viewer, @Args() args: RenewalsDueArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: object) {
    return answerPage(ctx, info, await this.views.renewalsDue(viewer, args, nodeJsonOf(info)));
  }

  @SignedIn()
  @Query(() => [ComplianceGapGroupType], { description: 'Who you may see lacks a required (BASELINE-level) certification of their job role, grouped.' })
  async complianceGaps(@CurrentViewer() viewer: Viewer, @Args() args: ComplianceGapsArgs): Promise<ComplianceGapGroupType[]> {
    return (await this.views.complianceGaps(viewer, args)).map(toGroupType);
  }

  @SignedIn()
  @Mutation(() => RecordCertificationResult, { description: 'Records an award (HR, or a manager above the employee); renews the current record if there is one.' })
  async recordCertification(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordCertificationInput) {
    return graphqlResult(await this.records.record(viewer, input), CertificationRecordType.from);
  }

  @SignedIn()
  @Mutation(() => ExtendCertificationResult, { description: 'Moves this cycle\'s deadline (HR, or a manager above the employee).' })
  async extendCertification(@CurrentViewer() viewer: Viewer, @Args('input') input: ExtendCertificationInput) {
    return graphqlResult(await this.records.extend(viewer, input), CertificationRecordType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => RevokeCertificationResult)
  async revokeCertification(@CurrentViewer() viewer: Viewer, @Args('input') input: RevokeCertificationInput) {
    return graphqlResult(await this.records.revoke(viewer, input), CertificationRecordType.from);
  }

  @ResolveField(() => CertificationType)
  certification(r: CertificationRecordType, _args: unknown, ctx: object): Promise<CertificationType | null> | CertificationType {
    // Read ahead with the record when a list joined it (currentRecordsJsonSql).
    const ahead = (r as { certification?: CertificationType }).certification;
    if (ahead) return ahead;
    return certificationTypeLoader(ctx, this.catalog).load(r.certificationId);
  }

  @ResolveField(() => EmployeeRefType)
  async employee(r: CertificationRecordType, _args: unknown, ctx: object): Promise<EmployeeRefType> {
    const loader = loaderFor(ctx, 'certificationEmployeeRef', (ids: readonly string[]) => this.employees.findByIds(ids).then((rows) => byKeys(ids, rows, (e) => e.id)));
    const employee = await loader.load(r.employeeId);
    return EmployeeRefType.from(employee!);
  }

  @ResolveField(() => [CertificationRecordType], { description: 'The renewal chain before this record, newest first.' })
  async previousRecords(r: CertificationRecordType, _args: unknown, ctx: object): Promise<CertificationRecordType[]> {
    if (!r.renewsId) return [];
    const loader = loaderFor(ctx, 'certificationChain', (ids: readonly string[]) =>
      this.recordRepo.chainsOf(ids, this.calendar.today()).then((rows) => groupByKeys(ids, rows, (x) => x.rootId)),
    );
    return (await loader.load(r.id)).map(CertificationRecordType.from);
  }
}

function toGroupType(g: GapGroup): ComplianceGapGroupType {
  return Object.assign(new ComplianceGapGroupType(), {
    key: g.key,
    label: g.label,
    gapCount: g.gapCount,
    peopleCount: g.peopleCount,
    gaps: g.gaps.map((row) => ({
      employee: Object.assign(new EmployeeRefType(), { id: row.employee_id, displayName: `${row.first_name} ${row.last_name}`, email: row.email }),
      certificationId: row.certification_id,
      certificationName: row.certification_name,
      reason: row.reason as GapReasonEnum,
      recordId: row.record_id,
      lapsedDeadline: row.lapsed_deadline,
    })),
  });
}
