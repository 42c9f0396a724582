import { failure, type Warning } from '../../result.ts';
import type { Trace } from '../../trace.ts';
import { ADDRESS_BITS } from '../address.ts';
import { type Cidr, formatCidr } from '../cidr.ts';
import { type BlockListParse, type IntervalSet } from './blockList.ts';
import { intervalsAddressCount } from './intervalOutput.ts';
import { canonicalText } from './cidrText.ts';
import type { ParsedTextList } from './cidrListField.ts';

/** What the set-operation calculators share in their results: totals, host-bit warnings, trace steps. */

/** Total addresses per family as decimal strings (IPv6 totals exceed 2^53). */
export interface CidrAddressTotals {
  readonly ipv4: string;
  readonly ipv6: string;
}

export function totals(set: IntervalSet): CidrAddressTotals {
  const { ipv4, ipv6 } = intervalsAddressCount(set);
  return { ipv4: ipv4.toString(), ipv6: ipv6.toString() };
}

export function familyCounts(list: BlockListParse): { ipv4: number; ipv6: number } {
  return { ipv4: list.list.v4Count, ipv6: list.list.v6.length };
}

/** One warning per list with blocks written with host bits set: the count and the first one. */
export function hostBitWarnings(lists: Record<string, { list: ParsedTextList; label: string }>): Warning[] {
  const warnings: Warning[] = [];
  for (const [key, { list, label }] of Object.entries(lists)) {
    const count = list.hostBitsSet.length;
    if (count === 0) continue;
    const first = list.hostBitsSet[0]!;
    const position = list.origin[first]!;
    warnings.push({
      code: 'host_bits_set',
      path: [key, position],
      message: `${count} ${label} entr${count === 1 ? 'y has' : 'ies have'} host bits set (first: entry ${position + 1}, "${list.lines[first]}", read as ${canonicalText(list.lines[first]!)}); each block's network was used.`,
    });
  }
  return warnings;
}

/** The trace every "list in, minimal list out" operation shows, and the address totals it reports. */
export function recordResult(
  trace: Trace,
  set: IntervalSet,
  cidrs: readonly string[],
  what: string,
): CidrAddressTotals {
  trace.step({
    id: 'ranges',
    formula: `${what}: sort blocks by network, then one sweep joining overlapping or adjacent blocks into ranges`,
    inputs: {},
    value: set.v4Count + set.v6.length,
    unit: 'address ranges',
  });
  trace.step({
    id: 'minimal_cidrs',
    formula:
      'each range as the fewest CIDR blocks: repeatedly take the largest block aligned at the range start that fits',
    inputs: { ranges: set.v4Count + set.v6.length },
    value: cidrs.length,
    unit: 'CIDR blocks',
  });
  const total = totals(set);
  trace.step({
    id: 'addresses',
    formula: 'addresses covered (IPv4 + IPv6)',
    inputs: { ipv4: total.ipv4, ipv6: total.ipv6 },
    value: (BigInt(total.ipv4) + BigInt(total.ipv6)).toString(),
    unit: 'addresses',
  });
  return total;
}

/** Refuses a prefix length that does not fit inside the parent block (split and find-free). */
export function prefixRangeIssue(parent: Cidr, prefixLength: number, label: string) {
  const bits = ADDRESS_BITS[parent.version];
  if (prefixLength < parent.prefixLength || prefixLength > bits) {
    return failure({
      code: 'prefix_length_out_of_range',
      path: ['prefixLength'],
      message: `${label} /${prefixLength} does not fit inside ${formatCidr(parent)}: choose /${parent.prefixLength} to /${bits}.`,
    });
  }
  return undefined;
}
