import type { z } from 'zod';
import { inputObject } from '../../input/inputObject.ts';
import { defineCalculator, failure, success } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { formatCidr } from '../cidr.ts';
import { cidrRangeToCidrs } from './cidrRangeToCidrs.ts';
import { firstAddressField, lastAddressField } from './cidrSetFields.ts';

export const CidrSetRangeInput = inputObject({ first: firstAddressField, last: lastAddressField });
export type CidrSetRangeInput = z.input<typeof CidrSetRangeInput>;

export interface CidrSetRangeResult {
  /** The fewest CIDR blocks covering exactly first..last, in order. */
  readonly cidrs: readonly string[];
  readonly addresses: string;
}

/**
 * The minimal CIDR list for an address range (inclusive), like Python's `summarize_address_range`.
 *
 * @example
 * run(cidrSetRange, { first: '10.0.0.0', last: '10.0.2.255' }).value.cidrs //=> ['10.0.0.0/23', '10.0.2.0/24']
 */
export const cidrSetRange = defineCalculator({
  name: 'cidrSetRange',
  schema: CidrSetRangeInput,
  calculate: ({ first, last }) => {
    if (first.version !== last.version) {
      return failure({
        code: 'range_mixed_families',
        path: ['last'],
        message: `The range starts with an IPv${first.version} First address and ends with an IPv${last.version} Last address; give two addresses of the same family.`,
      });
    }
    if (first.value > last.value) {
      return failure({
        code: 'range_reversed',
        path: ['last'],
        message: 'The Last address comes before the First address; give the lower address first.',
      });
    }
    const trace = new Trace();
    const cidrs = cidrRangeToCidrs(first.version, first.value, last.value).map(formatCidr);
    const addresses = trace.step({
      id: 'addresses',
      formula: 'last − first + 1',
      inputs: { first: first.value.toString(), last: last.value.toString() },
      value: (last.value - first.value + 1n).toString(),
      unit: 'addresses',
    });
    trace.step({
      id: 'minimal_cidrs',
      formula: 'repeatedly take the largest block aligned at the range start that fits',
      inputs: { addresses },
      value: cidrs.length,
      unit: 'CIDR blocks',
    });
    return success<CidrSetRangeResult>({ cidrs, addresses }, trace.steps);
  },
});
