export { cidrExclude } from './cidrExclude.ts';
export { cidrFindFree } from './cidrFindFree.ts';
export { cidrListContains } from './cidrListContains.ts';
export { cidrMerge } from './cidrMerge.ts';
export type { CidrOverlap } from './cidrOverlaps.ts';
export { cidrOverlaps, cidrSetsOverlap } from './cidrOverlaps.ts';
export { cidrRangeToCidrs } from './cidrRangeToCidrs.ts';
export type {
  CidrAddressTotals,
  CidrSetContainsResult,
  CidrSetExcludeResult,
  CidrSetFindFreeResult,
  CidrSetMergeResult,
  CidrSetOverlapPair,
  CidrSetOverlapsResult,
  CidrSetRangeResult,
  CidrSetSplitResult,
} from './cidrSetCalculators.ts';
export {
  CidrSetContainsInput,
  CidrSetExcludeInput,
  CidrSetFindFreeInput,
  CidrSetMergeInput,
  CidrSetOverlapsInput,
  CidrSetRangeInput,
  CidrSetSplitInput,
  cidrSetContains,
  cidrSetExclude,
  cidrSetFindFree,
  cidrSetMerge,
  cidrSetOverlaps,
  cidrSetRange,
  cidrSetSplit,
} from './cidrSetCalculators.ts';
export { cidrSplit, cidrSplitCount, cidrSplitLimit } from './cidrSplit.ts';
export type { CidrTextError, CidrTextResult } from './cidrText.ts';
export { cidrExcludeText, cidrMergeText, cidrOverlapsText, cidrSetsOverlapText } from './cidrText.ts';
