import { mulberry32 } from '../test-support/mulberry32.ts';

/**
 * Deterministic random IPv4 prefixes for the CIDR benchmark (seeded PRNG, so every run and every
 * tool sees the same data).
 *
 * Prefix-length distribution (weights in percent of blocks):
 *   /8–/15   0.025 % each  (0.2 % in all: rare large blocks, which together cover roughly a fifth of
 *                           the IPv4 space so merging has real containment to collapse)
 *   /16–/28  7.5 % each    (97.5 %: VPC- and subnet-sized blocks, the bulk of a real address plan)
 *   /29–/32  0.575 % each  (2.3 %: point-to-point links and host routes)
 * The address is uniform over the range given (the whole IPv4 space, or one half of it), then
 * masked to the prefix, so every generated block is canonical.
 */

const PREFIX_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  ...Array.from({ length: 8 }, (_, i) => [8 + i, 0.025] as const),
  ...Array.from({ length: 13 }, (_, i) => [16 + i, 7.5] as const),
  ...Array.from({ length: 4 }, (_, i) => [29 + i, 0.575] as const),
];

/** `count` canonical IPv4 prefixes with addresses uniform in [base, base + span). */
export function randomIPv4Prefixes(count: number, seed: number, base = 0, span = 2 ** 32): string[] {
  const random = mulberry32(seed);
  const total = PREFIX_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const [, weight] of PREFIX_WEIGHTS) {
    running += weight / total;
    cumulative.push(running);
  }
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pick = random();
    let slot = cumulative.findIndex((edge) => pick < edge);
    if (slot === -1) slot = cumulative.length - 1;
    const prefixLength = PREFIX_WEIGHTS[slot]![0];
    const address = base + Math.floor(random() * span);
    const hostSize = 2 ** (32 - prefixLength);
    const network = address - (address % hostSize);
    out.push(
      `${Math.floor(network / 2 ** 24) % 256}.${Math.floor(network / 2 ** 16) % 256}.${Math.floor(network / 2 ** 8) % 256}.${network % 256}/${prefixLength}`,
    );
  }
  return out;
}
