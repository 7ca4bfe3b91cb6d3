export * from './bamboohr-connector';
export * from './bamboohr-port';
export * from './bamboohr-settings';
