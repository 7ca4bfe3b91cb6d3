import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Trims surrounding whitespace before validating. */
export const trimName = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * A human name for something HR creates: trimmed, never blank, at most `max` characters.
 * Pair with `@Field()` (and `@IsOptional()` on updates).
 */
export function NameField(max = 200, label = 'The name'): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => trimName(value)),
    IsString({ message: '$property must be text' }),
    IsNotEmpty({ message: `${label} cannot be blank.` }),
    MaxLength(max, { message: `${label} can be at most ${max} characters long.` }),
  );
}

/** Key names compare on: trimmed, lower case (matches the lower(trim(name)) unique indexes). */
export const nameKey = (name: string): string => name.trim().toLowerCase();
