import { AuditEntry } from '@app/auth';
import { Department, Employee, JobRole, Location } from '@app/employees';
import { SKILL_PATH_ENTITIES } from '@app/skill-paths';
import { CERTIFICATION_ENTITIES } from '@app/certifications';
import { NOTIFICATION_ENTITIES } from '@app/notifications';
import { PRACTICE_BUDGET_ENTITIES } from '@app/practice-budgets';
import { PLAYBOOK_ENTITIES } from '@app/playbooks';
import { INCENTIVE_ENTITIES } from '@app/incentives';
import { SNAPSHOT_ENTITIES } from '@app/snapshots';
import { PERFORMANCE_METRIC_ENTITIES } from '@app/performance-metrics';
import { CONNECTOR_ENTITIES } from '@app/connectors';
import { REPORTING_ENTITIES } from '@app/reporting';

/** Every entity of the service: the data source, migrations and drift checks all read this list. */
export const ALL_ENTITIES = [AuditEntry, Department, Location, JobRole, Employee, ...SKILL_PATH_ENTITIES, ...CERTIFICATION_ENTITIES, ...NOTIFICATION_ENTITIES, ...PRACTICE_BUDGET_ENTITIES, ...PLAYBOOK_ENTITIES, ...INCENTIVE_ENTITIES, ...SNAPSHOT_ENTITIES, ...PERFORMANCE_METRIC_ENTITIES, ...CONNECTOR_ENTITIES, ...REPORTING_ENTITIES];
