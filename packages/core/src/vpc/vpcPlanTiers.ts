import { IPV4_SUBNET_PREFIX } from '../cidr/awsVpcRules.ts';
import { VPC_ALB_MIN_AZS } from './vpcFacts.ts';
import type { VpcPlanContext, VpcPlannedTier } from './vpcPlanPhase.ts';
import { vpcLoadBalancerProblem } from './vpcRules.ts';
import { vpcTierPrefix } from './vpcTierPrefix.ts';

/**
 * Phase 2 of a plan: each tier's subnet size (a prefix, or the smallest that holds the hosts), and
 * the load-balancer rules for the tiers marked as such.
 */
export function vpcPlanTiers(context: VpcPlanContext): VpcPlannedTier[] {
  const { input, azs, trace, problems, warnings } = context;
  return input.tiers.map((tier, index) => {
    const prefixLength = vpcTierPrefix(tier, trace) ?? IPV4_SUBNET_PREFIX.largest.value;
    const loadBalancer = tier.loadBalancer === true;
    if (loadBalancer) {
      const problem = vpcLoadBalancerProblem(tier.name, prefixLength, ['tiers', index, 'size']);
      if (problem) problems.push(problem);
    }
    if (loadBalancer && azs.length < VPC_ALB_MIN_AZS.value)
      warnings.push({
        code: 'load_balancer_single_az',
        path: ['azs'],
        message: `Load-balancer tier "${tier.name}" has subnets in ${azs.length} AZ; an Application Load Balancer needs subnets in at least ${VPC_ALB_MIN_AZS.value} AZs (${VPC_ALB_MIN_AZS.source}). A Network Load Balancer accepts one.`,
      });
    return {
      name: tier.name,
      prefixLength,
      hostsRequested: tier.size.kind === 'hosts' ? tier.size.hosts : null,
      loadBalancer,
    };
  });
}
