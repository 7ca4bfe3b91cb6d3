import { loadConfig } from '@app/shared';
import { signDevelopmentToken } from '@app/auth';
import { DEMO_USERS, demoSubject } from '../apps/api/src/demo/demo-people';

/**
 * npm run token -- <email | subject>: prints a development bearer token.
 * An email signs as that demo user (subject demo|<email>); anything else is used as the subject.
 * Refused in production.
 */
function main() {
  const config = loadConfig();
  if (config.isProduction) throw new Error('Development tokens are not issued in production; use your identity provider.');
  const who = process.argv[2];
  if (!who) {
    process.stdout.write(`Usage: npm run token -- <email|subject>\nDemo users:\n${DEMO_USERS.map((u) => `  ${u.label.padEnd(10)} ${u.email}`).join('\n')}\n`);
    return;
  }
  const subject = who.includes('@') ? demoSubject(who) : who;
  process.stdout.write(`${signDevelopmentToken(config, subject)}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
}
