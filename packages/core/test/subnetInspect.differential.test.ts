import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../test-support/mulberry32.ts';
import { formatIPv4 } from '../src/cidr/address.ts';
import { subnetInspect } from '../src/cidr/subnetInspect.ts';
import { run } from '../src/run.ts';

// An independent implementation to check our address arithmetic and RFC 5952 text against:
// Python's ipaddress module (strict=False canonicalises host bits, as AWS does).
const PYTHON = `
import ipaddress, json, sys
out = []
for line in sys.stdin.read().split():
    n = ipaddress.ip_network(line, strict=False)
    out.append([str(n), str(n.network_address), str(n.broadcast_address), str(n.num_addresses)])
print(json.dumps(out))
`;

function randomCidrs(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const word = () => Math.floor(random() * 65536);
  const cidrs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index % 2 === 0) {
      const value = BigInt(Math.floor(random() * 2 ** 32));
      cidrs.push(`${formatIPv4(value)}/${Math.floor(random() * 33)}`);
    } else {
      // Sprinkle zero groups so compression edge cases (single zero, ties, ends) are common.
      const groups = Array.from({ length: 8 }, () => (random() < 0.45 ? 0 : word()));
      // Write it uncompressed and upper-case with leading zeros: our parser must accept that too.
      const text = groups.map((group) => group.toString(16).toUpperCase().padStart(4, '0')).join(':');
      cidrs.push(`${text}/${Math.floor(random() * 129)}`);
    }
  }
  return cidrs;
}

describe('subnetInspect against Python ipaddress', () => {
  it('agrees on network, last address, size and RFC 5952 text for 4,000 random IPv4 and IPv6 CIDRs', () => {
    const cidrs = randomCidrs(4000, 20261122);
    const expected = JSON.parse(
      execFileSync('python3', ['-c', PYTHON], { input: cidrs.join('\n') }).toString(),
    ) as string[][];
    const actual = cidrs.map((cidr) => {
      const result = run(subnetInspect, { cidr });
      if (!result.ok) return [cidr, 'failed', result.issues[0]?.message ?? '', ''];
      return [result.value.cidr, result.value.network, result.value.lastAddress, result.value.totalAddresses];
    });
    const mismatches = actual
      .map((row, index) => ({ input: cidrs[index], ours: row, python: expected[index] }))
      .filter(({ ours, python }) => JSON.stringify(ours) !== JSON.stringify(python));
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(actual).toHaveLength(4000);
  });
});
