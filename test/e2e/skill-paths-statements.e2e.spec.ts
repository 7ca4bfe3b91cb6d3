import { makeEmployee } from '../support/factories';
import { assignDirect, countStatements, makeSkillPath } from '../support/skill-path-factories';
import { startTestApp, TestApp } from '../support/test-app';

const LIST = `{ pathAssignments(first: 200) { totalCount nodes { id currentLevel
  employee { displayName } path { jobRole { name } levels { level behaviours { activity } resources { title } } } } } }`;

interface ListResult { pathAssignments: { totalCount: number; nodes: Array<{ path: { levels: Array<{ behaviours: unknown[] }> } }> } }

describe('path assignment lists cost a constant number of SQL statements', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A manager whose `n` reports are each on their own path (2 behaviours per level). */
  async function teamOf(n: number): Promise<string> {
    const manager = await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'] });
    for (let i = 0; i < n; i++) {
      const report = await makeEmployee(t.dataSource, { managerId: manager.id });
      const path = await makeSkillPath(t.dataSource, { behavioursPerLevel: 2 });
      await assignDirect(t.dataSource, report.id, path.pathId);
    }
    return t.token(manager.subject);
  }

  it('2 and 20 assignments with nested employee, path, levels, behaviours and resources cost the same', async () => {
    const small = await teamOf(2);
    const large = await teamOf(20);
    let smallResult: ListResult | undefined;
    let largeResult: ListResult | undefined;
    const smallCount = await countStatements(t.dataSource, async () => (smallResult = (await t.gql<ListResult>(LIST, {}, small)).data));
    const largeCount = await countStatements(t.dataSource, async () => (largeResult = (await t.gql<ListResult>(LIST, {}, large)).data));
    expect(smallResult?.pathAssignments.totalCount).toBe(2);
    expect(largeResult?.pathAssignments.totalCount).toBe(20);
    expect(largeResult?.pathAssignments.nodes.every((n) => n.path.levels.length === 3 && n.path.levels.every((l) => l.behaviours.length === 2))).toBe(true);
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(12);
  });
});
