import { describe, expect, it } from 'vitest';
import { knownCidr, parseCidr } from '../cidr/cidr.ts';
import {
  vpcAssociationProblems,
  vpcIpv6Problems,
  vpcLoadBalancerProblem,
  vpcRangeClass,
} from './vpcRules.ts';

const restricted = (...cidrs: string[]) =>
  vpcAssociationProblems(cidrs.map(knownCidr)).map((p) => p.path?.[1]);

// Rows of AWS's "IPv4 CIDR block association restrictions" table
// (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html#add-cidr-block-restrictions;
// research §6.3). Each case: the VPC's existing block(s), then the block being added.
describe('vpcAssociationProblems', () => {
  describe('existing 10.0.0.0/8 block', () => {
    it.each([
      ['10.2.0.0/16', '172.16.0.0/16', false],
      ['10.2.0.0/16', '192.168.0.0/16', false],
      ['10.2.0.0/16', '198.19.0.0/16', false],
      ['10.2.0.0/16', '10.3.0.0/16', true],
      ['10.2.0.0/16', '100.64.0.0/16', true],
      ['10.2.0.0/16', '54.10.0.0/16', true],
    ])('with %s, adding %s is allowed: %s', (existing, added, allowed) => {
      expect(restricted(existing, added)).toEqual(allowed ? [] : [1]);
    });

    it('forbids a block from 10.0.0.0/16 when any block is in 10.0.0.0/15', () => {
      expect(restricted('10.1.0.0/16', '10.0.0.0/24')).toEqual([1]);
      expect(restricted('10.2.0.0/16', '10.0.0.0/24')).toEqual([]);
    });
  });

  describe('existing 172.16.0.0/12 block', () => {
    it.each([
      ['172.16.0.0/16', '10.0.0.0/16', false],
      ['172.16.0.0/16', '192.168.0.0/16', false],
      ['172.16.0.0/16', '172.31.0.0/16', false],
      ['172.16.0.0/16', '172.31.5.0/24', false],
      ['172.16.0.0/16', '198.19.0.0/16', false],
      ['172.16.0.0/16', '172.18.0.0/16', true],
      ['172.16.0.0/16', '100.64.0.0/16', true],
    ])('with %s, adding %s is allowed: %s', (existing, added, allowed) => {
      expect(restricted(existing, added)).toEqual(allowed ? [] : [1]);
    });
  });

  describe('existing 192.168.0.0/16 block', () => {
    it.each([
      ['192.168.0.0/20', '10.0.0.0/16', false],
      ['192.168.0.0/20', '172.16.0.0/16', false],
      ['192.168.0.0/20', '198.19.0.0/16', false],
      ['192.168.0.0/20', '192.168.16.0/20', true],
      ['192.168.0.0/20', '100.64.0.0/16', true],
    ])('with %s, adding %s is allowed: %s', (existing, added, allowed) => {
      expect(restricted(existing, added)).toEqual(allowed ? [] : [1]);
    });
  });

  describe('existing 198.19.0.0/16 block', () => {
    it.each([
      ['198.19.0.0/16', '10.0.0.0/16', false],
      ['198.19.0.0/16', '172.16.0.0/16', false],
      ['198.19.0.0/16', '192.168.0.0/16', false],
      ['198.19.0.0/16', '100.64.0.0/16', true],
      ['198.19.0.0/16', '54.10.0.0/16', true],
    ])('with %s, adding %s is allowed: %s', (existing, added, allowed) => {
      expect(restricted(existing, added)).toEqual(allowed ? [] : [1]);
    });
  });

  describe('existing public or 100.64.0.0/10 block', () => {
    it.each([
      ['100.64.0.0/16', '10.0.0.0/16', false],
      ['54.10.0.0/16', '172.16.0.0/16', false],
      ['54.10.0.0/16', '192.168.0.0/16', false],
      ['54.10.0.0/16', '198.19.0.0/16', false],
      ['54.10.0.0/16', '54.11.0.0/16', true],
      ['54.10.0.0/16', '100.64.0.0/16', true],
    ])('with %s, adding %s is allowed: %s', (existing, added, allowed) => {
      expect(restricted(existing, added)).toEqual(allowed ? [] : [1]);
    });
  });

  // "You can also associate a CIDR in one of the RFC 1918 ranges, but … add that CIDR first when you
  // create the VPC and then add the non-RFC 1918 CIDR": the order decides.
  it('applies the table in the order given, and says when the other order would work', () => {
    expect(restricted('10.0.0.0/16', '100.64.0.0/16')).toEqual([]);
    const problems = vpcAssociationProblems([knownCidr('100.64.0.0/16'), knownCidr('10.0.0.0/16')]);
    expect(problems.map((problem) => problem.code)).toEqual(['vpc_cidr_association_restricted']);
    expect(problems[0]?.message).toContain('other order');
  });

  // 10.0.128.0/17 lies inside 10.0.0.0/16: the two overlap, so no order would be accepted.
  it('does not suggest the other order for blocks that overlap', () => {
    const problems = vpcAssociationProblems([knownCidr('10.0.0.0/16'), knownCidr('10.0.128.0/17')]);
    expect(problems.map((problem) => problem.code)).toEqual(['vpc_cidr_association_restricted']);
    expect(problems[0]?.message).not.toContain('other order');
  });

  // The table is read against every block already associated: once 100.64.0.0/16 (non-RFC 1918) is
  // in the VPC, its row restricts RFC 1918 additions too.
  it('checks every secondary against every block before it', () => {
    expect(restricted('10.2.0.0/16', '10.3.0.0/16', '172.16.0.0/16')).toEqual([2]);
    expect(restricted('10.2.0.0/16', '100.64.0.0/16', '172.16.0.0/16', '10.3.0.0/16')).toEqual([2, 3]);
  });
});

describe('vpcRangeClass', () => {
  it('classes blocks by the table rows, with 100.64.0.0/10 and public space together', () => {
    expect(
      ['10.9.0.0/16', '172.31.0.0/16', '192.168.4.0/24', '198.19.0.0/16', '100.64.0.0/10', '8.8.8.0/24'].map(
        (c) => vpcRangeClass(knownCidr(c)),
      ),
    ).toEqual(['10/8', '172.16/12', '192.168/16', '198.19/16', 'public', 'public']);
  });
});

// ELB: at least a /27 per load-balancer subnet.
describe('vpcLoadBalancerProblem', () => {
  it('accepts /27 and larger, rejects /28', () => {
    expect(vpcLoadBalancerProblem('alb', 27, [])).toBeUndefined();
    expect(vpcLoadBalancerProblem('alb', 24, [])).toBeUndefined();
    expect(vpcLoadBalancerProblem('alb', 28, ['tiers', 0])).toMatchObject({
      code: 'load_balancer_subnet_too_small',
      path: ['tiers', 0],
    });
  });
});

// AWS: IPv6 VPC blocks are /44 to /60 and IPv6 subnets /44 to /64, both in steps of /4
// (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html).
describe('vpcIpv6Problems', () => {
  const tooLarge = (block: string, subnetPrefix: number) =>
    vpcIpv6Problems(knownCidr(block), subnetPrefix).problems.find(
      (problem) => problem.code === 'ipv6_subnet_prefix_too_large',
    )?.message;

  it('suggests only subnet sizes that fit: /60 block → /64; /56 block → /60 or /64', () => {
    expect(tooLarge('2001:db8::/60', 60)).toContain('use /64');
    expect(tooLarge('2001:db8::/56', 56)).toContain('use /60 or /64');
    expect(tooLarge('2001:db8::/48', 44)).toContain('use /52 to /64');
  });

  it('does not suggest /64 for a /64 block: it asks for a larger VPC block', () => {
    const message = tooLarge('2001:db8::/64', 64);
    expect(message).toBeDefined();
    expect(message).not.toContain('such as /64');
    expect(message).toContain('/60 or larger');
  });

  it('warns when the IPv6 block has host bits set', () => {
    const parsed = parseCidr('2001:db8::1/56');
    if (!parsed.ok) throw new Error(parsed.message);
    const { warnings } = vpcIpv6Problems(parsed.value, 64);
    expect(warnings.find((warning) => warning.code === 'host_bits_set')?.path).toEqual(['ipv6', 'cidr']);
  });
});
