import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../test-support/mulberry32.ts';
import { formatIPv4, formatIPv6 } from '../src/cidr/address.ts';
import { formatCidr, knownCidr } from '../src/cidr/cidr.ts';
import {
  cidrExclude,
  cidrExcludeText,
  cidrFindFree,
  cidrListContains,
  cidrMerge,
  cidrMergeText,
  cidrOverlaps,
  cidrOverlapsText,
  cidrRangeToCidrs,
  cidrSetsOverlap,
  cidrSetsOverlapText,
  cidrSplit,
} from '../src/cidr/setOps/index.ts';

// An independent implementation to check the set operations against: Python's ipaddress module
// (collapse_addresses, address_exclude, overlaps, subnets, summarize_address_range), fed the same
// random lists of IPv4 and IPv6 blocks in ONE python3 run. Host bits are allowed (strict=False).
const PYTHON = `
import ipaddress, json, sys
net = lambda s: ipaddress.ip_network(s, strict=False)

def collapse(nets):
    v4 = [n for n in nets if n.version == 4]
    v6 = [n for n in nets if n.version == 6]
    return list(ipaddress.collapse_addresses(v4)) + list(ipaddress.collapse_addresses(v6))

def exclude(a, b):
    pieces = collapse(a)
    for cut in collapse(b):
        kept = []
        for piece in pieces:
            if piece.version != cut.version or not piece.overlaps(cut):
                kept.append(piece)
            elif not cut.supernet_of(piece):
                kept.extend(piece.address_exclude(cut))
        pieces = kept
    return collapse(pieces)

out = []
for case in json.load(sys.stdin):
    a = [net(s) for s in case["a"]]
    b = [net(s) for s in case["b"]]
    pairs = []
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            if a[i].version == a[j].version and a[i].overlaps(a[j]):
                smaller = a[i] if a[i].prefixlen >= a[j].prefixlen else a[j]
                pairs.append([i, j, str(smaller)])
    parent = net(case["parent"])
    used = [n for n in b if n.version == parent.version]
    free = [str(s) for s in parent.subnets(new_prefix=case["freePrefix"]) if not any(s.overlaps(u) for u in used)]
    first = ipaddress.ip_address(case["first"])
    last = ipaddress.ip_address(case["last"])
    out.append({
        "merge": [str(n) for n in collapse(a)],
        "exclude": [str(n) for n in exclude(a, b)],
        "pairs": pairs,
        "setsOverlap": any(x.version == y.version and x.overlaps(y) for x in a for y in b),
        "contains": all(len(exclude([y], a)) == 0 for y in b),
        "split": [str(s) for s in net(case["split"]).subnets(new_prefix=case["splitPrefix"])],
        "free": free[: case["freeCount"]],
        "range": [str(n) for n in ipaddress.summarize_address_range(first, last)],
    })
print(json.dumps(out))
`;

interface Case {
  a: string[];
  b: string[];
  split: string;
  splitPrefix: number;
  parent: string;
  freePrefix: number;
  freeCount: number;
  first: string;
  last: string;
}

function makeCases(count: number, seed: number): Case[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const bigRandom = (bits: number) => {
    let value = 0n;
    for (let i = 0; i < bits; i += 16) value = (value << 16n) | BigInt(int(65536));
    return value & ((1n << BigInt(bits)) - 1n);
  };
  const cases: Case[] = [];
  for (let n = 0; n < count; n += 1) {
    // Blocks cluster in a zone (so they overlap and touch often), with a few from anywhere.
    const v4Zone = bigRandom(32) & ~((1n << 12n) - 1n);
    const v6Zone = bigRandom(128) & ~((1n << 16n) - 1n);
    const block = (): string => {
      const v6 = random() < 0.35;
      const bits = v6 ? 128 : 32;
      const anywhere = random() < 0.1;
      const zoneBits = v6 ? 16 : 12;
      const prefix = anywhere ? int(bits + 1) : bits - zoneBits + int(zoneBits + 1);
      const address = anywhere ? bigRandom(bits) : (v6 ? v6Zone : v4Zone) | bigRandom(zoneBits);
      // Mostly canonical; sometimes host bits set, as people paste them.
      const size = 1n << BigInt(bits - prefix);
      const written = random() < 0.15 ? address : address - (address % size);
      return `${v6 ? formatIPv6(written) : formatIPv4(written)}/${prefix}`;
    };
    const a = Array.from({ length: 1 + int(24) }, block);
    const b = Array.from({ length: int(12) }, block);
    const v6 = random() < 0.4;
    const bits = v6 ? 128 : 32;
    const splitBase = int(bits - 6);
    const splitPrefix = splitBase + int(7);
    const parentPrefix = v6 ? 112 + int(8) : 20 + int(6);
    const parentNetwork = v6 ? v6Zone : v4Zone;
    const format = (value: bigint) => (v6 ? formatIPv6(value) : formatIPv4(value));
    const first = (v6 ? v6Zone : v4Zone) | bigRandom(v6 ? 16 : 12);
    const last = random() < 0.1 ? first : first + bigRandom(v6 ? 20 : 14);
    const top = (1n << BigInt(bits)) - 1n;
    cases.push({
      a,
      b,
      split: `${format(bigRandom(bits))}/${splitBase}`,
      splitPrefix,
      parent: `${format(parentNetwork)}/${parentPrefix}`,
      freePrefix: parentPrefix + int(Math.min(9, bits - parentPrefix) + 1),
      freeCount: 1 + int(6),
      first: format(first),
      last: format(last > top ? top : last),
    });
  }
  return cases;
}

interface Expected {
  merge: string[];
  exclude: string[];
  pairs: Array<[number, number, string]>;
  setsOverlap: boolean;
  contains: boolean;
  split: string[];
  free: string[];
  range: string[];
}

const cases = makeCases(600, 20261122);
const expected = JSON.parse(
  execFileSync('python3', ['-c', PYTHON], { input: JSON.stringify(cases), maxBuffer: 1 << 28 }).toString(),
) as Expected[];

const texts = (list: readonly { version: 4 | 6; network: bigint; prefixLength: number }[]) =>
  list.map(formatCidr);
const parse = (list: readonly string[]) => list.map(knownCidr);
const ok = <T>(result: { ok: true; value: T } | { ok: false; errors: readonly { message: string }[] }): T => {
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.value;
};

/** Runs `check` on every case and reports the first few that disagree, with their input. */
function expectAll(name: string, check: (input: Case, want: Expected) => [unknown, unknown]) {
  const failures: unknown[] = [];
  cases.forEach((input, index) => {
    const [actual, wanted] = check(input, expected[index]!);
    try {
      expect(actual).toEqual(wanted);
    } catch {
      failures.push({ index, input, actual, wanted });
    }
  });
  expect(failures.slice(0, 3), `${name}: ${failures.length} of ${cases.length} cases differ`).toEqual([]);
}

describe('CIDR set operations against Python ipaddress (600 random mixed IPv4/IPv6 cases)', () => {
  it('exercises the interesting shapes: collapses, overlaps, cuts, partial free space, both families', () => {
    const sum = (f: (want: Expected, input: Case) => number) =>
      expected.reduce((total, want, index) => total + f(want, cases[index]!), 0);
    expect(sum((want, input) => (want.merge.length < input.a.length ? 1 : 0))).toBeGreaterThan(100);
    expect(sum((want) => want.pairs.length)).toBeGreaterThan(500);
    expect(sum((want) => (want.setsOverlap ? 1 : 0))).toBeGreaterThan(100);
    expect(sum((want) => (want.contains ? 0 : 1))).toBeGreaterThan(100);
    expect(
      sum((want, input) => (want.free.length > 0 && want.free.length < input.freeCount ? 1 : 0)),
    ).toBeGreaterThan(10);
    expect(
      sum((want) =>
        want.merge.some((cidr) => cidr.includes(':')) && want.merge.some((cidr) => cidr.includes('.'))
          ? 1
          : 0,
      ),
    ).toBeGreaterThan(100);
  });

  it('cidrMerge and cidrMergeText match collapse_addresses (IPv4 then IPv6)', () => {
    expectAll('merge', (input, want) => [texts(cidrMerge(parse(input.a))), want.merge]);
    expectAll('mergeText', (input, want) => [ok(cidrMergeText(input.a)), want.merge]);
  });

  it('cidrExclude and cidrExcludeText match repeated address_exclude, collapsed', () => {
    expectAll('exclude', (input, want) => [texts(cidrExclude(parse(input.a), parse(input.b))), want.exclude]);
    expectAll('excludeText', (input, want) => [ok(cidrExcludeText(input.a, input.b)), want.exclude]);
  });

  it('cidrOverlaps lists exactly the pairs overlaps() finds, in index order, with the smaller block shared', () => {
    expectAll('overlaps', (input, want) => [
      cidrOverlaps(parse(input.a)).map((pair) => [pair.aIndex, pair.bIndex, formatCidr(pair.shared)]),
      want.pairs,
    ]);
    expectAll('overlapsText', (input, want) => [
      ok(cidrOverlapsText(input.a)),
      want.pairs.map(([i, j]) => [formatCidr(knownCidr(input.a[i]!)), formatCidr(knownCidr(input.a[j]!))]),
    ]);
  });

  it('cidrSetsOverlap matches any(x.overlaps(y)), and cidrListContains matches an empty exclude', () => {
    expectAll('setsOverlap', (input, want) => [
      cidrSetsOverlap(parse(input.a), parse(input.b)),
      want.setsOverlap,
    ]);
    expectAll('setsOverlapText', (input, want) => [
      ok(cidrSetsOverlapText(input.a, input.b)),
      want.setsOverlap,
    ]);
    expectAll('contains', (input, want) => [cidrListContains(parse(input.a), parse(input.b)), want.contains]);
  });

  it('cidrSplit matches subnets(new_prefix=…)', () => {
    expectAll('split', (input, want) => [
      texts(cidrSplit(knownCidr(input.split), input.splitPrefix)),
      want.split,
    ]);
  });

  it('cidrFindFree matches the first free subnets(new_prefix=…) of the parent', () => {
    expectAll('free', (input, want) => [
      texts(cidrFindFree(knownCidr(input.parent), parse(input.b), input.freePrefix, input.freeCount)),
      want.free,
    ]);
  });

  it('cidrRangeToCidrs matches summarize_address_range', () => {
    expectAll('range', (input, want) => {
      const first = knownCidr(`${input.first}/${input.first.includes(':') ? 128 : 32}`);
      const last = knownCidr(`${input.last}/${input.last.includes(':') ? 128 : 32}`);
      return [texts(cidrRangeToCidrs(first.version, first.network, last.network)), want.range];
    });
  });
});
