import request from 'supertest';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/shared';
import { createApp } from '../../apps/api/src/bootstrap';
import { demoPeople, DEMO_USERS } from '../../apps/api/src/demo/demo-people';
import { loadDemoOrganizationIfEmpty } from '../../apps/api/src/demo/demo-seed';
import { DEMO_PLAYBOOK_TEMPLATES } from '../../apps/api/src/demo/demo-playbooks';
import { emptyDatabase } from '../support/empty-database';

describe('demo organization', () => {
  it('is about 60 people in one real hierarchy with the three demo users', () => {
    const people = demoPeople();
    expect(people.length).toBeGreaterThanOrEqual(55);
    expect(people.length).toBeLessThanOrEqual(70);
    expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
    const byKey = new Map(people.map((p) => [p.key, p]));
    expect(people.filter((p) => !p.managerKey)).toHaveLength(1);
    for (const u of DEMO_USERS) expect(byKey.has(u.key)).toBe(true);
    expect(byKey.get('eli.turner')?.managerKey).toBe('maya.lopez');
    expect(byKey.get('hana.hughes')?.roles).toContain('HR_ADMIN');
  });

  it('loads into an empty database once, and its printed tokens sign in', async () => {
    const db = await emptyDatabase();
    const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: db.url });
    const app = await createApp({ config, databaseUrl: db.url, logger: pino({ level: 'silent' }) });
    try {
      const tokens = await loadDemoOrganizationIfEmpty(app, config);
      expect(tokens?.map((t) => t.label)).toEqual(DEMO_USERS.map((u) => u.label));
      const [{ n }] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM employee');
      expect(n).toBe(demoPeople().length);
      const employeeToken = tokens?.find((t) => t.label === 'Employee')?.token;
      const res = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${employeeToken}`)
        .send({ query: '{ me { displayName manager { displayName } department { name } } }' });
      expect(res.body.data.me).toEqual({ displayName: 'Eli Turner', manager: { displayName: 'Maya Lopez' }, department: { name: 'Customer Support' } });
      const managerToken = tokens?.find((t) => t.label === 'Manager')?.token;
      const team = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${managerToken}`).send({ query: '{ myTeam { totalCount } }' });
      expect(team.body.data.myTeam.totalCount).toBe(8);
      // The demo manager's team shows every certification case, so her overview and renewals are not empty.
      const overview = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${managerToken}`)
        .send({ query: '{ teamOverview { members { certifications { status } } } renewalsDue(withinDays: 90, scope: MY_LINE, first: 50) { nodes { status } } }' });
      const teamStatuses = overview.body.data.teamOverview.members.flatMap((m: { certifications: Array<{ status: string }> }) => m.certifications.map((c) => c.status));
      expect(new Set(teamStatuses)).toEqual(new Set(['ACTIVE', 'RENEWAL_DUE', 'IN_GRACE', 'EXPIRED']));
      expect(overview.body.data.renewalsDue.nodes.map((n: { status: string }) => n.status).sort()).toEqual(['IN_GRACE', 'RENEWAL_DUE']);
      const ds = app.get(DataSource);
      const [{ paths }] = await ds.query(`SELECT count(*)::int AS paths FROM skill_path`);
      expect(paths).toBe(3);
      const [{ levels }] = await ds.query(`SELECT count(*)::int AS levels FROM path_level`);
      expect(levels).toBe(9);
      const hrToken = tokens?.find((t) => t.label === 'HR admin')?.token;
      const due = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${hrToken}`)
        .send({ query: '{ renewalsDue(withinDays: 90, scope: ORGANIZATION, first: 200) { totalCount nodes { status } } }' });
      const statuses = new Set(due.body.data.renewalsDue.nodes.map((n: { status: string }) => n.status));
      expect(statuses.has('RENEWAL_DUE')).toBe(true);
      const gaps = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${hrToken}`)
        .send({ query: '{ complianceGaps(groupBy: JOB_ROLE) { label } }' });
      expect(gaps.body.data.complianceGaps.length).toBeGreaterThan(0); // missing or expired required certifications
      const mine = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${employeeToken}`)
        .send({ query: '{ me { pathAssignments { targetLevel } } }' });
      expect(mine.body.data.me.pathAssignments).toHaveLength(1);
      const templates = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${managerToken}`)
        .send({ query: '{ playbookTemplates { name active steps { kind offsetDays } } myPlaybookRuns { trainingName status employee { displayName } steps { dueOn } } }' });
      expect(templates.body.data.playbookTemplates.map((x: { name: string }) => x.name).sort()).toEqual(DEMO_PLAYBOOK_TEMPLATES.map((x) => x.name).sort());
      for (const tpl of templates.body.data.playbookTemplates) expect(tpl.steps.some((x: { kind: string }) => x.kind === 'AFTER')).toBe(true);
      expect(templates.body.data.myPlaybookRuns).toEqual([expect.objectContaining({ trainingName: 'ITIL 4 Foundation exam', status: 'OPEN', employee: { displayName: 'Eli Turner' } })]);
      // What the demo's people did went through the services: audited as theirs, and notified as it would be for real.
      const audited = await ds.query(`SELECT a.action, e.first_name FROM audit_entry a JOIN employee e ON e.id = a.actor_id WHERE a.outcome = 'OK' ORDER BY a.action`);
      const actions = new Set(audited.map((r: { action: string; first_name: string }) => `${r.action} by ${r.first_name}`));
      for (const a of ['createPlaybookTemplate by Hana', 'startPlaybookRun by Maya', 'assignPath by Maya', 'proposePracticeBudget by Maya', 'approvePracticeBudget by Sofia']) expect(actions).toContain(a);
      const inbox = async (token: string | undefined) => (await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`)
        .send({ query: '{ myNotifications(unreadOnly: true, first: 50) { totalCount nodes { title link } } }' })).body.data.myNotifications;
      const eli = await inbox(employeeToken);
      expect(eli.nodes.map((n: { title: string }) => n.title)).toEqual(expect.arrayContaining([
        'Playbook started for ITIL 4 Foundation exam', 'New skill path for you: Support Agent path', 'Your practice budget was approved',
      ]));
      expect(eli.totalCount).toBe(eli.nodes.length);
      const maya = await inbox(managerToken);
      expect(maya.nodes).toEqual(expect.arrayContaining([{ title: 'Playbook started: Eli Turner, ITIL 4 Foundation exam', link: expect.stringMatching(/^\/playbooks\/[0-9a-f-]+$/) }]));
      const budgets = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${employeeToken}`).send({ query: '{ practiceBudgets { program hours status } }' });
      expect(budgets.body.data.practiceBudgets).toEqual([{ program: 'ITIL 4 Foundation study', hours: 12, status: 'APPROVED' }]);
      expect(await loadDemoOrganizationIfEmpty(app, config)).toBeNull();
    } finally {
      await app.close();
      await db.drop();
    }
  });
});
