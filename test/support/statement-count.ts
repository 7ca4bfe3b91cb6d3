export { countStatements } from '@app/persistence';
