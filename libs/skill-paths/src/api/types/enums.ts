import { registerEnumType } from '@nestjs/graphql';

export enum PathLevelNameEnum { BASELINE = 'BASELINE', PROFICIENT = 'PROFICIENT', ADVANCED = 'ADVANCED' }
export enum ResourceKindEnum { COURSE = 'COURSE', ARTICLE = 'ARTICLE', VIDEO = 'VIDEO', PRACTICE = 'PRACTICE', MENTORING = 'MENTORING', BOOK = 'BOOK', OTHER = 'OTHER' }
registerEnumType(PathLevelNameEnum, { name: 'PathLevelName', description: 'The three ordered levels of a skill path.' });
registerEnumType(ResourceKindEnum, { name: 'LearningResourceKind' });
