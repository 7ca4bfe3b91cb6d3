import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '@app/shared';
import { createApp } from '../apps/api/src/bootstrap';
import { resolveDatabase } from '../apps/api/src/database';
import { printAppSchema, SCHEMA_FILE } from '../apps/api/src/graphql/schema-printer';

/** npm run schema:generate — writes schema/schema.gql from the code-first resolvers. */
async function main() {
  const config = loadConfig({ ...process.env, DEMO_SEED: 'false', RUN_MIGRATIONS: 'false', NODE_ENV: 'development' });
  const database = await resolveDatabase(config);
  const app = await createApp({ config, databaseUrl: database.url, logger: pino({ level: 'silent' }) });
  writeFileSync(join(__dirname, '..', SCHEMA_FILE), printAppSchema(app));
  await app.close();
  await database.stop();
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}
void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
