import { Injectable } from '@nestjs/common';
import { badInput, encodeCursor, notFound, OrgCalendar, Page, Viewer } from '@app/shared';
import { AccessScope, AuditService } from '@app/auth';
import { Employee, EmployeeRepository } from '@app/employees';
import { Opportunity } from './entities/opportunity.entity';
import { OpportunityRepository, RequirementRow } from './opportunity.repository';
import { CreateOpportunityCommand } from './opportunity-commands';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MyOpportunities {
  eligible: Opportunity[];
  /** Opportunities missing exactly one requirement, with that requirement. */
  oneStepAway: Array<{ opportunity: Opportunity; missing: RequirementRow }>;
}

/** Projects, internal gigs and communities of practice, and who is eligible for them. */
@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly calendar: OrgCalendar,
    private readonly repo: OpportunityRepository,
    private readonly employees: EmployeeRepository,
    private readonly scope: AccessScope,
    private readonly audit: AuditService,
  ) {}


  list(): Promise<Opportunity[]> {
    return this.repo.listActive();
  }

  async get(id: string): Promise<Opportunity> {
    const found = UUID.test(id) ? await this.repo.findById(id) : null;
    if (!found) throw notFound('Opportunity');
    return found;
  }

  async create(viewer: Viewer, input: CreateOpportunityCommand): Promise<Opportunity> {
    const levelIds = [...new Set(input.requiredLevelIds ?? [])];
    const certIds = [...new Set(input.requiredCertificationIds ?? [])];
    if (levelIds.length) {
      const known = await this.repo.existingLevelIds(levelIds);
      const unknown = levelIds.find((id) => !known.has(id));
      if (unknown) throw badInput('requiredLevelIds', `No path level with id ${unknown}`);
    }
    if (certIds.length) {
      const known = await this.repo.existingCertificationIds(certIds);
      const unknown = certIds.find((id) => !known.has(id));
      if (unknown) throw badInput('requiredCertificationIds', `No certification with id ${unknown}`);
    }
    const saved = await this.repo.create(
      { kind: input.kind, title: input.title.trim(), description: input.description?.trim() ?? '', active: true, createdById: viewer.employeeId },
      levelIds,
      certIds,
    );
    await this.audit.recordChange(viewer, 'createOpportunity', 'Opportunity', saved.id, null, { ...saved, requiredLevelIds: levelIds, requiredCertificationIds: certIds });
    return saved;
  }

  /** Employees meeting every requirement: HR sees everyone, a manager their reporting line. */
  async eligibleEmployees(viewer: Viewer, opportunityId: string, first: number, after?: string): Promise<Page<Employee>> {
    const opportunity = await this.get(opportunityId);
    const params: unknown[] = [];
    const visible = { sql: this.scope.visibleEmployeesPredicate(viewer, 'e.id', params), params };
    const { ids, total } = await this.repo.eligible(opportunity.id, this.calendar.today(), visible, first, after);
    const pageIds = ids.slice(0, first);
    const loaded = pageIds.length ? await this.employees.findByIds(pageIds.map((r) => r.id)) : [];
    const byId = new Map(loaded.map((e) => [e.id, e]));
    const last = pageIds[pageIds.length - 1];
    return {
      nodes: pageIds.map((r) => byId.get(r.id)).filter((e): e is Employee => !!e),
      totalCount: total,
      pageInfo: { hasNextPage: ids.length > first, endCursor: last ? encodeCursor({ key: last.key, id: last.id }) : null },
    };
  }

  /** For the viewer: opportunities they are eligible for, and those missing exactly one requirement (named). */
  async mine(viewer: Viewer): Promise<MyOpportunities> {
    const opportunities = await this.repo.listActive();
    const checks = await this.repo.checksFor(viewer.employeeId, this.calendar.today());
    const missing = new Map<string, RequirementRow[]>();
    for (const c of checks) {
      if (c.met) continue;
      const list = missing.get(c.opportunity_id) ?? [];
      list.push(c);
      missing.set(c.opportunity_id, list);
    }
    const result: MyOpportunities = { eligible: [], oneStepAway: [] };
    for (const o of opportunities) {
      const gaps = missing.get(o.id) ?? [];
      if (gaps.length === 0) result.eligible.push(o);
      else if (gaps.length === 1) result.oneStepAway.push({ opportunity: o, missing: gaps[0] });
    }
    return result;
  }
}
