export { cidrExclude } from './cidrExclude.ts';
export { cidrFindFree } from './cidrFindFree.ts';
export { cidrListContains } from './cidrListContains.ts';
export { cidrMerge } from './cidrMerge.ts';
export type { CidrOverlap } from './cidrOverlaps.ts';
export { cidrOverlaps, cidrSetsOverlap } from './cidrOverlaps.ts';
export { cidrRangeToCidrs } from './cidrRangeToCidrs.ts';
export { cidrSplit } from './cidrSplit.ts';
