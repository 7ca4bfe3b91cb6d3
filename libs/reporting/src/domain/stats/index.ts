export * from './summary';
export * from './paired';
export * from './two-sample';
export { ALPHA, DEFAULT_MIN_SAMPLE_SIZE, NO_VARIATION_WARNING } from './inference';
export type { ImpactInference, ImpactOptions, ImpactVerdict } from './inference';
export { tQuantile, twoSidedPValue } from './t-distribution';
