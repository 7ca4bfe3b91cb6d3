import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { answerRaw, byKeys, graphqlResult, loaderFor, plainSelection, responsePath, Viewer } from '@app/shared';
import { requirementJsonSql } from '../certification-json.sql';
import { CatalogService } from '../catalog.service';
import { CertificationRepository } from '../certification.repository';
import { Certification } from '../entities/certification.entity';
import { CertificationType } from './types/certification.type';
import { CertificationRequirementType } from './types/requirement.type';
import { CertificationResult } from './types/certification-results';
import { CreateCertificationInput, PreviewRenewalRulesInput, UpdateCertificationInput } from './inputs/certification.inputs';
import { RenewalRulesPreviewResult, RenewalRulesPreviewType } from './types/renewal-preview.types';
import { RemoveCertificationRequirementInput, SetCertificationRequirementInput } from './inputs/view.inputs';

/** The certification catalog (HR writes, everyone signed in reads). */
@Resolver(() => CertificationType)
export class CertificationsResolver {
  constructor(private readonly catalog: CatalogService) {}

  @SignedIn()
  @Query(() => [CertificationType], { description: 'The certification catalog, by name.' })
  async certifications(): Promise<CertificationType[]> {
    return (await this.catalog.list()).map(CertificationType.from);
  }

  @SignedIn()
  @Query(() => CertificationType)
  async certification(@Args('id', { type: () => ID }) id: string): Promise<CertificationType> {
    return CertificationType.from(await this.catalog.get(id));
  }

  @Allow('HR_ADMIN')
  @Query(() => RenewalRulesPreviewResult, { description: 'The dates renewal rules give a sample completion and its renewal, as recording would compute them. Saves nothing.' })
  async previewRenewalRules(@Args('input') input: PreviewRenewalRulesInput): Promise<typeof RenewalRulesPreviewResult> {
    return graphqlResult(await this.catalog.previewRules(input), (preview) => Object.assign(new RenewalRulesPreviewType(), preview));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => CertificationResult)
  async createCertification(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCertificationInput) {
    return graphqlResult(await this.catalog.create(viewer, input), CertificationType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => CertificationResult)
  async updateCertification(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCertificationInput) {
    return graphqlResult(await this.catalog.update(viewer, input), CertificationType.from);
  }
}

/** Which certifications a job role needs at each path level. */
@Resolver(() => CertificationRequirementType)
export class CertificationRequirementsResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly repo: CertificationRepository,
  ) {}

  @SignedIn()
  @Query(() => [CertificationRequirementType], { description: 'Certifications a job role needs, by level.' })
  async certificationRequirements(@Args('jobRoleId', { type: () => ID }) jobRoleId: string, @Info() info: GraphQLResolveInfo, @Context() ctx: object): Promise<CertificationRequirementType[]> {
    // A plain selection is read as its exact JSON in one statement (raw-json.ts).
    const selection = plainSelection(info.fieldNodes);
    const object = selection && requirementJsonSql(selection);
    if (!object) return (await this.catalog.requirements(jobRoleId)).map(CertificationRequirementType.from);
    answerRaw(ctx, responsePath(info.path), await this.catalog.requirementsJson(jobRoleId, object));
    return [];
  }

  @Allow('HR_ADMIN')
  @Mutation(() => CertificationRequirementType, { description: 'Adds a requirement or changes whether it is required.' })
  async setCertificationRequirement(@CurrentViewer() viewer: Viewer, @Args('input') input: SetCertificationRequirementInput): Promise<CertificationRequirementType> {
    return CertificationRequirementType.from(await this.catalog.setRequirement(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => Boolean)
  removeCertificationRequirement(@CurrentViewer() viewer: Viewer, @Args('input') input: RemoveCertificationRequirementInput): Promise<boolean> {
    return this.catalog.removeRequirement(viewer, input);
  }

  @ResolveField(() => CertificationType)
  async certification(q: CertificationRequirementType, _args: unknown, ctx: object): Promise<CertificationType> {
    return CertificationType.from((await certificationLoader(ctx, this.repo).load(q.certificationId)) as Certification);
  }
}

/** One catalog lookup per request for every certification field resolver. */
export function certificationLoader(ctx: object, repo: CertificationRepository) {
  return loaderFor(ctx, 'certificationById', (ids: readonly string[]) => repo.findByIds(ids).then((rows) => byKeys(ids, rows, (r) => r.id)));
}

/** Certifications by id as GraphQL objects, each mapped once per request however many fields point at it. */
export function certificationTypeLoader(ctx: object, repo: CertificationRepository) {
  return loaderFor(ctx, 'certificationTypeById', (ids: readonly string[]) =>
    repo.findByIds(ids).then((rows) => byKeys(ids, rows.map(CertificationType.from), (r) => r.id)),
  );
}
