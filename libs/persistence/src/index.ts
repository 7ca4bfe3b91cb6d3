export * from './embedded-engine';
export * from './transaction-host';
export * from './data-source-options';
export * from './snake-naming.strategy';
export * from './base.entity';
export * from './statement-counter';
export * from './numeric.transformer';
export * from './generate-sql';
