import type { z } from 'zod';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, success } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { mergeBlocks, subtractIntervals } from './blockList.ts';
import { intervalsToText } from './intervalOutput.ts';
import { fromField, removeField } from './cidrSetFields.ts';
import { type CidrAddressTotals, hostBitWarnings, recordResult, totals } from './cidrSetResult.ts';

export const CidrSetExcludeInput = inputObject({ from: fromField, remove: removeField });
export type CidrSetExcludeInput = z.input<typeof CidrSetExcludeInput>;

export interface CidrSetExcludeResult {
  /** What remains of `from` after removing `remove`: minimal, IPv4 first, then IPv6, in order. */
  readonly cidrs: readonly string[];
  readonly addresses: CidrAddressTotals;
  readonly removedAddresses: CidrAddressTotals;
}

/**
 * What remains of the `from` blocks after removing the `remove` blocks (e.g. the free space of a
 * VPC given its subnets). `remove` blocks may lie partly or wholly outside `from`.
 *
 * @example
 * run(cidrSetExclude, { from: ['10.0.0.0/24'], remove: ['10.0.0.0/25'] }).value.cidrs //=> ['10.0.0.128/25']
 */
export const cidrSetExclude = defineCalculator({
  name: 'cidrSetExclude',
  schema: CidrSetExcludeInput,
  calculate: ({ from, remove }) => {
    const trace = new Trace();
    trace.step({
      id: 'input_blocks',
      formula: 'blocks given: from + remove',
      inputs: { from: from.lines.length, remove: remove.lines.length },
      value: from.lines.length + remove.lines.length,
      unit: 'CIDR blocks',
    });
    const fromSet = mergeBlocks(from.list);
    const rest = subtractIntervals(fromSet, mergeBlocks(remove.list));
    const text = intervalsToText(rest);
    const before = totals(fromSet);
    const addresses = recordResult(trace, rest, text, 'from minus remove (both merged, then one sweep)');
    const removedAddresses = {
      ipv4: (BigInt(before.ipv4) - BigInt(addresses.ipv4)).toString(),
      ipv6: (BigInt(before.ipv6) - BigInt(addresses.ipv6)).toString(),
    };
    return success<CidrSetExcludeResult>(
      { cidrs: text, addresses, removedAddresses },
      trace.steps,
      hostBitWarnings({
        from: { list: from, label: 'From blocks' },
        remove: { list: remove, label: 'Blocks to remove' },
      }),
    );
  },
});
