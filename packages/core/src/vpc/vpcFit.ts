import { IPV4_SUBNET_PREFIX, IPV4_VPC_PREFIX } from '../cidr/awsVpcRules.ts';
import { blockSize, type Cidr, cidrOf } from '../cidr/cidr.ts';
import { vpcAllocate } from './vpcAllocate.ts';
import { VPC_LOAD_BALANCER_SUBNET } from './vpcFacts.ts';
import { type VpcLayoutTier, vpcLayout } from './vpcLayout.ts';
import { vpcUsableAddresses } from './vpcTierPrefix.ts';

export interface VpcUnplacedSubnet {
  readonly tier: string;
  readonly az: string;
  readonly prefixLength: number;
  /** True for a slot reserved for a future AZ (growth room), false for a subnet needed now. */
  readonly reservedForGrowth: boolean;
}

/** Why the plan does not fit, by how much, and what would. */
export interface VpcFitDiagnosis {
  readonly unplaced: readonly VpcUnplacedSubnet[];
  /** Addresses of every new subnet and growth slot the plan asked for. */
  readonly requiredAddresses: number;
  /** Addresses free in the VPC blocks before placing them (existing subnets excluded). */
  readonly availableAddresses: number;
  /** required − available when positive; 0 means the space exists but not in aligned blocks of the sizes needed. */
  readonly shortByAddresses: number;
  /** The smallest single VPC CIDR prefix that would hold the whole plan (null with existing subnets or beyond /16). */
  readonly smallestVpcPrefix: number | null;
  /** The smallest secondary CIDR prefix that would hold what did not fit (null beyond /16). */
  readonly secondaryCidrPrefix: number | null;
  /** The largest tier sizes that fit as the VPC stands (shrinking the biggest tiers first), or null if none do. */
  readonly tierSizesThatFit: ReadonlyArray<{
    readonly tier: string;
    readonly prefixLength: number;
    readonly usableAddresses: number;
  }> | null;
  readonly message: string;
}

export interface VpcFitContext {
  readonly pools: readonly Cidr[];
  readonly occupied: readonly Cidr[];
  readonly tiers: ReadonlyArray<VpcLayoutTier & { readonly name: string; readonly loadBalancer: boolean }>;
  readonly slots: number;
  readonly unplaced: readonly VpcUnplacedSubnet[];
  readonly requiredAddresses: number;
  readonly availableAddresses: number;
}

const MAX_SHRINK_TRIALS = 400;

/** Explains a plan that does not fit: what is missing, by how much, and the sizes that would fit. */
export function vpcFitDiagnosis(context: VpcFitContext): VpcFitDiagnosis {
  const shortBy = Math.max(0, context.requiredAddresses - context.availableAddresses);
  const hasExisting = context.occupied.length > 0;
  const smallestVpcPrefix = hasExisting ? null : smallestSingleBlock(context);
  const secondaryCidrPrefix = smallestSecondary(context.unplaced);
  const tierSizesThatFit = shrinkToFit(context);

  const byTier = new Map<string, number>();
  for (const item of context.unplaced) byTier.set(item.tier, (byTier.get(item.tier) ?? 0) + 1);
  const parts = [
    `${context.unplaced.length} subnet${context.unplaced.length === 1 ? '' : 's'} did not fit (${[...byTier]
      .map(([tier, count]) => `${tier}: ${count}`)
      .join(', ')}).`,
    shortBy > 0
      ? `The plan needs ${context.requiredAddresses.toLocaleString('en-US')} addresses but the VPC has ${context.availableAddresses.toLocaleString('en-US')} free: short by ${shortBy.toLocaleString('en-US')}.`
      : `The VPC has ${context.availableAddresses.toLocaleString('en-US')} free addresses, enough in total for ${context.requiredAddresses.toLocaleString('en-US')}, but not in aligned blocks of the sizes needed.`,
  ];
  if (smallestVpcPrefix !== null)
    parts.push(`A single VPC CIDR of /${smallestVpcPrefix} would hold the whole plan.`);
  if (secondaryCidrPrefix !== null)
    parts.push(`Adding a secondary CIDR of /${secondaryCidrPrefix} would hold what did not fit.`);
  if (tierSizesThatFit)
    parts.push(
      `Tier sizes that fit as the VPC stands: ${tierSizesThatFit.map((tier) => `${tier.tier} /${tier.prefixLength} (${tier.usableAddresses.toLocaleString('en-US')} usable)`).join(', ')}.`,
    );
  else
    parts.push('No tier sizes down to /28 fit as the VPC stands: add VPC CIDRs or plan fewer AZs or tiers.');
  return {
    unplaced: context.unplaced,
    requiredAddresses: context.requiredAddresses,
    availableAddresses: context.availableAddresses,
    shortByAddresses: shortBy,
    smallestVpcPrefix,
    secondaryCidrPrefix,
    tierSizesThatFit,
    message: parts.join(' '),
  };
}

function smallestSingleBlock(context: VpcFitContext): number | null {
  const primary = context.pools[0];
  if (!primary) return null;
  const total = context.tiers.reduce(
    (sum, tier) => sum + Number(blockSize(4, tier.prefixLength)) * context.slots,
    0,
  );
  let prefix = Math.min(IPV4_VPC_PREFIX.smallest.value, 32 - Math.ceil(Math.log2(total)));
  for (; prefix >= IPV4_VPC_PREFIX.largest.value; prefix -= 1) {
    const block = cidrOf(4, primary.network, prefix);
    if (vpcLayout([block], [], context.tiers, context.slots).fits) return prefix;
  }
  return null;
}

function smallestSecondary(unplaced: readonly VpcUnplacedSubnet[]): number | null {
  if (unplaced.length === 0) return null;
  const total = unplaced.reduce((sum, item) => sum + 2 ** (32 - item.prefixLength), 0);
  const requests = unplaced.map((item) => ({
    prefixLength: item.prefixLength,
    slotPrefix: item.prefixLength,
    slots: 1,
  }));
  for (
    let prefix = Math.min(IPV4_VPC_PREFIX.smallest.value, 32 - Math.ceil(Math.log2(total)));
    prefix >= IPV4_VPC_PREFIX.largest.value;
    prefix -= 1
  ) {
    const placed = vpcAllocate([cidrOf(4, 0n, prefix)], [], requests).placed;
    if (placed.every((slots) => slots.every((cidr) => cidr !== undefined))) return prefix;
  }
  return null;
}

/** Shrinks the tier with the most address demand by one bit at a time until the plan fits. */
function shrinkToFit(context: VpcFitContext): VpcFitDiagnosis['tierSizesThatFit'] {
  const tiers = context.tiers.map((tier) => ({ ...tier }));
  for (let trial = 0; trial < MAX_SHRINK_TRIALS; trial += 1) {
    // A layout can only fit once the sizes add up, so skip the (costlier) trial layout until then.
    const demand = tiers.reduce(
      (sum, tier) => sum + 2 ** (32 - tier.prefixLength) * (context.slots - tier.existingSlots.size),
      0,
    );
    if (
      demand <= context.availableAddresses &&
      vpcLayout(context.pools, context.occupied, tiers, context.slots).fits
    )
      return tiers.map((tier) => ({
        tier: tier.name,
        prefixLength: tier.prefixLength,
        usableAddresses: vpcUsableAddresses(tier.prefixLength),
      }));
    const limit = (tier: (typeof tiers)[number]) =>
      tier.loadBalancer ? VPC_LOAD_BALANCER_SUBNET.largestPrefix.value : IPV4_SUBNET_PREFIX.smallest.value;
    let pick = -1;
    let pickDemand = -1;
    for (const [index, tier] of tiers.entries()) {
      if (tier.prefixLength >= limit(tier)) continue;
      const demand = 2 ** (32 - tier.prefixLength) * (context.slots - tier.existingSlots.size);
      if (demand > pickDemand) {
        pick = index;
        pickDemand = demand;
      }
    }
    const chosen = tiers[pick];
    if (!chosen || pickDemand <= 0) return null;
    chosen.prefixLength += 1;
  }
  return null;
}
