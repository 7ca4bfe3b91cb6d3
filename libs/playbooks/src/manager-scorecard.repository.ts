import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { EMPLOYEE_VIEW } from '@app/employees';
import { PATH_OBSERVATION_VIEW } from '@app/skill-paths';

export interface ScorecardRow {
  teamSize: number;
  conversations: number;
  withNewBehaviour: number;
  stepsDone: number;
  stepsDoneOnTime: number;
  stepsOverdue: number;
}

export interface ScorecardWindow {
  managerId: string;
  monthStart: string;
  /** The day the figures are taken at: the month's last day, or today within the current month. */
  monthEnd: string;
  /** First day of the 90-day window ending at monthEnd. */
  newSince: string;
}

/**
 * The manager scorecard of one month in one statement (plus a cached check that skill-paths'
 * path_observation table exists). Every figure is taken at the month's end (today within the
 * current month). Team = the manager's direct reports who are not terminated and were hired by then.
 * - A development conversation is a playbook step the manager completed for a team member, or an
 *   observation of a path behaviour they recorded (or, for a self-report, confirmed); several on the
 *   same employee and day count once.
 * - A newly observed behaviour: a behaviour whose first counted observation of that employee (from
 *   path_observation or an AFTER step that named it) falls in the 90 days ending at the month's end.
 * - Steps done (and on time: on or before their due date): steps of the runs the manager owns
 *   completed within the month. Steps overdue: steps of those runs past due at the month's end and
 *   not completed by then, in runs not cancelled by then (no step is due before its run starts).
 */
@Injectable()
export class ManagerScorecardRepository {
  private observationsPresent = false;

  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [{ managerId: SqlExample.ID, monthStart: '2026-01-01', monthEnd: '2026-01-31', newSince: '2025-11-03' }] })
  async scorecard(w: ScorecardWindow): Promise<ScorecardRow> {
    const withObs = await this.hasObservationTable();
    const obsFirsts = withObs
      ? `UNION ALL SELECT o.employee_id, o.behaviour_id, o.observed_on FROM ${PATH_OBSERVATION_VIEW} o
           WHERE o.employee_id IN (SELECT id FROM team) AND (o.self_reported = false OR o.confirmed_at IS NOT NULL)`
      : '';
    const obsConvos = withObs
      ? `UNION SELECT o.employee_id, o.observed_on FROM ${PATH_OBSERVATION_VIEW} o
           WHERE o.employee_id IN (SELECT id FROM team) AND o.observed_on BETWEEN $2 AND $3
             AND ((o.recorded_by_id = $1 AND o.self_reported = false) OR o.confirmed_by_id = $1)`
      : '';
    const [row] = await this.tx.query<Record<string, string>>(
      `WITH team AS (SELECT id FROM ${EMPLOYEE_VIEW} employee WHERE manager_id = $1 AND status <> 'TERMINATED' AND (hire_date IS NULL OR hire_date <= $3)),
       observed AS (
         SELECT r.employee_id, s.behaviour_id, s.completed_on AS on_date FROM playbook_run_step s JOIN playbook_run r ON r.id = s.run_id
          WHERE s.behaviour_id IS NOT NULL AND s.completed_at IS NOT NULL AND r.employee_id IN (SELECT id FROM team)
         ${obsFirsts}
       ),
       firsts AS (SELECT employee_id, behaviour_id, min(on_date) AS first_on FROM observed GROUP BY employee_id, behaviour_id),
       convos AS (
         SELECT DISTINCT r.employee_id, s.completed_on AS on_date FROM playbook_run_step s JOIN playbook_run r ON r.id = s.run_id
          WHERE s.completed_by_id = $1 AND s.completed_on BETWEEN $2 AND $3 AND r.employee_id IN (SELECT id FROM team)
         ${obsConvos}
       ),
       steps AS (
         SELECT count(*) FILTER (WHERE s.completed_on BETWEEN $2 AND $3) AS done,
                count(*) FILTER (WHERE s.completed_on BETWEEN $2 AND $3 AND s.completed_on <= s.due_on) AS on_time,
                count(*) FILTER (WHERE s.due_on < $3 AND (s.completed_on IS NULL OR s.completed_on > $3)
                                   AND (r.cancelled_at IS NULL OR r.cancelled_at::date > $3)) AS overdue
           FROM playbook_run_step s JOIN playbook_run r ON r.id = s.run_id WHERE r.manager_id = $1
       )
       SELECT (SELECT count(*) FROM team) AS team_size,
              (SELECT count(*) FROM convos) AS conversations,
              (SELECT count(DISTINCT employee_id) FROM firsts WHERE first_on BETWEEN $4 AND $3 AND employee_id IN (SELECT id FROM team)) AS with_new_behaviour,
              steps.done, steps.on_time, steps.overdue
         FROM steps`,
      [w.managerId, w.monthStart, w.monthEnd, w.newSince],
    );
    return {
      teamSize: Number(row.team_size),
      conversations: Number(row.conversations),
      withNewBehaviour: Number(row.with_new_behaviour),
      stepsDone: Number(row.done),
      stepsDoneOnTime: Number(row.on_time),
      stepsOverdue: Number(row.overdue),
    };
  }

  private async hasObservationTable(): Promise<boolean> {
    if (this.observationsPresent) return true;
    const [row] = await this.tx.query<{ present: boolean }>(`SELECT to_regclass('path_observation') IS NOT NULL AS present`);
    this.observationsPresent = row?.present === true;
    return this.observationsPresent;
  }
}
