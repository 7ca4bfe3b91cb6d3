import { EntityManager } from 'typeorm';
import { SqlExample } from '@app/persistence';

const { ID, ID_2 } = SqlExample;

/**
 * A few rows named by the fixed example ids, inserted before the examples run (and rolled back with them), so that
 * methods whose later statements depend on an earlier answer (a snapshot's sources once a path is found, a charter's
 * metric once the charter is read) run all of their SQL. ID is the employee, their department, role, path, level,
 * assignment, certification and charter; ID_2 is their manager. Names start with "World" so that examples' own
 * inserts never collide with them.
 */
const WORLD = [
  `INSERT INTO department (id, name) VALUES ('${ID}', 'World department')`,
  `INSERT INTO job_role (id, name) VALUES ('${ID}', 'World role')`,
  `INSERT INTO employee (id, first_name, last_name, email, version, department_id, job_role_id) VALUES ('${ID_2}', 'World', 'Manager', 'world.manager@example.com', 1, '${ID}', '${ID}')`,
  `INSERT INTO employee (id, first_name, last_name, email, version, manager_id, department_id, job_role_id, hire_date) VALUES ('${ID}', 'World', 'Employee', 'world.employee@example.com', 1, '${ID_2}', '${ID}', '${ID}', '2024-01-01')`,
  `INSERT INTO skill_path (id, job_role_id, name) VALUES ('${ID}', '${ID}', 'World path')`,
  `INSERT INTO path_level (id, path_id, level, rank) VALUES ('${ID}', '${ID}', 'BASELINE', 1)`,
  `INSERT INTO path_assignment (id, employee_id, path_id, current_level, target_level) VALUES ('${ID}', '${ID}', '${ID}', 'BASELINE', 'PROFICIENT')`,
  `INSERT INTO certification (id, name, issuer) VALUES ('${ID}', 'World certification', 'World issuer')`,
  `INSERT INTO certification_requirement (job_role_id, level, certification_id) VALUES ('${ID}', 'BASELINE', '${ID}')`,
  `INSERT INTO program_charter (id, name, subject_kind, certification_id, starts_on, created_by_id) VALUES ('${ID}', 'World charter', 'CERTIFICATION', '${ID}', '2025-12-01', '${ID_2}')`,
];

export async function insertExampleWorld(manager: EntityManager): Promise<void> {
  for (const sql of WORLD) await manager.query(sql);
}
