export * from './column-mapping';
export * from './row-validator';
export * from './stream-parser';
export { CsvFileError, DEFAULT_MAX_RECORD_CHARS, readCsvRecords } from './csv-records';
export type { CsvRecord } from './csv-records';
