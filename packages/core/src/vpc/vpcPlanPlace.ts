import { formatIPv4 } from '../cidr/address.ts';
import { IPV6_SUBNET_PREFIX } from '../cidr/awsVpcRules.ts';
import { blockSize, type Cidr, cidrContains, formatCidr, lastAddress } from '../cidr/cidr.ts';
import type { VpcUnplacedSubnet } from './vpcFit.ts';
import { vpcIpv6SubnetCidr } from './vpcIpv6.ts';
import { type VpcLayoutResult, type VpcLayoutTier, vpcLayout } from './vpcLayout.ts';
import type { VpcExistingItem, VpcPlanContext, VpcPlannedTier } from './vpcPlanPhase.ts';
import type { VpcReservedSlot, VpcSubnet } from './vpcPlanResult.ts';
import { vpcUsableAddresses } from './vpcTierPrefix.ts';

export type VpcPlanLayoutTier = VpcLayoutTier & { readonly name: string; readonly loadBalancer: boolean };

export interface VpcPlacement {
  readonly layoutTiers: readonly VpcPlanLayoutTier[];
  readonly layout: VpcLayoutResult;
  readonly subnets: readonly VpcSubnet[];
  readonly reserved: readonly VpcReservedSlot[];
  readonly unplaced: readonly VpcUnplacedSubnet[];
  /** Tiers that exist only through existing subnets (not planned), in the order first seen. */
  readonly extraTiers: readonly string[];
  /** The IPv6 subnet prefix in use, when the plan has an IPv6 block. */
  readonly ipv6Prefix: number | undefined;
}

const futureLabel = (fromCount: boolean, slot: number) =>
  fromCount ? `az${slot + 1}` : `future AZ ${slot + 1}`;

/**
 * Phases 4 and 5 of a plan: lay out every tier's AZ slots around the existing subnets (vpcLayout),
 * then read the layout as subnets (slots of AZs planned now), growth slots (future AZs) and what did
 * not fit. Each subnet gets the IPv6 block at position tier × slots + AZ slot.
 */
export function vpcPlanPlace(
  context: VpcPlanContext,
  tiers: readonly VpcPlannedTier[],
  existing: readonly VpcExistingItem[],
): VpcPlacement {
  const { input, pools, azs, slots, trace, warnings } = context;
  const inSlot = (tier: string) => existing.filter((item) => item.tier === tier && item.slot !== undefined);
  const layoutTiers: VpcPlanLayoutTier[] = tiers.map((tier) => ({
    name: tier.name,
    prefixLength: tier.prefixLength,
    loadBalancer: tier.loadBalancer,
    existingSlots: new Set(inSlot(tier.name).map((item) => item.slot!)),
    existingCidrs: new Map(inSlot(tier.name).map((item) => [item.slot!, item.cidr] as const)),
  }));
  if (slots > 1)
    trace.step({
      id: 'slots_per_tier',
      formula: input.futureAzs !== undefined ? 'future AZs (growth room)' : 'AZs planned now',
      inputs: { azs: azs.length, ...(input.futureAzs !== undefined ? { futureAzs: input.futureAzs } : {}) },
      value: slots,
      unit: 'subnet slots per tier, laid side by side in one aligned block of 2^ceil(log2(slots)) subnets',
    });

  const layout = vpcLayout(
    pools,
    existing.map((item) => item.cidr),
    layoutTiers,
    slots,
  );
  if (!layout.contiguousTiers)
    warnings.push({
      code: 'tiers_not_contiguous',
      path: ['tiers'],
      message:
        "The plan fits only subnet by subnet: each tier's subnets could not sit together in one aligned block, so a tier may not summarise to a single CIDR (for route tables or network ACLs). A larger VPC CIDR keeps tiers contiguous.",
    });

  const ipv6Prefix = input.ipv6 ? (input.ipv6.subnetPrefix ?? IPV6_SUBNET_PREFIX.smallest.value) : undefined;
  const ipv6For = (tierIndex: number, slot: number | undefined): { ipv6Cidr?: string } => {
    if (!input.ipv6 || ipv6Prefix === undefined || slot === undefined) return {};
    const cidr = vpcIpv6SubnetCidr(input.ipv6.cidr, ipv6Prefix, tierIndex * slots + slot);
    return cidr ? { ipv6Cidr: cidr } : {};
  };

  const subnets: VpcSubnet[] = [];
  const reserved: VpcReservedSlot[] = [];
  const unplaced: VpcUnplacedSubnet[] = [];
  for (const [tierIndex, tier] of tiers.entries()) {
    const row = layout.slots[tierIndex] ?? [];
    for (let slot = 0; slot < slots; slot += 1) {
      const cidr = row[slot];
      const now = slot < azs.length;
      const az = now ? azs[slot]! : futureLabel(input.azs.fromCount, slot);
      if (cidr === null) {
        // null: an existing subnet holds this slot.
        const item = existing.find((candidate) => candidate.tier === tier.name && candidate.slot === slot)!;
        subnets.push(
          describe(item.cidr, az, tier.name, pools, { ...ipv6For(tierIndex, slot), existing: true }),
        );
      } else if (cidr === undefined) {
        unplaced.push({ tier: tier.name, az, prefixLength: tier.prefixLength, reservedForGrowth: !now });
      } else if (now) {
        subnets.push(describe(cidr, az, tier.name, pools, ipv6For(tierIndex, slot)));
      } else {
        reserved.push({
          cidr: formatCidr(cidr),
          tier: tier.name,
          az,
          prefixLength: cidr.prefixLength,
          ...ipv6For(tierIndex, slot),
        });
      }
    }
  }
  // Existing subnets of tiers not planned, or in AZs not planned: kept, listed after the plan.
  const extraTiers: string[] = [];
  for (const item of existing) {
    if (item.slot !== undefined && tiers.some((tier) => tier.name === item.tier)) continue;
    if (!tiers.some((tier) => tier.name === item.tier) && !extraTiers.includes(item.tier))
      extraTiers.push(item.tier);
    // Only subnets in a planned tier's AZ slot get an IPv6 block: the others have no fixed position.
    subnets.push(describe(item.cidr, item.az, item.tier, pools, { existing: true }));
  }
  return { layoutTiers, layout, subnets, reserved, unplaced, extraTiers, ipv6Prefix };
}

function describe(
  cidr: Cidr,
  az: string,
  tier: string,
  pools: readonly Cidr[],
  extra: { ipv6Cidr?: string; existing?: true },
): VpcSubnet {
  const pool = pools.find((candidate) => cidrContains(candidate, cidr));
  return {
    cidr: formatCidr(cidr),
    az,
    tier,
    prefixLength: cidr.prefixLength,
    totalAddresses: Number(blockSize(4, cidr.prefixLength)),
    usableAddresses: vpcUsableAddresses(cidr.prefixLength),
    firstUsable: formatIPv4(cidr.network + 4n),
    lastUsable: formatIPv4(lastAddress(cidr) - 1n),
    vpcCidr: pool ? formatCidr(pool) : null,
    ...extra,
  };
}
