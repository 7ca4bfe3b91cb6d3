import { Module } from '@nestjs/common';
import { EmployeeRelations } from './employee-relations';
import { EmployeeRepository } from './employee.repository';
import { EmployeesService } from './employees.service';
import { EmployeesResolver } from './api/employees.resolver';
import { IdentityForgetter } from './identity-forgetter';

@Module({
  providers: [EmployeeRepository, EmployeesService, EmployeesResolver, IdentityForgetter, EmployeeRelations],
  exports: [EmployeeRepository, EmployeesService, EmployeeRelations],
})
export class EmployeesModule {}
