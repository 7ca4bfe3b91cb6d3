import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '@app/shared';
import { KPI_DIMENSIONS } from '../../kpi/dimension';
import { KpiDimensionEnum } from '../types/kpi.types';
import { PopulationFilter } from '../../scope/report-scope';
import { ImpactRequest } from '../../impact/impact.service';
import { CertificationImpactRequest, ImpactRankingRequest, KpiRequest, PeriodRequest, ProgramProgressRequest } from '../../report-requests';

@ArgsType()
export class PopulationArgs implements PopulationFilter {
  @Field(() => ID, { nullable: true, description: "Only this manager's reporting line (yours or one inside it unless HR)." })
  @IsOptional() @IsUUID()
  managerId?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() jobRoleId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() locationId?: string | null;
}

@ArgsType()
export class ImpactArgs extends PopulationArgs implements ImpactRequest {
  @Field({ description: 'Performance metric key.' }) @IsString() @MaxLength(200) metricKey: string;
  @Field(() => Int, { nullable: true, description: 'Months before the month of earning (default 3).' }) @IsOptional() @IsInt() @Min(1) @Max(24) beforeMonths?: number | null;
  @Field(() => Int, { nullable: true, description: 'Months from the month after earning (default 3).' }) @IsOptional() @IsInt() @Min(1) @Max(24) afterMonths?: number | null;
  @Field(() => Int, { nullable: true, description: 'Smallest sample that concludes anything (default 10).' }) @IsOptional() @IsInt() @Min(2) @Max(10000) minSampleSize?: number | null;
}

@ArgsType()
export class CertificationImpactArgs extends ImpactArgs implements CertificationImpactRequest {
  @Field(() => ID) @IsUUID() certificationId: string;
}

@ArgsType()
export class ImpactRankingArgs extends ImpactArgs implements ImpactRankingRequest {
  @Field(() => Boolean, { nullable: true, description: 'Leave out certifications required for a job role in the population.' }) @IsOptional() @IsBoolean() optionalOnly?: boolean | null;
}

@ArgsType()
export class KpiArgs extends PopulationArgs implements KpiRequest {
  @Field(() => KpiDimensionEnum, { defaultValue: KpiDimensionEnum.DEPARTMENT }) @IsIn(KPI_DIMENSIONS) dimension: KpiDimensionEnum;
}

@ArgsType()
export class PeriodArgs extends KpiArgs implements PeriodRequest {
  @Field({ description: 'First month or quarter (any day in it), yyyy-MM-dd.' }) @IsLocalDate() from: string;
  @Field({ description: 'Last month or quarter (any day in it), yyyy-MM-dd.' }) @IsLocalDate() to: string;
}

/** The program whose goal progress to export (GraphQL: programProgress(id)). */
export class ProgramProgressArgs implements ProgramProgressRequest {
  @IsUUID() id: string;
}
