/** SCIM 2.0 protocol pieces: pure functions and types, no HTTP server and no database. */
export * from './urns';
export * from './errors';
export * from './filter';
export * from './model';
export * from './patch';
export * from './list';
export * from './discovery';
export { matchesValueFilter } from './filter-match';
export * from './group-model';
export * from './group-patch';
export * from './attributes';
