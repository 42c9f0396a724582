import { describe, expect, it } from 'vitest';
import { plan } from './vpcPlanTestKit.ts';

describe('vpcPlan', () => {
  // ELB: "each subnet … a CIDR block with at least a /27 bitmask … and at least 8 free IP addresses".
  describe('load-balancer tiers', () => {
    it('flags a /28 load-balancer tier and accepts a /27', () => {
      const small = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 2,
        tiers: [{ name: 'alb', size: '/28', loadBalancer: true }],
      }).value;
      expect(small.problems.map((problem) => problem.code)).toEqual(['load_balancer_subnet_too_small']);
      const ok = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 2,
        tiers: [{ name: 'alb', size: '/27', loadBalancer: true }],
      }).value;
      expect(ok.problems).toEqual([]);
    });

    it.each([
      [1, 27],
      [19, 27],
      [20, 26],
    ])('sizes a load-balancer tier of %i hosts as /%i (hosts + 8 free, never below /27)', (hosts, prefix) => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'alb', size: hosts, loadBalancer: true }],
      });
      expect(value.subnets[0]?.prefixLength).toBe(prefix);
    });

    // ALB: "You must specify subnets from at least two Availability Zones."
    it('warns when a load-balancer tier spans fewer than two AZs', () => {
      const codes = (azs: number) =>
        plan({
          vpcCidrs: ['10.0.0.0/16'],
          azs,
          tiers: [{ name: 'alb', size: '/27', loadBalancer: true }],
        }).warnings.map((warning) => warning.code);
      expect(codes(1)).toEqual(['load_balancer_single_az']);
      expect(codes(2)).toEqual([]);
    });

    it('flags an existing load-balancer subnet smaller than /27', () => {
      const { value } = plan({
        vpcCidrs: ['10.0.0.0/16'],
        azs: 1,
        tiers: [{ name: 'alb', size: '/27', loadBalancer: true }],
        existing: [{ cidr: '10.0.0.0/28', tier: 'alb', az: 'az1' }],
      });
      expect(value.problems.map((problem) => problem.code)).toContain('load_balancer_subnet_too_small');
    });
  });
});
