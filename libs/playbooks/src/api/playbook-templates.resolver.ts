import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { graphqlResult, groupByKeys, loaderFor, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { PlaybookTemplatesService } from '../playbook-templates.service';
import { PlaybookRepository } from '../playbook.repository';
import { PlaybookTemplateStepType, PlaybookTemplateType } from './types/playbook.types';
import { PlaybookTemplateResult } from './types/playbook-results';
import { CreatePlaybookTemplateInput, UpdatePlaybookTemplateInput } from './inputs/playbook.inputs';

@Resolver(() => PlaybookTemplateType)
export class PlaybookTemplatesResolver {
  constructor(
    private readonly service: PlaybookTemplatesService,
    private readonly repo: PlaybookRepository,
  ) {}

  @SignedIn()
  @Query(() => [PlaybookTemplateType], { description: 'Every template, retired ones included (active: false).' })
  async playbookTemplates(): Promise<PlaybookTemplateType[]> {
    return (await this.service.list()).map(PlaybookTemplateType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PlaybookTemplateResult, { description: 'HR only. Without steps, the template gets the default before-and-after steps. A name taken (ignoring case) is a DuplicateNameError.' })
  async createPlaybookTemplate(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePlaybookTemplateInput): Promise<typeof PlaybookTemplateResult> {
    return graphqlResult(await this.service.create(viewer, input), PlaybookTemplateType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => PlaybookTemplateResult, { description: 'HR only. Edits or retires (active: false) a template; runs already started keep their steps. A name taken (ignoring case) is a DuplicateNameError.' })
  async updatePlaybookTemplate(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePlaybookTemplateInput): Promise<typeof PlaybookTemplateResult> {
    return graphqlResult(await this.service.update(viewer, input), PlaybookTemplateType.from);
  }

  @ResolveField(() => [PlaybookTemplateStepType])
  async steps(t: PlaybookTemplateType, _args: unknown, ctx: object): Promise<PlaybookTemplateStepType[]> {
    const rows = await loaderFor(ctx, 'playbookTemplateSteps', (ids: readonly string[]) => this.repo.templateSteps(ids).then((x) => groupByKeys(ids, x, (s) => s.templateId))).load(t.id);
    return rows.map(PlaybookTemplateStepType.from);
  }
}
