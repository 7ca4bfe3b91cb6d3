import { levelRank, PATH_LEVELS, PathLevelName } from '@app/skill-paths';
import { horizonFor } from './horizon';
import type { EmployeeSnapshot, SnapshotBehaviour, SnapshotCertification, SnapshotPayoff, SnapshotSection } from './snapshot.model';

/** Rows read for a batch of employees (see SnapshotSourceRepository); plain SQL shapes. */
export interface SnapshotSources {
  employees: Array<{
    employee_id: string;
    first_name: string;
    last_name: string;
    assignment_id: string | null;
    path_id: string | null;
    path_name: string | null;
    job_role_id: string | null;
    current_level: PathLevelName | null;
    target_level: PathLevelName | null;
    target_date: string | null;
  }>;
  levels: Array<{ id: string; path_id: string; level: PathLevelName; rank: number; summary: string }>;
  behaviours: Array<{ id: string; level_id: string; position: number; activity: string; expected_output: string }>;
  resources: Array<{ id: string; level_id: string; title: string; url: string; kind: string; estimated_minutes: number | null }>;
  requirements: Array<{ job_role_id: string; level: PathLevelName; required: boolean; certification_id: string; name: string; issuer: string; study_guide_url: string | null }>;
  records: Array<{ employee_id: string; certification_id: string; status: string; earned_on: string; expires_on: string | null; window_opens_on: string | null; effective_deadline: string | null }>;
  budgets: Array<{ id: string; employee_id: string; path_level_id: string; hours: string | number; period_start: string; period_end: string; extra_hours: string | number; used_minutes: string | number }>;
  rules: Array<{ id: string; name: string; kind: string; amount: string | number | null; currency: string | null; opportunity: string | null; path_level_id: string | null; certification_id: string | null }>;
  /** Behaviours with a counted observation on or before the day, per employee. */
  observed: Array<{ employee_id: string; behaviour_id: string }>;
}

const HELD = new Set(['ACTIVE', 'RENEWAL_DUE', 'IN_GRACE']);
const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const round2 = (n: number) => Math.round(n * 100) / 100;
const numOrNull = (v: string | number | null) => (v === null ? null : Number(v));

/** Pure: turns the batch's rows into one snapshot per employee (in `employeeIds` order), one section per assignment. */
export function buildSnapshots(employeeIds: readonly string[], src: SnapshotSources, today: string): EmployeeSnapshot[] {
  const levelsByPath = group(src.levels, (l) => l.path_id);
  const levelById = new Map(src.levels.map((l) => [l.id, l]));
  const behavioursByLevel = group(src.behaviours, (b) => b.level_id);
  const resourcesByLevel = group(src.resources, (r) => r.level_id);
  const requirementsByRoleLevel = group(src.requirements, (q) => `${q.job_role_id}|${q.level}`);
  const records = new Map(src.records.map((r) => [`${r.employee_id}|${r.certification_id}`, r]));
  const budgetsByEmployee = group(src.budgets, (b) => b.employee_id);
  const rowsByEmployee = group(src.employees, (e) => e.employee_id);
  const observed = new Set(src.observed.map((o) => `${o.employee_id}|${o.behaviour_id}`));

  return employeeIds.flatMap((employeeId) => {
    const rows = rowsByEmployee.get(employeeId) ?? [];
    if (rows.length === 0) return [];
    const sections = rows.filter((r) => r.assignment_id).map((a): SnapshotSection => {
      const pathLevels = levelsByPath.get(a.path_id as string) ?? [];
      const levelNamed = (name: PathLevelName | null) => (name ? pathLevels.find((l) => l.level === name) : undefined);
      const currentRank = levelRank(a.current_level);
      const targetLevel = a.target_level as PathLevelName;
      const targetRank = levelRank(targetLevel);
      const nextLevel = currentRank < PATH_LEVELS.length ? PATH_LEVELS[currentRank] : null;
      const behavioursOf = (rank: (r: number) => boolean): SnapshotBehaviour[] =>
        pathLevels.filter((l) => rank(l.rank)).flatMap((l) =>
          (behavioursByLevel.get(l.id) ?? []).map((b) => ({ id: b.id, level: l.level, position: b.position, activity: b.activity, expectedOutput: b.expected_output })));
      const currentBehaviours = behavioursOf((r) => r === currentRank);
      const doneToday = new Set(currentBehaviours.map((b) => norm(b.activity)));
      const ahead = behavioursOf((r) => r > currentRank && r <= targetRank).filter((b) => !doneToday.has(norm(b.activity)));
      const isObserved = (b: SnapshotBehaviour) => observed.has(`${employeeId}|${b.id}`);
      const startLevel = levelNamed(a.current_level ?? 'BASELINE');
      const payoffTop = Math.min(PATH_LEVELS.length, Math.max(targetRank, currentRank + 1));
      const payoffLevels = pathLevels.filter((l) => l.rank > currentRank && l.rank <= payoffTop);
      const payoffCertIds = new Set(payoffLevels.flatMap((l) => (requirementsByRoleLevel.get(`${a.job_role_id}|${l.level}`) ?? []).map((q) => q.certification_id)));
      const payoffLevelIds = new Set(payoffLevels.map((l) => l.id));
      const certName = new Map(src.requirements.map((q) => [q.certification_id, q.name]));
      const payoffs: SnapshotPayoff[] = src.rules
        .filter((r) => (r.path_level_id && payoffLevelIds.has(r.path_level_id)) || (r.certification_id && payoffCertIds.has(r.certification_id)))
        .map((r) => ({
          ruleId: r.id, name: r.name, kind: r.kind, amount: numOrNull(r.amount), currency: r.currency, opportunity: r.opportunity,
          level: r.path_level_id ? (levelById.get(r.path_level_id)?.level ?? null) : null,
          certificationName: r.certification_id ? (certName.get(r.certification_id) ?? null) : null,
        }));
      const nextLevelCertifications: SnapshotCertification[] = nextLevel
        ? (requirementsByRoleLevel.get(`${a.job_role_id}|${nextLevel}`) ?? []).map((q) => {
            const rec = records.get(`${employeeId}|${q.certification_id}`);
            return {
              certificationId: q.certification_id, name: q.name, issuer: q.issuer, level: q.level, required: q.required,
              held: !!rec && HELD.has(rec.status), status: rec?.status ?? null, earnedOn: rec?.earned_on ?? null, expiresOn: rec?.expires_on ?? null,
              renewalOpensOn: rec?.window_opens_on ?? null, effectiveDeadline: rec?.effective_deadline ?? null, studyGuideUrl: q.study_guide_url,
            };
          })
        : [];
      const pathLevelIds = new Set(pathLevels.map((l) => l.id));
      const practiceBudgets = (budgetsByEmployee.get(employeeId) ?? []).filter((b) => pathLevelIds.has(b.path_level_id)).map((b) => {
        const approved = Number(b.hours);
        const extra = Number(b.extra_hours);
        const used = round2(Number(b.used_minutes) / 60);
        return {
          budgetId: b.id, level: levelById.get(b.path_level_id)?.level ?? null, periodStart: b.period_start, periodEnd: b.period_end,
          approvedHours: approved, extraHours: extra, usedHours: used, remainingHours: round2(Math.max(0, approved + extra - used)),
        };
      });
      return {
        assignmentId: a.assignment_id as string,
        pathId: a.path_id as string,
        pathName: a.path_name as string,
        currentLevel: a.current_level,
        currentLevelSummary: levelNamed(a.current_level)?.summary ?? null,
        targetLevel,
        targetLevelSummary: levelNamed(targetLevel)?.summary ?? null,
        nextLevel,
        targetDate: a.target_date,
        ...horizonFor(today, a.target_date),
        currentBehaviours,
        targetBehaviours: behavioursOf((r) => r === targetRank),
        handledDifferently: ahead.filter((b) => !isObserved(b)),
        observedAhead: ahead.filter(isObserved),
        startHere: startLevel
          ? (resourcesByLevel.get(startLevel.id) ?? []).map((r) => ({ id: r.id, level: startLevel.level, title: r.title, url: r.url, kind: r.kind, estimatedMinutes: r.estimated_minutes }))
          : [],
        nextLevelCertifications,
        practiceBudgets,
        payoffs,
      };
    });
    const first = rows[0];
    return [{ employeeId, employeeName: `${first.first_name} ${first.last_name}`, takenOn: today, sections }];
  });
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}
