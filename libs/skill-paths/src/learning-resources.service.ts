import { Injectable } from '@nestjs/common';
import { notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { LearningResource } from './entities/learning-resource.entity';
import { SkillPathRepository } from './skill-path.repository';
import { placeAt } from './domain/ordering';
import { UpdateLearningResourceCommand } from './skill-path-commands';

/** "Start here" and other resources of a level: HR edits, reorders and removes them. */
@Injectable()
export class LearningResourcesService {
  constructor(
    private readonly repo: SkillPathRepository,
    private readonly audit: AuditService,
  ) {}

  async update(viewer: Viewer, input: UpdateLearningResourceCommand): Promise<LearningResource> {
    const resource = await this.get(input.id);
    const before = { ...resource };
    const { id: _id, position, ...changes } = input;
    Object.assign(resource, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    let saved = await this.repo.saveResource(resource);
    if (position !== undefined && position !== resource.position) {
      const siblings = (await this.repo.resourcesByLevelIds([resource.levelId])).sort((a, b) => a.position - b.position);
      await this.repo.renumber('learning_resource', placeAt(siblings.map((r) => r.id), resource.id, position));
      saved = await this.get(resource.id);
    }
    await this.audit.recordChange(viewer, 'updateLearningResource', 'LearningResource', saved.id, before, { ...saved });
    return saved;
  }

  /** Resources are guidance, not history: removing one leaves nothing behind. */
  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const resource = await this.get(id);
    await this.repo.deleteResource(id);
    await this.audit.recordChange(viewer, 'removeLearningResource', 'LearningResource', id, { ...resource }, null);
    return true;
  }

  private async get(id: string): Promise<LearningResource> {
    const [resource] = await this.repo.resourcesByIds([id]);
    if (!resource) throw notFound('LearningResource');
    return resource;
  }
}
