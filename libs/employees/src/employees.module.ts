import { Module } from '@nestjs/common';
import { EmployeeRepository } from './employee.repository';
import { EmployeesService } from './employees.service';
import { EmployeesResolver } from './api/employees.resolver';

@Module({
  providers: [EmployeeRepository, EmployeesService, EmployeesResolver],
  exports: [EmployeeRepository, EmployeesService],
})
export class EmployeesModule {}
