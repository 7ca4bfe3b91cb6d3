import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { MetricPeriodEnum } from '../types/metric.types';

@InputType({ description: 'Creates the metric with this key, or updates its name, unit and direction.' })
export class DefineMetricInput {
  @Field() @IsString() @Length(1, 64) @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'key may hold letters, digits, "_", "." and "-" only' }) key: string;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 40) unit?: string | null;
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() higherIsBetter?: boolean;
}

@InputType()
export class EmployeeMetricsFilter {
  @Field(() => ID) @IsUUID() employeeId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() metricKey?: string;
  @Field(() => MetricPeriodEnum, { nullable: true }) @IsOptional() @IsEnum(MetricPeriodEnum) period?: MetricPeriodEnum;
  @Field(() => Int, { nullable: true, defaultValue: 200 }) @IsOptional() @Min(1) @Max(1000) first?: number;
}
