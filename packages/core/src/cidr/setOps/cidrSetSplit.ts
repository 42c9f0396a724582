import type { z } from 'zod';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, failure, success, type Warning } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { ADDRESS_BITS } from '../address.ts';
import { formatCidr } from '../cidr.ts';
import { cidrInput, prefixLengthInput } from './cidrSetFields.ts';
import { prefixRangeIssue } from './cidrSetResult.ts';
import { cidrSplit, cidrSplitCount, cidrSplitLimit } from './cidrSplit.ts';

export const CidrSetSplitInput = inputObject({ cidr: cidrInput, prefixLength: prefixLengthInput });
export type CidrSetSplitInput = z.input<typeof CidrSetSplitInput>;

export interface CidrSetSplitResult {
  readonly parent: string;
  /** The /prefixLength blocks of the parent, in order. */
  readonly cidrs: readonly string[];
  readonly count: number;
  readonly addressesEach: string;
}

/**
 * Splits a block into its /N sub-blocks, like Python's `subnets(new_prefix=N)`. Refuses (with the
 * count) to list more than 65,536 blocks.
 */
export const cidrSetSplit = defineCalculator({
  name: 'cidrSetSplit',
  schema: CidrSetSplitInput,
  calculate: ({ cidr, prefixLength }) => {
    const outOfRange = prefixRangeIssue(cidr, prefixLength, 'New prefix length');
    if (outOfRange) return outOfRange;
    const trace = new Trace();
    const count = cidrSplitCount(cidr, prefixLength);
    trace.step({
      id: 'block_count',
      formula: '2^(new prefix − parent prefix)',
      inputs: { parentPrefix: cidr.prefixLength, newPrefix: prefixLength },
      value: count.toString(),
      unit: 'CIDR blocks',
    });
    if (count > BigInt(cidrSplitLimit())) {
      return failure({
        code: 'split_too_many',
        path: ['prefixLength'],
        message: `Splitting ${formatCidr(cidr)} into /${prefixLength} gives ${count.toLocaleString('en-US')} blocks; awscalc lists at most ${cidrSplitLimit().toLocaleString('en-US')}. Choose a New prefix length of /${cidr.prefixLength + Math.log2(cidrSplitLimit())} or shorter, or split a smaller block.`,
      });
    }
    const addressesEach = trace.step({
      id: 'addresses_each',
      formula: `2^(${ADDRESS_BITS[cidr.version]} − new prefix)`,
      inputs: { newPrefix: prefixLength },
      value: (1n << BigInt(ADDRESS_BITS[cidr.version] - prefixLength)).toString(),
      unit: 'addresses',
    });
    const warnings: Warning[] =
      cidr.address === cidr.network
        ? []
        : [
            {
              code: 'host_bits_set',
              path: ['cidr'],
              message: `The CIDR has host bits set; its network ${formatCidr(cidr)} was split.`,
            },
          ];
    const cidrs = cidrSplit(cidr, prefixLength).map(formatCidr);
    return success<CidrSetSplitResult>(
      { parent: formatCidr(cidr), cidrs, count: cidrs.length, addressesEach },
      trace.steps,
      warnings,
    );
  },
});
