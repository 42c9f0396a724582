import { formatIPv4 } from '../cidr/address.ts';
import { IPV4_SUBNET_PREFIX } from '../cidr/awsVpcRules.ts';
import { cidrContains, cidrsOverlap, formatCidr } from '../cidr/cidr.ts';
import type { VpcExistingItem, VpcPlanContext, VpcPlannedTier } from './vpcPlanPhase.ts';
import { vpcLoadBalancerProblem } from './vpcRules.ts';

/**
 * Phase 3 of a plan: the subnets that already exist. Each is checked (size, inside the VPC, no
 * overlap, load-balancer size) and matched to its tier's AZ slot, so the layout keeps it in place
 * and places only the missing subnets around it.
 */
export function vpcPlanExisting(
  context: VpcPlanContext,
  tiers: readonly VpcPlannedTier[],
): VpcExistingItem[] {
  const { input, azs, problems, warnings } = context;
  const items: VpcExistingItem[] = [];
  for (const [index, given] of (input.existing ?? []).entries()) {
    const path = ['existing', index];
    const text = formatCidr(given.cidr);
    if (
      given.cidr.prefixLength < IPV4_SUBNET_PREFIX.largest.value ||
      given.cidr.prefixLength > IPV4_SUBNET_PREFIX.smallest.value
    )
      problems.push({
        code: 'existing_prefix_out_of_range',
        path,
        message: `Existing subnet ${text} is a /${given.cidr.prefixLength}; AWS subnets are /16 to /28.`,
      });
    if (!input.vpcCidrs.some((vpc) => cidrContains(vpc, given.cidr)))
      problems.push({
        code: 'existing_outside_vpc',
        path,
        message: `Existing subnet ${text} is not inside any of the VPC CIDRs (${input.vpcCidrs.map(formatCidr).join(', ')}); a subnet lies within one VPC CIDR block.`,
      });
    const clash = items.find((item) => cidrsOverlap(item.cidr, given.cidr));
    if (clash) {
      problems.push({
        code: 'existing_overlap',
        path,
        message: `Existing subnet ${text} overlaps existing subnet ${formatCidr(clash.cidr)}; subnets in a VPC cannot overlap.`,
      });
    }
    const tier = tiers.find((candidate) => candidate.name === given.tier);
    const azIndex = azs.indexOf(given.az);
    const duplicate = items.find((item) => item.tier === given.tier && item.az === given.az);
    if (duplicate)
      warnings.push({
        code: 'existing_same_tier_az',
        path,
        message: `Tier "${given.tier}" already has existing subnet ${formatCidr(duplicate.cidr)} in ${given.az}; ${text} is kept too, as an extra subnet.`,
      });
    if (azIndex === -1)
      warnings.push({
        code: 'existing_az_not_planned',
        path,
        message: `Existing subnet ${text} is in ${given.az}, which is not among the planned AZs (${azs.join(', ')}); it is kept as is, and exports ask for its AZ instead of guessing one.`,
      });
    if (tier && tier.prefixLength !== given.cidr.prefixLength)
      warnings.push({
        code: 'existing_size_differs',
        path,
        message: `Existing ${given.tier} subnet ${text} is a /${given.cidr.prefixLength} while the tier's new subnets are /${tier.prefixLength}.`,
      });
    if (tier?.loadBalancer) {
      const problem = vpcLoadBalancerProblem(given.tier, given.cidr.prefixLength, path, text);
      if (problem) problems.push(problem);
    }
    if (given.cidr.address !== given.cidr.network)
      warnings.push({
        code: 'host_bits_set',
        path,
        message: `${formatIPv4(given.cidr.address)}/${given.cidr.prefixLength} has host bits set; the subnet is ${text}.`,
      });
    items.push({
      cidr: given.cidr,
      tier: given.tier,
      az: given.az,
      slot: tier && azIndex !== -1 && !duplicate && !clash ? azIndex : undefined,
    });
  }
  return items;
}
