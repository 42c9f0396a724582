import { formatCidr } from '../cidr/cidr.ts';
import { cidrExclude, cidrMerge } from '../cidr/setOps/index.ts';
import { VPC_QUOTA_SUBNETS } from './vpcFacts.ts';
import { type VpcFitDiagnosis, vpcFitDiagnosis } from './vpcFit.ts';
import { vpcIpv6Capacity } from './vpcIpv6.ts';
import type { VpcExistingItem, VpcPlanContext } from './vpcPlanPhase.ts';
import type { VpcPlacement } from './vpcPlanPlace.ts';
import { vpcIpv6Problems, vpcSubnetQuotaCheck } from './vpcRules.ts';
import { vpcEksWarnings, vpcPeerHostBitsWarnings, vpcPeerWarnings } from './vpcWarnings.ts';

const sizeOf = (prefixLength: number) => 2 ** (32 - prefixLength);

/** Phase 8: the IPv6 block's rules, and whether it holds one subnet per tier and AZ slot. */
export function vpcPlanIpv6Checks(
  context: VpcPlanContext,
  tierCount: number,
  ipv6Prefix: number | undefined,
): void {
  const { input, slots, problems, warnings } = context;
  if (!input.ipv6 || ipv6Prefix === undefined) return;
  const checks = vpcIpv6Problems(input.ipv6.cidr, ipv6Prefix);
  problems.push(...checks.problems);
  warnings.push(...checks.warnings);
  const needed = tierCount * slots;
  const capacity = vpcIpv6Capacity(input.ipv6.cidr, ipv6Prefix);
  if (checks.problems.length === 0 && needed > capacity)
    problems.push({
      code: 'ipv6_does_not_fit',
      path: ['ipv6', 'subnetPrefix'],
      message: `The plan needs ${needed} IPv6 subnets (${tierCount} tiers × ${slots} AZ slots) but ${formatCidr(input.ipv6.cidr)} holds only ${capacity} of /${ipv6Prefix}; use a larger IPv6 block or a longer IPv6 subnet prefix.`,
    });
}

/** Phase 9: the subnets-per-VPC quota, counting what did not fit as well as what did. */
export function vpcPlanQuotaCheck(context: VpcPlanContext, placement: VpcPlacement): void {
  const { unplaced } = placement;
  const quota = vpcSubnetQuotaCheck(
    placement.subnets.length + unplaced.filter((item) => !item.reservedForGrowth).length,
    placement.reserved.length + unplaced.filter((item) => item.reservedForGrowth).length,
    context.input.quotas?.maxSubnets ?? VPC_QUOTA_SUBNETS.value,
  );
  context.problems.push(...quota.problems);
  context.warnings.push(...quota.warnings);
}

/** Phase 10: when some subnets or growth slots did not fit, why, and what would (vpcFit). */
export function vpcPlanFit(
  context: VpcPlanContext,
  existing: readonly VpcExistingItem[],
  placement: VpcPlacement,
): VpcFitDiagnosis | null {
  const { pools, slots } = context;
  if (placement.unplaced.length === 0) return null;
  const occupied = existing.map((item) => item.cidr);
  const requiredAddresses = placement.layoutTiers.reduce(
    (sum, tier) => sum + sizeOf(tier.prefixLength) * (slots - tier.existingSlots.size),
    0,
  );
  const availableAddresses = cidrExclude(cidrMerge(pools), occupied).reduce(
    (sum, cidr) => sum + sizeOf(cidr.prefixLength),
    0,
  );
  const fit = vpcFitDiagnosis({
    pools,
    occupied,
    tiers: placement.layoutTiers,
    slots,
    unplaced: placement.unplaced,
    requiredAddresses,
    availableAddresses,
  });
  context.problems.push({ code: 'does_not_fit', path: ['tiers'], message: fit.message });
  return fit;
}

/** Phase 11: warnings about neighbours — peer and on-premises ranges, EKS's default service ranges. */
export function vpcPlanNeighbourWarnings(context: VpcPlanContext): void {
  const { input, pools } = context;
  const peers = input.peers ?? [];
  context.warnings.push(
    ...vpcPeerHostBitsWarnings(peers),
    ...vpcPeerWarnings(
      [
        ...pools.map((cidr, index) => ({ cidr, path: ['vpcCidrs', index] })),
        ...(input.ipv6 ? [{ cidr: input.ipv6.cidr, path: ['ipv6', 'cidr'] }] : []),
      ],
      peers,
    ),
    ...vpcEksWarnings([
      ...pools.map((cidr, index) => ({ cidr, what: 'VPC CIDR', path: ['vpcCidrs', index] })),
      ...peers.map((cidr, index) => ({ cidr, what: 'Peer range', path: ['peers', index] })),
    ]),
  );
}
