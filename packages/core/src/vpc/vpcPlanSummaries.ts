import { formatCidr, knownCidr } from '../cidr/cidr.ts';
import { cidrMerge } from '../cidr/setOps/index.ts';
import type { VpcExistingItem, VpcPlannedTier } from './vpcPlanPhase.ts';
import type { VpcPlacement } from './vpcPlanPlace.ts';
import type { VpcTierSummary } from './vpcPlanResult.ts';
import { vpcUsableAddresses } from './vpcTierPrefix.ts';

/**
 * Phase 6 of a plan: one summary per tier (planned tiers first, then tiers that exist only through
 * existing subnets), with the tier's subnets and growth slots merged into the fewest CIDRs — what a
 * route table, network ACL or security group would list for it.
 */
export function vpcPlanSummaries(
  tiers: readonly VpcPlannedTier[],
  existing: readonly VpcExistingItem[],
  placement: VpcPlacement,
): VpcTierSummary[] {
  const summaryOf = (tier: string) =>
    cidrMerge(
      [...placement.subnets, ...placement.reserved]
        .filter((item) => item.tier === tier)
        .map((item) => knownCidr(item.cidr)),
    ).map(formatCidr);
  return [
    ...tiers.map((tier) => ({
      name: tier.name,
      prefixLength: tier.prefixLength,
      usableAddresses: vpcUsableAddresses(tier.prefixLength),
      hostsRequested: tier.hostsRequested,
      loadBalancer: tier.loadBalancer,
      existingOnly: false,
      summaryCidrs: summaryOf(tier.name),
    })),
    ...placement.extraTiers.map((name) => {
      const first = existing.find((item) => item.tier === name)!;
      return {
        name,
        prefixLength: first.cidr.prefixLength,
        usableAddresses: vpcUsableAddresses(first.cidr.prefixLength),
        hostsRequested: null,
        loadBalancer: false,
        existingOnly: true,
        summaryCidrs: summaryOf(name),
      };
    }),
  ];
}
