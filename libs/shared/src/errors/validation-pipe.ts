import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** First failing field, with its dotted path (input.manager.id), and the first message. */
function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const e = errors[0];
  const field = prefix ? `${prefix}.${e.property}` : e.property;
  if (e.constraints && Object.keys(e.constraints).length) return { field, message: Object.values(e.constraints)[0] };
  return firstProblem(e.children ?? [], field);
}

/** Validates every @InputType with class-validator; failures name the field (BAD_USER_INPUT). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, message } = firstProblem(errors);
      return new BadRequestException({ message, field });
    },
  });
}
