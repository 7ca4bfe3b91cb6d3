import { Field, ID, InputType } from '@nestjs/graphql';
import { IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { JsonScalar } from '@app/shared';

@InputType({ description: 'A metrics CSV: employee (external id or email), metric key, period (WEEK/MONTH), period start, value.' })
export class ImportMetricsCsvInput {
  @Field(() => ID) @IsUUID() connectorId: string;
  @Field() @IsString() @Length(1, 50_000_000) csv: string;
  @Field(() => JsonScalar, { nullable: true, description: 'Header per field (employee, metric, period, periodStart, value) when the aliases do not match.' })
  @IsOptional() @IsObject() columns?: Record<string, string>;
}
