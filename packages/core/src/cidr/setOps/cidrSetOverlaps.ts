import { z } from 'zod';
import { field } from '../../input/fieldMeta.ts';
import type { Problem } from '../../input/problem.ts';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, failure, success } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { overlapPairs } from './blockOverlapPairs.ts';
import { cidrsField } from './cidrSetFields.ts';
import { hostBitWarnings } from './cidrSetResult.ts';
import { canonicalText } from './cidrText.ts';

/** The most overlapping pairs one result lists (each pair is a few dozen bytes of JSON). */
const OVERLAP_PAIR_LIMIT = 1_000_000;

export const CidrSetOverlapsInput = inputObject({
  cidrs: cidrsField,
  failOnOverlap: field(z.boolean({ error: 'Fail on overlap is true or false.' }).default(false), {
    label: 'Fail on overlap',
    flag: 'fail-on-overlap',
    param: 'fail-on-overlap',
    description:
      'Report each overlapping pair as a problem (exit 1 in the CLI): for CI checks of an address plan.',
    example: 'true',
    switch: true,
  }),
});
export type CidrSetOverlapsInput = z.input<typeof CidrSetOverlapsInput>;

export interface CidrSetOverlapPair {
  readonly a: string;
  readonly b: string;
  /** The addresses both hold: CIDR blocks nest, so this is the smaller of the two. */
  readonly shared: string;
  /** Positions in the list as given (0-based, blank and comment entries counted), aIndex < bIndex. */
  readonly aIndex: number;
  readonly bIndex: number;
}

export interface CidrSetOverlapsResult {
  /** Every overlapping pair as [earlier, later] canonical CIDR text, ordered by input position. */
  readonly overlaps: ReadonlyArray<readonly [string, string]>;
  /** The same pairs with the shared range and input positions. */
  readonly pairs: readonly CidrSetOverlapPair[];
  /** With `failOnOverlap`: one problem per pair (the first 100, then a count), so a check fails. */
  readonly problems: readonly Problem[];
}

/** The most pairs listed one by one as problems; the rest are counted in one more. */
const PROBLEM_LIMIT = 100;

/**
 * Every pair of blocks in the list that share addresses, with the shared range. Pairs are reported
 * once, by input position (a before b), ordered by a's position then b's. Identical blocks overlap.
 * More than 1,000,000 pairs is refused (`too_many_overlaps`) rather than printed.
 */
export const cidrSetOverlaps = defineCalculator({
  name: 'cidrSetOverlaps',
  schema: CidrSetOverlapsInput,
  calculate: ({ cidrs, failOnOverlap }) => {
    const trace = new Trace();
    const found = overlapPairs(cidrs.list, OVERLAP_PAIR_LIMIT);
    if (found === null) {
      return failure({
        code: 'too_many_overlaps',
        path: ['cidrs'],
        message: `More than ${OVERLAP_PAIR_LIMIT.toLocaleString('en-US')} pairs of these ${cidrs.lines.length.toLocaleString('en-US')} CIDR blocks overlap (n identical blocks make n(n−1)/2 pairs); merge the list first to see what it covers, or check fewer blocks at a time.`,
      });
    }
    // Canonical text once per block, however many pairs it is in.
    const canonical = new Map<number, string>();
    const text = (index: number) => {
      let value = canonical.get(index);
      if (value === undefined) {
        value = canonicalText(cidrs.lines[index]!);
        canonical.set(index, value);
      }
      return value;
    };
    const prefixOf = (value: string) => Number(value.slice(value.indexOf('/') + 1));
    const pairs = found.map(([aIndex, bIndex]): CidrSetOverlapPair => {
      const a = text(aIndex);
      const b = text(bIndex);
      return {
        a,
        b,
        shared: prefixOf(a) >= prefixOf(b) ? a : b,
        aIndex: cidrs.origin[aIndex]!,
        bIndex: cidrs.origin[bIndex]!,
      };
    });
    trace.step({
      id: 'overlapping_pairs',
      formula:
        'sort blocks by network (larger first on a tie); a block overlaps exactly the enclosing blocks still open in the sweep',
      inputs: { blocks: cidrs.lines.length },
      value: pairs.length,
      unit: 'pairs',
    });
    const problems: Problem[] = failOnOverlap
      ? pairs.slice(0, PROBLEM_LIMIT).map((pair) => ({
          code: 'cidrs_overlap',
          path: ['cidrs', pair.bIndex],
          message: `${pair.a} (entry ${pair.aIndex + 1}) and ${pair.b} (entry ${pair.bIndex + 1}) overlap: both hold ${pair.shared}.`,
          params: { a: pair.a, b: pair.b, shared: pair.shared },
        }))
      : [];
    if (failOnOverlap && pairs.length > PROBLEM_LIMIT)
      problems.push({
        code: 'cidrs_overlap',
        path: ['cidrs'],
        message: `${(pairs.length - PROBLEM_LIMIT).toLocaleString('en-US')} more overlapping pairs.`,
      });
    return success<CidrSetOverlapsResult>(
      { overlaps: pairs.map((pair) => [pair.a, pair.b] as const), pairs, problems },
      trace.steps,
      hostBitWarnings({ cidrs: { list: cidrs, label: 'CIDR blocks' } }),
    );
  },
});
