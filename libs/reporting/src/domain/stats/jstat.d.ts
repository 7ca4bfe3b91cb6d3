/** Minimal typing for the part of jstat (no published types) used by t-distribution.ts. */
declare module 'jstat' {
  export const jStat: {
    studentt: {
      cdf(x: number, degreesOfFreedom: number): number;
      inv(p: number, degreesOfFreedom: number): number;
    };
  };
}
