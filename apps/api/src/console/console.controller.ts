import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { AppConfig, badInput, notFound } from '@app/shared';
import { Public, signDevelopmentToken } from '@app/auth';
import { DEMO_DOMAIN, DEMO_USERS, demoEmail, demoPeople, demoSubject } from '../demo/demo-people';

export interface ConsoleConfig {
  /** The development sign-in page (demo people) is offered. */
  devSignIn: boolean;
  /** Where production signs in: authorization code with PKCE. */
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

export interface DemoPersonView { email: string; name: string; jobRole: string; department: string; roles: string[]; highlight: string | null }

/**
 * What the console needs before anyone signs in (public), and the development-only sign-in as a
 * demo person: answered only outside production with the demo enabled, 404 otherwise.
 */
@Controller('console')
export class ConsoleController {
  constructor(private readonly config: AppConfig) {}

  private get devSignIn(): boolean {
    return !this.config.isProduction && this.config.DEMO_SEED;
  }

  @Public()
  @Get('config')
  consoleConfig(): ConsoleConfig {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPE } = this.config;
    return {
      devSignIn: this.devSignIn,
      oidc: OIDC_ISSUER && OIDC_CLIENT_ID ? { issuer: OIDC_ISSUER, clientId: OIDC_CLIENT_ID, scope: OIDC_SCOPE } : null,
    };
  }

  @Public()
  @Get('dev/people')
  demoPeople(): DemoPersonView[] {
    this.requireDevSignIn();
    const highlights = new Map(DEMO_USERS.map((u) => [u.email, u.label]));
    return demoPeople()
      .map((p) => ({ email: demoEmail(p.key), name: `${p.first} ${p.last}`, jobRole: p.role, department: p.department, roles: p.roles, highlight: highlights.get(demoEmail(p.key)) ?? null }))
      .sort((a, b) => Number(!a.highlight) - Number(!b.highlight));
  }

  @Public()
  @Post('dev/sign-in')
  @HttpCode(200)
  signIn(@Body() body: { email?: unknown }): { token: string } {
    this.requireDevSignIn();
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (!email.endsWith(`@${DEMO_DOMAIN}`) || !demoPeople().some((p) => demoEmail(p.key) === email)) {
      throw badInput('email', 'email must be the address of a demo person');
    }
    return { token: signDevelopmentToken(this.config, demoSubject(email)) };
  }

  private requireDevSignIn(): void {
    if (!this.devSignIn) throw notFound('Page');
  }
}
