export * from './job-definition';
export * from './job-runner';
export * from './jobs-config';
export * from './jobs.service';
export * from './jobs.module';
