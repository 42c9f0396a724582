import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './address.ts';
import { subnetInspect } from './subnetInspect.ts';

const inspect = (cidr: string) => {
  const result = run(subnetInspect, { cidr });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result;
};

describe('subnetInspect', () => {
  // AWS subnet-sizing page: in 10.0.0.0/24, .0 network, .1 router, .2 DNS, .3 future use, .255 broadcast.
  it("reserves AWS's five addresses in 10.0.0.0/24 and leaves 251", () => {
    const { value } = inspect('10.0.0.0/24');
    expect(value.reserved.map((reserved) => reserved.address)).toEqual([
      '10.0.0.0',
      '10.0.0.1',
      '10.0.0.2',
      '10.0.0.3',
      '10.0.0.255',
    ]);
    expect(value.reserved.map((reserved) => reserved.role)).toEqual([
      expect.stringContaining('network'),
      expect.stringContaining('VPC router'),
      expect.stringContaining('DNS'),
      expect.stringContaining('future use'),
      expect.stringContaining('broadcast'),
    ]);
    expect(value.usableAddresses).toBe('251');
    expect(value.firstUsable).toBe('10.0.0.4');
    expect(value.lastUsable).toBe('10.0.0.254');
  });

  it('gives 11 usable addresses in a /28, the smallest AWS subnet', () => {
    expect(inspect('10.0.0.16/28').value).toMatchObject({
      totalAddresses: '16',
      usableAddresses: '11',
      subnetValid: true,
    });
  });

  it('gives 65,531 usable addresses in a /16, the largest AWS subnet', () => {
    expect(inspect('10.0.0.0/16').value.usableAddresses).toBe('65531');
  });

  it('describes 10.16.16.0/20', () => {
    expect(inspect('10.16.16.0/20').value).toMatchObject({
      cidr: '10.16.16.0/20',
      version: 4,
      prefixLength: 20,
      network: '10.16.16.0',
      lastAddress: '10.16.31.255',
      netmask: '255.255.240.0',
      totalAddresses: '4096',
      usableAddresses: '4091',
      vpcValid: true,
      subnetValid: true,
      problems: [],
    });
  });

  it('canonicalises host bits with a warning naming the network (as AWS does for 100.68.0.18/18)', () => {
    const result = inspect('100.68.0.18/18');
    expect(result.value.cidr).toBe('100.68.0.0/18');
    expect(result.warnings.find((warning) => warning.code === 'host_bits_set')?.message).toContain(
      '100.68.0.0/18',
    );
  });

  it('rejects blocks larger than /16 or smaller than /28 for VPCs and subnets, saying what is allowed', () => {
    const big = inspect('10.0.0.0/8').value;
    expect(big.vpcValid).toBe(false);
    expect(big.subnetValid).toBe(false);
    expect(big.problems.map((problem) => problem.message).join(' ')).toContain('/16 to /28');
    const small = inspect('10.0.0.0/29').value;
    expect(small).toMatchObject({ vpcValid: false, subnetValid: false, usableAddresses: '3' });
  });

  it.each(['0.0.0.0/16', '127.0.0.0/16', '169.254.0.0/16', '224.0.0.0/16', '239.255.0.0/16'])(
    'rejects %s, which overlaps a range AWS forbids',
    (cidr) => {
      const { value } = inspect(cidr);
      expect(value.vpcValid).toBe(false);
      expect(value.problems.map((problem) => problem.code)).toContain('forbidden_range');
    },
  );

  it('warns about 172.17.0.0/16 and about blocks outside RFC 1918, but accepts them', () => {
    const docker = inspect('172.17.0.0/16');
    expect(docker.value.vpcValid).toBe(true);
    expect(docker.warnings.map((warning) => warning.code)).toContain('docker_bridge_overlap');
    const publicBlock = inspect('52.95.0.0/16');
    expect(publicBlock.value.vpcValid).toBe(true);
    expect(publicBlock.warnings.map((warning) => warning.code)).toContain('not_rfc1918');
    expect(inspect('10.0.0.0/16').warnings).toEqual([]);
  });

  it('reserves the first four and the last address of an IPv6 /64 subnet', () => {
    const { value } = inspect('2001:db8:0:1::/64');
    expect(value.reserved.map((reserved) => reserved.address)).toEqual([
      '2001:db8:0:1::',
      '2001:db8:0:1::1',
      '2001:db8:0:1::2',
      '2001:db8:0:1::3',
      '2001:db8:0:1:ffff:ffff:ffff:ffff',
    ]);
    expect(value.totalAddresses).toBe('18446744073709551616');
    expect(value.usableAddresses).toBe('18446744073709551611');
    expect(value.subnetValid).toBe(true);
    expect(value.vpcValid).toBe(false);
  });

  it('accepts IPv6 VPC blocks /44–/60 in steps of 4 and subnets /44–/64 in steps of 4', () => {
    for (let prefix = 40; prefix <= 68; prefix += 1) {
      const { value } = inspect(`2600:1f18::/${prefix}`);
      expect(value.vpcValid).toBe(prefix >= 44 && prefix <= 60 && prefix % 4 === 0);
      expect(value.subnetValid).toBe(prefix >= 44 && prefix <= 64 && prefix % 4 === 0);
    }
    const odd = inspect('2600:1f18::/58').value;
    expect(odd.problems.map((problem) => problem.message).join(' ')).toContain('nearest: /56 or /60');
  });

  it('notes that Amazon-provided IPv6 VPC blocks are always /56', () => {
    expect(inspect('2600:1f18::/48').warnings.map((warning) => warning.code)).toContain(
      'ipv6_not_amazon_provided_size',
    );
    expect(inspect('2600:1f18:1234:5600::/56').warnings).toEqual([]);
  });

  it('rejects IPv6 blocks in special ranges (link-local, multicast, a block holding the IPv4-mapped range)', () => {
    for (const cidr of ['fe80::/64', 'ff00::/64', '::/64']) {
      expect(inspect(cidr).value.problems.map((problem) => problem.code)).toContain('ipv6_special_range');
    }
  });

  it('reports parse failures as issues on the cidr field, never throwing', () => {
    const result = run(subnetInspect, { cidr: '10.0.0.0/33' });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'cidr_prefix_out_of_range', path: ['cidr'], message: expect.stringContaining('/0 to /32') },
      ],
    });
    const wrongType = run(subnetInspect, { cidr: 42 });
    expect(wrongType.ok === false && wrongType.issues[0]?.path).toEqual(['cidr']);
  });

  it('reports at most what exists in blocks smaller than five addresses', () => {
    const { value } = inspect('10.0.0.4/31');
    expect(value.reserved).toHaveLength(2);
    expect(value.usableAddresses).toBe('0');
    expect(value.firstUsable).toBeNull();
  });

  describe('properties', () => {
    const ipv4Subnet = fc.record({
      n: fc.integer({ min: 0, max: 0xffffffff }),
      prefix: fc.integer({ min: 16, max: 28 }),
    });
    const ipv6Subnet = fc.record({
      n: fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
      prefix: fc.constantFrom(44, 48, 52, 56, 60, 64),
    });

    it('usable = total − 5 for every IPv4 prefix /16–/28', () => {
      fc.assert(
        fc.property(ipv4Subnet, ({ n, prefix }) => {
          const { value } = inspect(`${formatIPv4(BigInt(n))}/${prefix}`);
          expect(BigInt(value.usableAddresses)).toBe(BigInt(value.totalAddresses) - 5n);
          expect(BigInt(value.totalAddresses)).toBe(2n ** BigInt(32 - prefix));
        }),
      );
    });

    it('usable = total − 5 for every IPv6 subnet size', () => {
      fc.assert(
        fc.property(ipv6Subnet, ({ n, prefix }) => {
          const { value } = inspect(`${formatIPv6(n)}/${prefix}`);
          expect(BigInt(value.usableAddresses)).toBe(BigInt(value.totalAddresses) - 5n);
        }),
      );
    });

    it('every reserved address lies inside the block', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            ipv4Subnet.map((s) => `${formatIPv4(BigInt(s.n))}/${s.prefix}`),
            ipv6Subnet.map((s) => `${formatIPv6(s.n)}/${s.prefix}`),
          ),
          (cidr) => {
            const { value } = inspect(cidr);
            const read = (address: string) => {
              const parsed = value.version === 4 ? parseIPv4(address) : parseIPv6(address);
              if (!parsed.ok) throw new Error(parsed.message);
              return parsed.value;
            };
            for (const reserved of value.reserved) {
              expect(read(reserved.address) >= read(value.network)).toBe(true);
              expect(read(reserved.address) <= read(value.lastAddress)).toBe(true);
            }
            expect(value.reserved).toHaveLength(5);
          },
        ),
      );
    });

    it('inspecting the canonical CIDR gives the same result as inspecting it with host bits set', () => {
      fc.assert(
        fc.property(ipv4Subnet, ({ n, prefix }) => {
          const messy = inspect(`${formatIPv4(BigInt(n))}/${prefix}`).value;
          expect(inspect(messy.cidr).value).toEqual(messy);
        }),
      );
    });
  });
});
