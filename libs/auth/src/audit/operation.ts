import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { getNullableType, GraphQLResolveInfo, isUnionType } from 'graphql';
import type { Viewer } from '@app/shared';
import { requestOf } from '../viewer.decorator';

/** A GraphQL operation field (Query.x, Mutation.y) or a REST route being called. */
export interface Operation {
  /** The field name (`recordCertification`) or the route (`GET /incentives/payroll.csv`). */
  name: string;
  mutation: boolean;
  viewer: Viewer | null;
  /** The ids the call named (argument name → value). */
  target: Record<string, string>;
  /** The concrete type of a union result (`PracticeActionRefused`), or null when the result is not a union. */
  resultType(result: unknown): Promise<string | null>;
}

const ROOT_TYPES = new Set(['Query', 'Mutation']);
const MAX_TARGETS = 8;

/** The operation a guard or interceptor is running for; null for nested GraphQL fields. */
export function operationOf(context: ExecutionContext): Operation | null {
  const viewer = requestOf(context).viewer ?? null;
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!ROOT_TYPES.has(info.parentType.name)) return null;
    return {
      name: info.fieldName,
      mutation: info.parentType.name === 'Mutation',
      viewer,
      target: idsIn(gql.getArgs()),
      resultType: (result) => unionMemberOf(result, gql.getContext(), info),
    };
  }
  const req = context.switchToHttp().getRequest<{ method: string; path: string; route?: { path?: string }; params?: object }>();
  return {
    name: `${req.method} ${req.route?.path ?? req.path}`,
    mutation: req.method !== 'GET' && req.method !== 'HEAD',
    viewer,
    target: idsIn(req.params ?? {}),
    resultType: async () => null,
  };
}

/** Arguments named `id` or `…Id` (top level and one level down, e.g. `input.employeeId`), never other values. */
function idsIn(args: object): Record<string, string> {
  const found: Record<string, string> = {};
  const visit = (value: object, prefix: string, depth: number) => {
    for (const [key, v] of Object.entries(value)) {
      if (Object.keys(found).length >= MAX_TARGETS) return;
      if (typeof v === 'string' && (key === 'id' || key.endsWith('Id'))) found[prefix + key] = v.slice(0, 100);
      else if (v && typeof v === 'object' && !Array.isArray(v) && depth < 1) visit(v, `${prefix}${key}.`, depth + 1);
    }
  };
  visit(args, '', 0);
  return found;
}

async function unionMemberOf(result: unknown, context: unknown, info: GraphQLResolveInfo): Promise<string | null> {
  const type = getNullableType(info.returnType);
  if (!isUnionType(type) || !result || typeof result !== 'object' || !type.resolveType) return null;
  const resolved: unknown = await type.resolveType(result, context, info, type);
  if (typeof resolved === 'string') return resolved;
  return (resolved as { name?: string } | undefined)?.name ?? null;
}
