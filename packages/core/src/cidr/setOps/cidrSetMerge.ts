import type { z } from 'zod';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, success } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { mergeBlocks } from './blockList.ts';
import { intervalsToText } from './intervalOutput.ts';
import { cidrsField } from './cidrSetFields.ts';
import { type CidrAddressTotals, familyCounts, hostBitWarnings, recordResult } from './cidrSetResult.ts';

export const CidrSetMergeInput = inputObject({ cidrs: cidrsField });
export type CidrSetMergeInput = z.input<typeof CidrSetMergeInput>;

export interface CidrSetMergeResult {
  /** The fewest blocks covering exactly the input's addresses: IPv4 first, then IPv6, in order. */
  readonly cidrs: readonly string[];
  readonly inputCount: number;
  readonly addresses: CidrAddressTotals;
}

/**
 * Merges (summarises) a list of CIDR blocks: adjacent and contained blocks collapse into the fewest
 * blocks that cover exactly the same addresses.
 *
 * @example
 * run(cidrSetMerge, { cidrs: ['10.0.0.0/25', '10.0.0.128/25'] }).value.cidrs //=> ['10.0.0.0/24']
 */
export const cidrSetMerge = defineCalculator({
  name: 'cidrSetMerge',
  schema: CidrSetMergeInput,
  calculate: ({ cidrs }) => {
    const trace = new Trace();
    trace.step({
      id: 'input_blocks',
      formula: 'blocks given, per family',
      inputs: familyCounts(cidrs),
      value: cidrs.lines.length,
      unit: 'CIDR blocks',
    });
    const merged = mergeBlocks(cidrs.list);
    const text = intervalsToText(merged);
    const addresses = recordResult(trace, merged, text, 'union of the blocks');
    return success<CidrSetMergeResult>(
      { cidrs: text, inputCount: cidrs.lines.length, addresses },
      trace.steps,
      hostBitWarnings({ cidrs: { list: cidrs, label: 'CIDR blocks' } }),
    );
  },
});
