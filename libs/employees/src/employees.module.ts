import { Module } from '@nestjs/common';
import { EmployeeRepository } from './employee.repository';
import { EmployeesService } from './employees.service';
import { EmployeesResolver } from './api/employees.resolver';
import { IdentityForgetter } from './identity-forgetter';

@Module({
  providers: [EmployeeRepository, EmployeesService, EmployeesResolver, IdentityForgetter],
  exports: [EmployeeRepository, EmployeesService],
})
export class EmployeesModule {}
