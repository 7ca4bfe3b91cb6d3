import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE = 'schema/schema.gql';

/** The running app's GraphQL schema, sorted, as committed in schema/schema.gql. */
export function printAppSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `# Generated from code by \`npm run schema:generate\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
