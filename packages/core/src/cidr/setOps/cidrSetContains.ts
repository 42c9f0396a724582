import type { z } from 'zod';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, success } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { blocksNotCovered, intervalsToText, mergeBlocks, subtractIntervals } from './blockList.ts';
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
}

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
    return success<CidrSetContainsResult>(
      {
        contained: missing.length === 0,
        notContained: missing.map((index) => ({
          index: candidates.origin[index]!,
          cidr: canonicalText(candidates.lines[index]!),
        })),
        uncovered,
      },
      trace.steps,
      hostBitWarnings({
        containers: { list: containers, label: 'Containing blocks' },
        candidates: { list: candidates, label: 'Blocks to check' },
      }),
    );
  },
});
