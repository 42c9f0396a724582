import { blockSize, type Cidr, cidrOf } from '../cidr/cidr.ts';
import { cidrExclude } from '../cidr/setOps/index.ts';

/**
 * One aligned block to place. With `slots` > 1 it is a tier's region: `slots` equal sub-blocks of
 * `slotPrefix` laid side by side in one aligned block of `prefixLength` (so the tier summarises to
 * one CIDR and its future AZs' slots are held next to the current ones); sub-blocks past `slots`
 * are returned to the free space for smaller requests. A request that does not fit stays unplaced.
 */
export interface VpcAllocationRequest {
  readonly prefixLength: number;
  readonly slotPrefix: number;
  readonly slots: number;
  /** Place the block exactly here when that space is free (e.g. a slot held for an AZ); else best fit. */
  readonly preferred?: bigint;
}

export interface VpcAllocation {
  /** Per request (same order as given), the CIDR of each slot, or undefined where it did not fit. */
  readonly placed: ReadonlyArray<ReadonlyArray<Cidr | undefined>>;
  /** The free space left, as aligned blocks (not merged), per pool in pool order. */
  readonly free: readonly Cidr[];
}

interface FreeBlock {
  readonly network: bigint;
  readonly prefixLength: number;
}

/**
 * Deterministic largest-first best-fit allocation of aligned IPv4 blocks inside `pools` (the VPC
 * CIDRs, primary first), around `occupied` blocks (existing subnets), never overlapping.
 *
 * Requests are placed biggest first (ties in the order given). Each goes into the first pool that
 * has room, in that pool's smallest free aligned block that can hold it (lowest address on a tie),
 * split buddy-style, so free space stays in as few and as large blocks as possible: for blocks
 * whose sizes are powers of two, biggest-first into one aligned pool leaves no gaps at all.
 */
export function vpcAllocate(
  pools: readonly Cidr[],
  occupied: readonly Cidr[],
  requests: readonly VpcAllocationRequest[],
): VpcAllocation {
  const free: FreeBlock[][] = [];
  for (const [index, pool] of pools.entries()) {
    // An earlier pool wins any overlap between pools (overlapping VPC CIDRs are reported as a problem).
    const blocked = [...occupied, ...pools.slice(0, index)];
    free.push(
      cidrExclude([pool], blocked).map((cidr) => ({
        network: cidr.network,
        prefixLength: cidr.prefixLength,
      })),
    );
  }
  const placed: Array<Array<Cidr | undefined>> = requests.map((request) =>
    Array(request.slots).fill(undefined),
  );
  // Requests with a preferred position go first, so nothing else takes the space held for them.
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort(
      (a, b) =>
        Number(a.request.preferred === undefined) - Number(b.request.preferred === undefined) ||
        a.request.prefixLength - b.request.prefixLength ||
        a.index - b.index,
    );

  for (const { request, index } of order) {
    const slotsPerBlock = 2 ** (request.slotPrefix - request.prefixLength);
    const block =
      (request.preferred !== undefined ? takeAt(free, request.preferred, request.prefixLength) : undefined) ??
      take(free, request.prefixLength);
    const slotsOut = placed[index]!;
    if (block !== undefined) {
      const slotSize = blockSize(4, request.slotPrefix);
      for (let slot = 0; slot < slotsPerBlock; slot += 1) {
        const network = block.network + BigInt(slot) * slotSize;
        if (slot < request.slots) slotsOut[slot] = cidrOf(4, network, request.slotPrefix);
        else give(free, block.pool, { network, prefixLength: request.slotPrefix });
      }
    }
  }
  return {
    placed,
    free: free.flatMap((blocks) =>
      [...blocks]
        .sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : 0))
        .map((block) => cidrOf(4, block.network, block.prefixLength)),
    ),
  };
}

/** Takes an aligned block of `prefixLength` from the first pool with room (best fit), or undefined. */
function take(free: FreeBlock[][], prefixLength: number): { network: bigint; pool: number } | undefined {
  for (const [pool, blocks] of free.entries()) {
    let best = -1;
    for (const [index, block] of blocks.entries()) {
      if (block.prefixLength > prefixLength) continue;
      const current = blocks[best];
      if (
        current === undefined ||
        block.prefixLength > current.prefixLength ||
        (block.prefixLength === current.prefixLength && block.network < current.network)
      )
        best = index;
    }
    if (best === -1) continue;
    const [chosen] = blocks.splice(best, 1);
    if (!chosen) continue;
    // Split buddy-style: keep the low half, free the high half, until the size is right.
    for (let prefix = chosen.prefixLength + 1; prefix <= prefixLength; prefix += 1) {
      blocks.push({ network: chosen.network + blockSize(4, prefix), prefixLength: prefix });
    }
    return { network: chosen.network, pool };
  }
  return undefined;
}

/** Takes exactly the aligned block at `network` if it lies in free space, splitting around it. */
function takeAt(
  free: FreeBlock[][],
  network: bigint,
  prefixLength: number,
): { network: bigint; pool: number } | undefined {
  if (network % blockSize(4, prefixLength) !== 0n) return undefined;
  for (const [pool, blocks] of free.entries()) {
    const index = blocks.findIndex(
      (block) =>
        block.prefixLength <= prefixLength &&
        block.network <= network &&
        network < block.network + blockSize(4, block.prefixLength),
    );
    if (index === -1) continue;
    const [chosen] = blocks.splice(index, 1);
    if (!chosen) continue;
    // Split down to the wanted block, freeing the half that does not contain it at each step.
    let current = chosen.network;
    for (let prefix = chosen.prefixLength + 1; prefix <= prefixLength; prefix += 1) {
      const half = blockSize(4, prefix);
      if (network >= current + half) {
        blocks.push({ network: current, prefixLength: prefix });
        current += half;
      } else blocks.push({ network: current + half, prefixLength: prefix });
    }
    return { network: current, pool };
  }
  return undefined;
}

function give(free: FreeBlock[][], pool: number, block: FreeBlock): void {
  free[pool]?.push(block);
}
