import { blockSize, type Cidr } from '../cidr/cidr.ts';
import { type VpcAllocationRequest, vpcAllocate } from './vpcAllocate.ts';

export interface VpcLayoutTier {
  /** Prefix length of each of the tier's subnets. */
  readonly prefixLength: number;
  /** Slots (AZ positions) the tier already has as existing subnets: not allocated again. */
  readonly existingSlots: ReadonlySet<number>;
  /** The existing subnets by slot, so the missing slots can go where the tier's pattern puts them. */
  readonly existingCidrs?: ReadonlyMap<number, Cidr>;
}

/**
 * Where a tier's missing slots belong when its existing subnets sit at the positions a growth
 * region would give them (slot i at region base + i × size): the region's base, else undefined.
 * This is what makes re-planning a deployed VPC with one more AZ fill the slot that was held for it.
 */
export function vpcRegionBase(tier: VpcLayoutTier, slots: number): bigint | undefined {
  const entries = [...(tier.existingCidrs ?? new Map<number, Cidr>()).entries()];
  if (entries.length === 0) return undefined;
  const size = blockSize(4, tier.prefixLength);
  const regionSize = size * (1n << BigInt(Math.ceil(Math.log2(slots))));
  let base: bigint | undefined;
  for (const [slot, cidr] of entries) {
    if (cidr.prefixLength !== tier.prefixLength) return undefined;
    const candidate = cidr.network - BigInt(slot) * size;
    if (candidate < 0n || candidate % regionSize !== 0n) return undefined;
    if (base !== undefined && base !== candidate) return undefined;
    base = candidate;
  }
  return base;
}

export interface VpcLayoutResult {
  /** Per tier, per slot (0…slots−1): the CIDR, undefined when it did not fit, or null for an existing subnet. */
  readonly slots: ReadonlyArray<ReadonlyArray<Cidr | undefined | null>>;
  /** Free space left (aligned blocks, unmerged). */
  readonly free: readonly Cidr[];
  readonly fits: boolean;
  /** False when tiers had to be placed subnet by subnet (not each in one aligned block) to fit. */
  readonly contiguousTiers: boolean;
}

/**
 * Lays out `slots` subnets per tier (one per current or future AZ) in the VPC blocks around the
 * occupied ones. A tier with no existing subnets is requested as one aligned region of
 * 2^ceil(log2(slots)) subnets, so its subnets are contiguous and adding an AZ (filling the next
 * slot) moves nothing; a tier with existing subnets gets one request per missing slot.
 * Requests depend only on tier sizes, slot count and existing subnets — not on how many AZs are in
 * use today — which is why growing into reserved slots never renumbers anything.
 */
export function vpcLayout(
  pools: readonly Cidr[],
  occupied: readonly Cidr[],
  tiers: readonly VpcLayoutTier[],
  slots: number,
): VpcLayoutResult {
  const grouped = layoutWith(pools, occupied, tiers, slots, true);
  if (grouped.fits || slots === 1) return grouped;
  // Regions round each tier up to a power of two of slots; in a tight VPC that rounding can be
  // what stops the plan fitting, while subnet-by-subnet largest-first packing always fits when the
  // sizes add up. Both attempts depend only on the same inputs, so growth stability is kept.
  const single = layoutWith(pools, occupied, tiers, slots, false);
  if (single.fits) return single;
  const missing = (layout: VpcLayoutResult) =>
    layout.slots.reduce((sum, row) => sum + row.filter((cidr) => cidr === undefined).length, 0);
  return missing(single) < missing(grouped) ? single : grouped;
}

function layoutWith(
  pools: readonly Cidr[],
  occupied: readonly Cidr[],
  tiers: readonly VpcLayoutTier[],
  slots: number,
  regions: boolean,
): VpcLayoutResult {
  const requests: VpcAllocationRequest[] = [];
  const owners: Array<{ tier: number; slot: number | 'region' }> = [];
  const regionBits = Math.ceil(Math.log2(slots));
  for (const [tierIndex, tier] of tiers.entries()) {
    if (regions && tier.existingSlots.size === 0) {
      requests.push({ prefixLength: tier.prefixLength - regionBits, slotPrefix: tier.prefixLength, slots });
      owners.push({ tier: tierIndex, slot: 'region' });
      continue;
    }
    const base = vpcRegionBase(tier, slots);
    const size = blockSize(4, tier.prefixLength);
    for (let slot = 0; slot < slots; slot += 1) {
      if (tier.existingSlots.has(slot)) continue;
      requests.push({
        prefixLength: tier.prefixLength,
        slotPrefix: tier.prefixLength,
        slots: 1,
        ...(base !== undefined ? { preferred: base + BigInt(slot) * size } : {}),
      });
      owners.push({ tier: tierIndex, slot });
    }
  }
  const allocation = vpcAllocate(pools, occupied, requests);
  const result: Array<Array<Cidr | undefined | null>> = tiers.map((tier) =>
    Array.from({ length: slots }, (_, slot) => (tier.existingSlots.has(slot) ? null : undefined)),
  );
  for (const [index, owner] of owners.entries()) {
    const placed = allocation.placed[index] ?? [];
    const row = result[owner.tier]!;
    if (owner.slot !== 'region') row[owner.slot] = placed[0];
    else for (const [slot, cidr] of placed.entries()) row[slot] = cidr;
  }
  return {
    contiguousTiers: regions,
    slots: result,
    free: allocation.free,
    fits: result.every((row) => row.every((cidr) => cidr !== undefined)),
  };
}
