/**
 * The employees lib's GraphQL face, for other libs' api/ code (resolvers that extend Employee, answer an EmployeeRef
 * or a JobRole). Only api/ code imports `@app/employees/graphql`; services speak the domain types of `@app/employees`.
 */
export { EmployeeRefType, EmployeeType } from './api/types/employee.type';
export { EmployeePage } from './api/types/org.types';
export { JobRoleType } from './api/types/job-role.types';
