import { Module } from '@nestjs/common';
import { EmployeeRelations } from './employee-relations';
import { EmployeeRepository } from './employee.repository';
import { EmployeeWriteRepository } from './employee-write.repository';
import { JobRoleRepository } from './job-role.repository';
import { DepartmentWriteRepository } from './department-write.repository';
import { EmployeesService } from './employees.service';
import { EmployeesResolver } from './api/employees.resolver';
import { IdentityForgetter } from './identity-forgetter';
import { JobRolesService } from './job-roles.service';
import { JobRolesResolver } from './api/job-roles.resolver';
import { AuthPortsModule } from './auth-ports.module';
import { EmployeeEventPublisher } from './employee-event-publisher';
import { EmployeeSyncWriter } from './sync/employee-sync-writer';

@Module({
  imports: [AuthPortsModule],
  providers: [EmployeeRepository, EmployeeWriteRepository, JobRoleRepository, DepartmentWriteRepository, EmployeesService, EmployeesResolver, IdentityForgetter, EmployeeRelations, JobRolesService, JobRolesResolver, EmployeeEventPublisher, EmployeeSyncWriter],
  exports: [EmployeeRepository, EmployeeWriteRepository, DepartmentWriteRepository, EmployeesService, EmployeeRelations, JobRolesService, EmployeeSyncWriter],
})
export class EmployeesModule {}
