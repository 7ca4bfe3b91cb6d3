import { Field } from '@nestjs/graphql';
import { BusinessErrorCode } from './business-error-code';
import { fail, isFailure } from './domain-failure';
import { BusinessError, BusinessErrorType, graphqlFailure, graphqlResult } from './graphql-failure';
import { DuplicateNameError } from '../names/duplicate-name.error';
import { nameTakenFailure } from '../names/name-taken';

describe('the error vocabulary', () => {
  it('fail() builds the one failure shape, and isFailure tells it from a value', () => {
    const failure = fail(BusinessErrorCode.TARGET_DATE_IN_PAST, 'A target date is today or later.', { field: 'targetDate', details: { earliest: '2027-03-01' } });
    expect(failure).toMatchObject({ errorCode: 'TARGET_DATE_IN_PAST', message: 'A target date is today or later.', field: 'targetDate', details: { earliest: '2027-03-01' } });
    expect(fail(BusinessErrorCode.ALREADY_REVOKED, 'Already revoked')).toMatchObject({ field: null, details: {} });
    expect(isFailure(failure)).toBe(true);
    expect(isFailure({ errorCode: 'ALREADY_REVOKED', message: 'a look-alike value' })).toBe(false);
  });

  it('maps a failure to the GraphQL type declared for its code, with errorCode, message, field and details as fields', async () => {
    const failure = await nameTakenFailure('job role', 'sales', null, async () => ({ id: 'r1', name: 'Sales' }));
    const mapped = graphqlResult(failure, () => 'unused');
    expect(mapped).toBeInstanceOf(DuplicateNameError);
    expect(mapped).toMatchObject({ errorCode: 'DUPLICATE_NAME', message: 'A job role named "Sales" already exists.', field: 'name', existingId: 'r1' });
    expect(await nameTakenFailure('job role', 'Sales', 'r1', async () => ({ id: 'r1', name: 'Sales' }))).toBeNull();
  });

  it('maps a value with the ok mapper, or leaves it as it is', () => {
    expect(graphqlResult<number, string, BusinessErrorCode>(2, (n) => `#${n}`)).toBe('#2');
    expect(graphqlResult({ id: 'x' })).toEqual({ id: 'x' });
  });

  it('refuses a second GraphQL type for a code, and a failure whose code has no type', () => {
    class Another extends BusinessError {
      @Field() extra: string;
    }
    expect(() => BusinessErrorType('AnotherDuplicateName', [BusinessErrorCode.DUPLICATE_NAME])(Another)).toThrow(/already carried by DuplicateNameError/);
    expect(() => graphqlFailure(fail(BusinessErrorCode.PROGRAM_ARCHIVED, 'x'))).toThrow(/No GraphQL type carries PROGRAM_ARCHIVED/);
  });
});
