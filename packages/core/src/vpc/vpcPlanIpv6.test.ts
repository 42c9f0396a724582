import { describe, expect, it } from 'vitest';
import { plan } from './vpcPlanTestKit.ts';

describe('vpcPlan', () => {
  describe('IPv6', () => {
    it('gives each subnet a /64 at a fixed position per tier and AZ slot', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 2,
        futureAzs: 3,
        ipv6: { cidr: '2600:1f18:1234:5600::/56' },
        tiers: [
          { name: 'public', size: '/24' },
          { name: 'private', size: '/20' },
        ],
      });
      expect(value.subnets.map((s) => `${s.tier} ${s.az} ${s.ipv6Cidr}`)).toEqual([
        'public az1 2600:1f18:1234:5600::/64',
        'public az2 2600:1f18:1234:5601::/64',
        'private az1 2600:1f18:1234:5603::/64',
        'private az2 2600:1f18:1234:5604::/64',
      ]);
      expect(value.reserved.map((slot) => slot.ipv6Cidr)).toEqual([
        '2600:1f18:1234:5602::/64',
        '2600:1f18:1234:5605::/64',
      ]);
    });

    it('rejects IPv6 subnet sizes off AWS’s /44–/64 step of 4', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        ipv6: { cidr: '2600:1f18:1234:5600::/56', subnetPrefix: 62 },
        tiers: [{ name: 'app', size: '/24' }],
      });
      expect(value.problems.map((problem) => problem.code)).toEqual(['ipv6_subnet_prefix_invalid']);
    });

    it('reports when the IPv6 block has too few subnets', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 3,
        ipv6: { cidr: '2600:1f18:1234:5600::/60', subnetPrefix: 64 },
        tiers: [
          { name: 'a', size: '/24' },
          { name: 'b', size: '/24' },
          { name: 'c', size: '/24' },
          { name: 'd', size: '/24' },
          { name: 'e', size: '/24' },
          { name: 'f', size: '/24' },
        ],
      });
      expect(value.problems.map((problem) => problem.code)).toEqual(['ipv6_does_not_fit']);
    });
  });
});
