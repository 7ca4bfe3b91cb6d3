import { Check, Column, Entity, Index, ManyToOne, JoinColumn, VersionColumn } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Department } from './department.entity';
import { JobRole } from './job-role.entity';
import { Location } from './location.entity';

export const EMPLOYEE_STATUSES = ['ACTIVE', 'ON_LEAVE', 'TERMINATED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];
export const WORK_CONTEXTS = ['OFFICE', 'REMOTE', 'HYBRID', 'FRONTLINE'] as const;
export type WorkContext = (typeof WORK_CONTEXTS)[number];
export const ROLES = ['HR_ADMIN', 'MANAGER', 'EMPLOYEE'] as const;

@Entity('employee')
@Check(`"status" IN ('ACTIVE','ON_LEAVE','TERMINATED')`)
@Check(`"work_context" IN ('OFFICE','REMOTE','HYBRID','FRONTLINE')`)
@Check(`"manager_id" IS NULL OR "manager_id" <> "id"`)
/** Emails are unique case-insensitively: a unique index on lower(email), made by migration EmailCaseInsensitive. */
@Index('UQ_employee_email_lower', { synchronize: false })
export class Employee extends BaseEntity {
  @Index({ unique: true, where: '"employee_number" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  employeeNumber: string | null;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  @Column({ type: 'text' })
  email: string;

  /** Subject of the identity provider's token (JWT `sub`) that signs in as this employee. */
  @Index({ unique: true, where: '"auth_subject" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  authSubject: string | null;

  @Column({ type: 'text', array: true, default: () => "'{EMPLOYEE}'" })
  roles: string[];

  @Index()
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => Employee, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: Employee;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  jobRoleId: string | null;

  @ManyToOne(() => JobRole, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'job_role_id' })
  jobRole?: JobRole;

  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne(() => Location, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'location_id' })
  location?: Location;

  @Column({ type: 'text', default: 'OFFICE' })
  workContext: WorkContext;

  @Index()
  @Column({ type: 'text', default: 'ACTIVE' })
  status: EmployeeStatus;

  @Column({ type: 'date', nullable: true })
  hireDate: string | null;

  @VersionColumn()
  version: number;
}
