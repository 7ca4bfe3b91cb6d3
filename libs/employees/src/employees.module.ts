import { Module } from '@nestjs/common';
import { EmployeeRelations } from './employee-relations';
import { EmployeeRepository } from './employee.repository';
import { EmployeeWriteRepository } from './employee-write.repository';
import { EmployeesService } from './employees.service';
import { EmployeesResolver } from './api/employees.resolver';
import { IdentityForgetter } from './identity-forgetter';
import { JobRolesService } from './job-roles.service';
import { JobRolesResolver } from './api/job-roles.resolver';
import { AuthPortsModule } from './auth-ports.module';

@Module({
  imports: [AuthPortsModule],
  providers: [EmployeeRepository, EmployeeWriteRepository, EmployeesService, EmployeesResolver, IdentityForgetter, EmployeeRelations, JobRolesService, JobRolesResolver],
  exports: [EmployeeRepository, EmployeeWriteRepository, EmployeesService, EmployeeRelations, JobRolesService],
})
export class EmployeesModule {}
