/**
 * Calculators for the CIDR set operations over text lists (what the CLI and web call through
 * `run`). Lists may mix IPv4 and IPv6; each family is handled separately and results list IPv4
 * first, then IPv6, in address order. Every bad entry gets its own issue, with its position in `path`.
 */
import { z } from 'zod';
import { defineCalculator, failure, success, type Warning } from '../../result.ts';
import { Trace } from '../../trace.ts';
import { ADDRESS_BITS, type IpVersion, parseIPv4, parseIPv6 } from '../address.ts';
import { type Cidr, formatCidr } from '../cidr.ts';
import { cidrSchema } from '../cidrSchema.ts';
import {
  type BlockListParse,
  blockListFromCidrs,
  blocksNotCovered,
  type IntervalSet,
  intervalsAddressCount,
  intervalsToText,
  mergeBlocks,
  overlapPairs,
  parseBlockList,
  subtractIntervals,
} from './blockList.ts';
import { firstAlignedBlocks } from './cidrFindFree.ts';
import { cidrRangeToCidrs } from './cidrRangeToCidrs.ts';
import { cidrSplit, cidrSplitCount, cidrSplitLimit } from './cidrSplit.ts';
import { canonicalText } from './cidrText.ts';

/** A parsed list of CIDR text, kept with the text so results can quote it. */
interface ParsedTextList extends BlockListParse {
  readonly lines: readonly string[];
}

/** A list of CIDR text; each entry parsed strictly, with one issue per bad entry at [field, index]. */
function cidrTextList(field: string) {
  return z
    .array(z.string({ error: `Each entry of ${field} is CIDR text, like 10.0.0.0/16 or 2001:db8::/56.` }), {
      error: `Give ${field} as a list of CIDR text, like ["10.0.0.0/16", "2001:db8::/56"].`,
    })
    .transform((lines, context): ParsedTextList => {
      const parsed = parseBlockList(lines);
      for (const error of parsed.errors) {
        context.addIssue({
          code: 'custom',
          path: [error.index],
          message: error.message,
          params: { code: error.code },
          input: lines[error.index],
        });
      }
      return { ...parsed, lines };
    });
}

/** A prefix length written `24` or `/24`, checked against the family later. */
const prefixLengthSchema = z
  .union([z.number({ error: 'Give a prefix length like 24 or /24.' }), z.string()])
  .transform((raw, context) => {
    const text = typeof raw === 'number' ? String(raw) : raw.trim();
    const match = /^\/?(\d{1,3})$/.exec(text);
    if (!match || (match[1]!.length > 1 && match[1]!.startsWith('0')) || Number(match[1]) > 128) {
      context.addIssue({
        code: 'custom',
        message: `"${String(raw)}" is not a prefix length; write a whole number like 24 or /24 (0–32 for IPv4, 0–128 for IPv6).`,
        params: { code: 'prefix_length_invalid' },
      });
      return z.NEVER;
    }
    return Number(match[1]);
  });

function hostBitWarnings(lists: Record<string, ParsedTextList>): Warning[] {
  const warnings: Warning[] = [];
  for (const [field, list] of Object.entries(lists)) {
    const count = list.hostBitsSet.length;
    if (count === 0) continue;
    const first = list.hostBitsSet[0]!;
    warnings.push({
      code: 'host_bits_set',
      path: [field, first],
      message: `${count} ${field} entr${count === 1 ? 'y has' : 'ies have'} host bits set (first: entry ${first + 1}, "${list.lines[first]}", read as ${canonicalText(list.lines[first]!)}); each block's network was used.`,
    });
  }
  return warnings;
}

function familyCounts(list: BlockListParse): { ipv4: number; ipv6: number } {
  return { ipv4: list.list.v4Count, ipv6: list.list.v6.length };
}

/** Total addresses per family as decimal strings (IPv6 totals exceed 2^53). */
export interface CidrAddressTotals {
  readonly ipv4: string;
  readonly ipv6: string;
}

function totals(set: IntervalSet): CidrAddressTotals {
  const { ipv4, ipv6 } = intervalsAddressCount(set);
  return { ipv4: ipv4.toString(), ipv6: ipv6.toString() };
}

function recordResult(
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

// ---------------------------------------------------------------------------------------------- merge

export const CidrSetMergeInput = z.object({ cidrs: cidrTextList('cidrs') });
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
      hostBitWarnings({ cidrs }),
    );
  },
});

// -------------------------------------------------------------------------------------------- exclude

export const CidrSetExcludeInput = z.object({ from: cidrTextList('from'), remove: cidrTextList('remove') });
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
    const removeSet = mergeBlocks(remove.list);
    const rest = subtractIntervals(fromSet, removeSet);
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
      hostBitWarnings({ from, remove }),
    );
  },
});

// ------------------------------------------------------------------------------------------- overlaps

/** The most overlapping pairs one result lists (each pair is a few dozen bytes of JSON). */
const OVERLAP_PAIR_LIMIT = 1_000_000;

export const CidrSetOverlapsInput = z.object({ cidrs: cidrTextList('cidrs') });
export type CidrSetOverlapsInput = z.input<typeof CidrSetOverlapsInput>;

export interface CidrSetOverlapPair {
  readonly a: string;
  readonly b: string;
  /** The addresses both hold: CIDR blocks nest, so this is the smaller of the two. */
  readonly shared: string;
  /** Input positions (0-based), aIndex < bIndex. */
  readonly aIndex: number;
  readonly bIndex: number;
}

export interface CidrSetOverlapsResult {
  /** Every overlapping pair as [earlier, later] canonical CIDR text, ordered by input position. */
  readonly overlaps: ReadonlyArray<readonly [string, string]>;
  /** The same pairs with the shared range and input positions. */
  readonly pairs: readonly CidrSetOverlapPair[];
}

/**
 * Every pair of blocks in the list that share addresses, with the shared range. Pairs are reported
 * once, by input position (a before b), ordered by a's position then b's. Identical blocks overlap.
 * More than 1,000,000 pairs is refused (`too_many_overlaps`) rather than printed.
 */
export const cidrSetOverlaps = defineCalculator({
  name: 'cidrSetOverlaps',
  schema: CidrSetOverlapsInput,
  calculate: ({ cidrs }) => {
    const trace = new Trace();
    const found = overlapPairs(cidrs.list, OVERLAP_PAIR_LIMIT);
    if (found === null) {
      return failure({
        code: 'too_many_overlaps',
        path: ['cidrs'],
        message: `more than ${OVERLAP_PAIR_LIMIT.toLocaleString('en-US')} pairs of these ${cidrs.lines.length.toLocaleString('en-US')} blocks overlap (n identical blocks make n(n−1)/2 pairs); merge the list first to see what it covers, or check fewer blocks at a time.`,
      });
    }
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
      return { a, b, shared: prefixOf(a) >= prefixOf(b) ? a : b, aIndex, bIndex };
    });
    trace.step({
      id: 'overlapping_pairs',
      formula:
        'sort blocks by network (larger first on a tie); a block overlaps exactly the enclosing blocks still open in the sweep',
      inputs: { blocks: cidrs.lines.length },
      value: pairs.length,
      unit: 'pairs',
    });
    return success<CidrSetOverlapsResult>(
      { overlaps: pairs.map((pair) => [pair.a, pair.b] as const), pairs },
      trace.steps,
      hostBitWarnings({ cidrs }),
    );
  },
});

// ------------------------------------------------------------------------------------------- contains

export const CidrSetContainsInput = z.object({
  containers: cidrTextList('containers'),
  candidates: cidrTextList('candidates'),
});
export type CidrSetContainsInput = z.input<typeof CidrSetContainsInput>;

export interface CidrSetContainsResult {
  /** True when every candidate is covered by the union of the containers. */
  readonly contained: boolean;
  /** Candidates not wholly covered, with their input position. */
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
        notContained: missing.map((index) => ({ index, cidr: canonicalText(candidates.lines[index]!) })),
        uncovered,
      },
      trace.steps,
      hostBitWarnings({ containers, candidates }),
    );
  },
});

// ---------------------------------------------------------------------------------------------- range

const addressText = z
  .string({ error: 'Give an IP address as text, like 10.0.0.0 or 2001:db8::.' })
  .transform((text, context): { version: IpVersion; value: bigint } => {
    const version: IpVersion = text.includes(':') ? 6 : 4;
    const parsed = version === 4 ? parseIPv4(text) : parseIPv6(text);
    if (parsed.ok) return { version, value: parsed.value };
    context.addIssue({ code: 'custom', message: parsed.message, params: { code: parsed.code } });
    return z.NEVER;
  });

export const CidrSetRangeInput = z.object({ first: addressText, last: addressText });
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
        message: `the range starts with an IPv${first.version} address and ends with an IPv${last.version} one; give two addresses of the same family.`,
      });
    }
    if (first.value > last.value) {
      return failure({
        code: 'range_reversed',
        path: ['last'],
        message: 'the last address comes before the first; give the lower address first.',
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

// ---------------------------------------------------------------------------------------------- split

export const CidrSetSplitInput = z.object({ cidr: cidrSchema, prefixLength: prefixLengthSchema });
export type CidrSetSplitInput = z.input<typeof CidrSetSplitInput>;

export interface CidrSetSplitResult {
  readonly parent: string;
  /** The /prefixLength blocks of the parent, in order. */
  readonly cidrs: readonly string[];
  readonly count: number;
  readonly addressesEach: string;
}

function prefixRangeIssue(parent: Cidr, prefixLength: number, path: string) {
  const bits = ADDRESS_BITS[parent.version];
  if (prefixLength < parent.prefixLength || prefixLength > bits) {
    return failure({
      code: 'prefix_length_out_of_range',
      path: [path],
      message: `/${prefixLength} does not fit inside ${formatCidr(parent)}: choose /${parent.prefixLength} to /${bits}.`,
    });
  }
  return undefined;
}

/**
 * Splits a block into its /N sub-blocks, like Python's `subnets(new_prefix=N)`. Refuses (with the
 * count) to list more than 65,536 blocks.
 */
export const cidrSetSplit = defineCalculator({
  name: 'cidrSetSplit',
  schema: CidrSetSplitInput,
  calculate: ({ cidr, prefixLength }) => {
    const outOfRange = prefixRangeIssue(cidr, prefixLength, 'prefixLength');
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
        message: `splitting ${formatCidr(cidr)} into /${prefixLength} gives ${count.toLocaleString('en-US')} blocks; awscalc lists at most ${cidrSplitLimit().toLocaleString('en-US')}. Choose /${cidr.prefixLength + Math.log2(cidrSplitLimit())} or shorter, or split a smaller block.`,
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
              message: `the block has host bits set; its network ${formatCidr(cidr)} was split.`,
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

// ------------------------------------------------------------------------------------------ find free

export const CidrSetFindFreeInput = z.object({
  parent: cidrSchema,
  used: cidrTextList('used'),
  prefixLength: prefixLengthSchema,
  count: z
    .number({ error: 'Give count as a whole number of blocks, like 3.' })
    .int('Give count as a whole number of blocks, like 3.')
    .min(1, 'count must be at least 1.')
    .max(65_536, 'count may be at most 65,536 blocks.'),
});
export type CidrSetFindFreeInput = z.input<typeof CidrSetFindFreeInput>;

export interface CidrSetFindFreeResult {
  readonly parent: string;
  /** The first free aligned /prefixLength blocks, lowest addresses first. */
  readonly cidrs: readonly string[];
  readonly requested: number;
  readonly found: number;
  /** Free addresses left in the parent before these blocks are taken. */
  readonly freeAddresses: string;
}

/**
 * The first N free, aligned /prefixLength blocks inside a parent block, given the blocks in use
 * (which may lie partly outside the parent). Warns when fewer than N fit.
 */
export const cidrSetFindFree = defineCalculator({
  name: 'cidrSetFindFree',
  schema: CidrSetFindFreeInput,
  calculate: ({ parent, used, prefixLength, count }) => {
    const outOfRange = prefixRangeIssue(parent, prefixLength, 'prefixLength');
    if (outOfRange) return outOfRange;
    const trace = new Trace();
    const free = subtractIntervals(mergeBlocks(blockListFromCidrs([parent])), mergeBlocks(used.list));
    const freeTotals = totals(free);
    const freeAddresses = trace.step({
      id: 'free_addresses',
      formula: 'parent minus the union of used blocks',
      inputs: { parent: formatCidr(parent), used: used.lines.length },
      value: parent.version === 4 ? freeTotals.ipv4 : freeTotals.ipv6,
      unit: 'addresses',
    });
    const blocks = firstAlignedBlocks(free, parent.version, prefixLength, count).map(formatCidr);
    trace.step({
      id: 'free_blocks',
      formula: `first aligned /${prefixLength} blocks wholly inside free ranges, lowest first (stop at ${count})`,
      inputs: { prefixLength, requested: count },
      value: blocks.length,
      unit: 'CIDR blocks',
    });
    const warnings: Warning[] = hostBitWarnings({ used });
    if (blocks.length < count) {
      warnings.push({
        code: 'not_enough_free_space',
        path: ['count'],
        message: `only ${blocks.length} free /${prefixLength} block${blocks.length === 1 ? '' : 's'} fit in ${formatCidr(parent)}; ${count} were requested.`,
      });
    }
    return success<CidrSetFindFreeResult>(
      { parent: formatCidr(parent), cidrs: blocks, requested: count, found: blocks.length, freeAddresses },
      trace.steps,
      warnings,
    );
  },
});
