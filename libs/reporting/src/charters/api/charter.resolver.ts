import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { CharterService } from '../charter.service';
import { CreateProgramInput } from './charter.inputs';
import { ProgramProgressType, ProgramType } from './charter.types';

/** Program charters: HR defines them; HR and managers read progress (a manager over their line). */
@Resolver()
export class CharterResolver {
  constructor(private readonly charters: CharterService) {}

  @Allow('HR_ADMIN')
  @Mutation(() => ProgramType, { description: 'Defines a program: its subject, start, cohort and goals.' })
  createProgram(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProgramInput): Promise<ProgramType> {
    return this.charters.create(viewer, input);
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => [ProgramType], { description: 'Every program with its goals.' })
  programs(): Promise<ProgramType[]> {
    return this.charters.list();
  }

  @Allow('HR_ADMIN', 'MANAGER')
  @Query(() => ProgramProgressType, { description: 'Target, actual, met and sample size of each goal; a manager sees their reporting line only.' })
  programProgress(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ProgramProgressType> {
    return this.charters.progress(viewer, id);
  }
}
