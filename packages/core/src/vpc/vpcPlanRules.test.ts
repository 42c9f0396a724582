import { describe, expect, it } from 'vitest';
import { plan } from './vpcPlanTestKit.ts';

describe('vpcPlan', () => {
  describe('AWS rules and warnings', () => {
    it('flags VPC CIDRs outside /16–/28 and forbidden ranges', () => {
      const { value } = plan({ vpcCidrs: ['10.0.0.0/15'], azs: 1, tiers: [{ name: 'a', size: '/24' }] });
      expect(value.problems.map((problem) => problem.code)).toContain('vpc_prefix_too_short');
      const loopback = plan({
        vpcCidrs: ['127.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'a', size: '/24' }],
      }).value;
      expect(loopback.problems.map((problem) => problem.code)).toContain('vpc_cidr_forbidden_range');
    });

    it('applies the quotas as defaults and as overrides', () => {
      const six = ['10.2.0.0/24', '10.2.1.0/24', '10.2.2.0/24', '10.2.3.0/24', '10.2.4.0/24', '10.2.5.0/24'];
      const tiers = [{ name: 'a', size: '/26' }];
      expect(plan({ vpcCidrs: six, azs: 1, tiers }).value.problems.map((p) => p.code)).toEqual([
        'vpc_cidr_quota_exceeded',
      ]);
      expect(plan({ vpcCidrs: six, azs: 1, tiers, quotas: { maxCidrs: 6 } }).value.problems).toEqual([]);
      const many = plan({ vpcCidrs: ['10.0.0.0/16'], azs: 3, tiers, quotas: { maxSubnets: 2 } }).value;
      expect(many.problems.map((p) => p.code)).toEqual(['subnet_quota_exceeded']);
    });

    it('warns about Docker’s 172.17.0.0/16, the default VPC range and EKS service ranges', () => {
      const codes = (cidr: string) =>
        plan({ vpcCidrs: [cidr], azs: 1, tiers: [{ name: 'a', size: '/24' }] }).warnings.map((w) => w.code);
      expect(codes('172.17.0.0/16')).toContain('docker_bridge_overlap');
      expect(codes('172.31.0.0/16')).toContain('default_vpc_overlap');
      expect(codes('10.100.0.0/16')).toContain('eks_service_range_overlap');
      expect(codes('172.20.0.0/16')).toContain('eks_service_range_overlap');
      expect(codes('10.0.0.0/16')).toEqual([]);
    });

    it('warns about overlap with peer and on-premises ranges, naming the shared range', () => {
      const { warnings } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'a', size: '/24' }],
        peers: ['10.0.128.0/17', '192.168.0.0/16'],
      });
      expect(warnings.filter((w) => w.code === 'peer_overlap').map((w) => w.message)).toEqual([
        expect.stringContaining('shared: 10.0.128.0/17'),
      ]);
    });
  });
});
