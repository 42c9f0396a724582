/**
 * The set operations over CIDR text, for lists too large to turn into Cidr objects first (an
 * organisation's whole address plan): strict parsing straight into typed arrays, one sort and sweep,
 * text out. Same rules, codes and messages as `parseCidr`; the calculators and the benchmark use these.
 */
import { formatCidr, parseCidr } from '../cidr.ts';
import { type BlockListParse, mergeBlocks, parseBlockList, subtractIntervals } from './blockList.ts';
import { overlapPairs } from './blockOverlapPairs.ts';
import { intervalsToText } from './intervalOutput.ts';
import { intervalsIntersect } from './intervalQueries.ts';
import { formatIPv4Block, ipv4Network, ipv4Parsed, parseIPv4Text } from './ipv4Fast.ts';

/** A line that is not a CIDR: which list, which position (0-based), and why. */
export interface CidrTextError {
  readonly list: string;
  readonly index: number;
  readonly code: string;
  readonly message: string;
}

export type CidrTextResult<T> =
  | { readonly ok: true; readonly value: T; readonly hostBitsSet: ReadonlyArray<readonly [string, number]> }
  | { readonly ok: false; readonly errors: readonly CidrTextError[] };

function parseLists<K extends string>(
  lists: Record<K, readonly string[]>,
):
  | { ok: true; parsed: Record<K, BlockListParse>; hostBitsSet: Array<readonly [string, number]> }
  | { ok: false; errors: CidrTextError[] } {
  const parsed = {} as Record<K, BlockListParse>;
  const errors: CidrTextError[] = [];
  const hostBitsSet: Array<readonly [string, number]> = [];
  for (const name of Object.keys(lists) as K[]) {
    const result = parseBlockList(lists[name]);
    parsed[name] = result;
    for (const error of result.errors) errors.push({ list: name, ...error });
    for (const index of result.hostBitsSet) hostBitsSet.push([name, index]);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, parsed, hostBitsSet };
}

/** `cidrMerge` over text: the fewest blocks covering exactly the listed addresses, IPv4 then IPv6. */
export function cidrMergeText(cidrs: readonly string[]): CidrTextResult<string[]> {
  const lists = parseLists({ cidrs });
  if (!lists.ok) return lists;
  return {
    ok: true,
    value: intervalsToText(mergeBlocks(lists.parsed.cidrs.list)),
    hostBitsSet: lists.hostBitsSet,
  };
}

/** `cidrExclude` over text: what remains of `from` after removing `remove`, minimal and sorted. */
export function cidrExcludeText(
  from: readonly string[],
  remove: readonly string[],
): CidrTextResult<string[]> {
  const lists = parseLists({ from, remove });
  if (!lists.ok) return lists;
  const rest = subtractIntervals(mergeBlocks(lists.parsed.from.list), mergeBlocks(lists.parsed.remove.list));
  return { ok: true, value: intervalsToText(rest), hostBitsSet: lists.hostBitsSet };
}

/** `cidrSetsOverlap` over text: does any block of `a` share an address with any block of `b`? */
export function cidrSetsOverlapText(a: readonly string[], b: readonly string[]): CidrTextResult<boolean> {
  const lists = parseLists({ a, b });
  if (!lists.ok) return lists;
  return {
    ok: true,
    value: intervalsIntersect(mergeBlocks(lists.parsed.a.list), mergeBlocks(lists.parsed.b.list)),
    hostBitsSet: lists.hostBitsSet,
  };
}

/** `cidrOverlaps` over text: every overlapping pair as [earlier, later] canonical CIDR text. */
export function cidrOverlapsText(cidrs: readonly string[]): CidrTextResult<Array<[string, string]>> {
  const lists = parseLists({ cidrs });
  if (!lists.ok) return lists;
  const pairs = overlapPairs(lists.parsed.cidrs.list)!;
  const text = (index: number) => canonicalText(cidrs[index]!);
  return {
    ok: true,
    value: pairs.map(([i, j]): [string, string] => [text(i), text(j)]),
    hostBitsSet: lists.hostBitsSet,
  };
}

/** Canonical text of one CIDR already known to parse. */
export function canonicalText(text: string): string {
  if (parseIPv4Text(text)) {
    const { address, prefixLength } = ipv4Parsed;
    return formatIPv4Block(ipv4Network(address, prefixLength), prefixLength);
  }
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`canonicalText: "${text}" is not a CIDR`);
  return formatCidr(parsed.value);
}
