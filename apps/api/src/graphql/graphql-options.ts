import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLFormattedError } from 'graphql';
import { AppConfig, DateTimeScalar, formatGraphqlError, InputChecksRule, Metrics, stringifyResponse } from '@app/shared';
import { AuditService, IdentityService } from '@app/auth';
import { CompiledExecution } from './compiled-execution';
import { requestErrorAudit } from './request-error-audit';
import { graphqlMetrics } from './metrics-plugin';

/**
 * Code-first schema (sorted), hardened:
 * depth, cost, alias, directive and token limits; every argument checked (InputChecksRule, checkVariableInputs); no batched requests; CSRF prevention;
 * no introspection, field suggestions or IDE in production; errors formatted in one place.
 */
export function graphqlOptions(config: AppConfig, audit: AuditService, identity: IdentityService, metrics: Metrics): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    maxDirectives: { n: 50 },
    // Counted by graphql-js's parser instead (parseOptions): armor's plugin re-parses in a hook, so any syntax error
    // there (an unterminated string, a lone surrogate escape) became a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  const execution = new CompiledExecution();
  const options: ApolloDriverConfig = {
    // The committed schema/schema.gql is written by `npm run schema:generate` and checked by a test.
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    parseOptions: { maxTokens: 5000 },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every response, which doubles a team query's bytes and its cost.
    // Lists read as JSON text by SQL are written as they are (raw-json.ts).
    stringifyResult: (result) => stringifyResponse(result),
    // Cache-control hints are unused (responses are per-user); its per-field hook cost ~20% of a large team query.
    // Requests refused before any resolver runs (parse, validation, variables) are audited as INVALID.
    // Every request is counted and timed per operation for GET /metrics.
    plugins: [ApolloServerPluginCacheControlDisabled(), requestErrorAudit(audit, identity), graphqlMetrics(metrics), ...armor.plugins],
    // Every argument is checked before execution (ids, text, numbers, dates), naming it: see input-checks.ts.
    validationRules: [...armor.validationRules, InputChecksRule],
    // `Date` fields are Skillpath's DateTime, which refuses impossible and out-of-range instants.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    // Operations run compiled (graphql-jit) behind Apollo's gateway hook; see compiled-execution.ts.
    transformSchema: execution.captureSchema,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted: GraphQLFormattedError, error: unknown) => formatGraphqlError(formatted, error, config.isProduction),
  };
  // Nest's config type leaves `gateway` out, but hands every option to `new ApolloServer`.
  return Object.assign(options, { gateway: execution.gateway() });
}
