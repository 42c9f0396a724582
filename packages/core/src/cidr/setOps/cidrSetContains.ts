import type { z } from 'zod';
import type { Problem } from '../../input/problem.ts';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, success } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { mergeBlocks, subtractIntervals } from './blockList.ts';
import { intervalsToText } from './intervalOutput.ts';
import { blocksNotCovered } from './intervalQueries.ts';
import { candidatesField, containersField } from './cidrSetFields.ts';
import { hostBitWarnings } from './cidrSetResult.ts';
import { canonicalText } from './cidrText.ts';

export const CidrSetContainsInput = inputObject({ containers: containersField, candidates: candidatesField });
export type CidrSetContainsInput = z.input<typeof CidrSetContainsInput>;

export interface CidrSetContainsResult {
  /** True when every candidate is covered by the union of the containers. */
  readonly contained: boolean;
  /** Candidates not wholly covered, with their position in the list as given (0-based). */
  readonly notContained: ReadonlyArray<{ readonly index: number; readonly cidr: string }>;
  /** The candidate addresses outside every container, as a minimal CIDR list. */
  readonly uncovered: readonly string[];
  /** One per block not wholly contained (the first 100, then a count): the answer is "no". */
  readonly problems: readonly Problem[];
}

/** The most blocks listed one by one as problems; the rest are counted in one more. */
const PROBLEM_LIMIT = 100;

/**
 * Is every candidate block covered by the union of the containers? A candidate may be covered by
 * several smaller containers together; the result lists the parts that are not.
 */
export const cidrSetContains = defineCalculator({
  name: 'cidrSetContains',
  schema: CidrSetContainsInput,
  calculate: ({ containers, candidates }) => {
    const trace = new Trace();
    const cover = mergeBlocks(containers.list);
    const missing = blocksNotCovered(cover, candidates.list);
    const uncovered = intervalsToText(subtractIntervals(mergeBlocks(candidates.list), cover));
    trace.step({
      id: 'candidates_not_contained',
      formula: 'candidates not inside one range of the merged containers (binary search per candidate)',
      inputs: { containers: containers.lines.length, candidates: candidates.lines.length },
      value: missing.length,
      unit: 'CIDR blocks',
    });
    const notContained = missing.map((index) => ({
      index: candidates.origin[index]!,
      cidr: canonicalText(candidates.lines[index]!),
    }));
    const problems: Problem[] = notContained.slice(0, PROBLEM_LIMIT).map((entry) => ({
      code: 'not_contained',
      path: ['candidates', entry.index],
      message: `Blocks to check entry ${entry.index + 1}, ${entry.cidr}, is not wholly inside the Containing blocks.`,
      params: { cidr: entry.cidr },
    }));
    if (notContained.length > PROBLEM_LIMIT)
      problems.push({
        code: 'not_contained',
        path: ['candidates'],
        message: `${(notContained.length - PROBLEM_LIMIT).toLocaleString('en-US')} more blocks are not wholly inside the Containing blocks.`,
      });
    return success<CidrSetContainsResult>(
      { contained: missing.length === 0, notContained, uncovered, problems },
      trace.steps,
      hostBitWarnings({
        containers: { list: containers, label: 'Containing blocks' },
        candidates: { list: candidates, label: 'Blocks to check' },
      }),
    );
  },
});
