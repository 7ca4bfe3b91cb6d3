import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType, GraphQLSchema, isUnionType } from 'graphql';

/** Union members named as failures (`…Error`, `…Refused`) that do not implement BusinessError, as `Union.Member`. */
function failuresWithoutCode(schema: GraphQLSchema): string[] {
  const businessError = schema.getType('BusinessError');
  return Object.values(schema.getTypeMap())
    .filter(isUnionType)
    .flatMap((union) => union.getTypes().map((member): [string, GraphQLObjectType] => [union.name, member]))
    .filter(([, member]) => /(Error|Refused)$/.test(member.name) && !member.getInterfaces().some((i) => i === businessError))
    .map(([union, member]) => `${union}.${member.name}`)
    .sort();
}

/**
 * One error vocabulary: every expected failure a mutation returns carries `errorCode: BusinessErrorCode!` (with
 * message and field) through the BusinessError interface.
 */

describe('union failures carry an errorCode', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.gql'), 'utf8'));

  it('every failure member of a result union implements BusinessError (errorCode, message, field)', () => {
    expect(failuresWithoutCode(schema)).toEqual([]);
    const fields = (schema.getType('BusinessError') as GraphQLObjectType).getFields();
    expect(String(fields.errorCode.type)).toBe('BusinessErrorCode!');
    expect(String(fields.message.type)).toBe('String!');
    expect(String(fields.field.type)).toBe('String');
  });

  it('tells a failure without the interface from one with it', () => {
    const sample = buildSchema(`
      enum BusinessErrorCode { X }
      interface BusinessError { errorCode: BusinessErrorCode! message: String! field: String }
      type Ok { id: ID! } type GoodError implements BusinessError { errorCode: BusinessErrorCode! message: String! field: String }
      type BadError { message: String! } type NotAllowedRefused { message: String! }
      union R = Ok | GoodError | BadError | NotAllowedRefused
      type Query { r: R }`);
    expect(failuresWithoutCode(sample)).toEqual(['R.BadError', 'R.NotAllowedRefused']);
  });
});
