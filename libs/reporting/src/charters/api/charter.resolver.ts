import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { graphqlResult, Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { CharterService } from '../charter.service';
import { CharterProgressService } from '../charter-progress.service';
import { CreateProgramInput, UpdateProgramInput } from './charter.inputs';
import { ProgramProgressType, ProgramType, UpdateProgramResult } from './charter.types';

/** Program charters: HR defines, changes and archives them; HR and managers read progress (a manager over their line). */
@Resolver()
export class CharterResolver {
  constructor(
    private readonly charters: CharterService,
    private readonly progress: CharterProgressService,
  ) {}

  @Allow('HR_ADMIN')
  @Mutation(() => ProgramType, { description: 'Defines a program: its subject, start, cohort and goals.' })
  async createProgram(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProgramInput): Promise<ProgramType> {
    return ProgramType.from(await this.charters.create(viewer, input));
  }

  @Allow('HR_ADMIN')
  @Mutation(() => UpdateProgramResult, { description: 'Changes the name, start, cohort or goals of a program that is not archived (the subject stays); an archived one is a ProgramArchivedError.' })
  async updateProgram(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProgramInput): Promise<typeof UpdateProgramResult> {
    return graphqlResult(await this.charters.update(viewer, input), ProgramType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => ProgramType, { description: 'Archives a program: kept with its progress, left out of `programs` unless includeArchived.' })
  async archiveProgram(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ProgramType> {
    return ProgramType.from(await this.charters.archive(viewer, id));
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => [ProgramType], { description: 'Programs with their goals, newest start first; archived ones only with includeArchived.' })
  async programs(@Args('includeArchived', { type: () => Boolean, nullable: true, defaultValue: false }) includeArchived: boolean | null): Promise<ProgramType[]> {
    return (await this.charters.list(includeArchived ?? false)).map(ProgramType.from);
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => ProgramProgressType, { description: 'Target, actual, met and sample size of each goal; a manager sees their reporting line only.' })
  async programProgress(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ProgramProgressType> {
    return ProgramProgressType.from(await this.progress.progress(viewer, id));
  }
}
