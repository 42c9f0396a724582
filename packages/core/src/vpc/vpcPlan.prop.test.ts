import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cidr, cidrContains, knownCidr, lastAddress } from '../cidr/cidr.ts';
import { run } from '../run.ts';
import { type VpcPlan, vpcPlan } from './vpcPlan.ts';
import type { VpcPlanInput } from './vpcPlanInput.ts';

const plan = (input: VpcPlanInput): VpcPlan => {
  const result = run(vpcPlan, input);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result.value;
};

const tierArb = (smallestVpcPrefix: number) =>
  fc.oneof(
    fc.integer({ min: Math.min(28, smallestVpcPrefix + 2), max: 28 }).map((prefix) => `/${prefix}`),
    fc.integer({ min: 1, max: 3000 }),
  );

/** A random plan: a 10.x VPC (/16–/22), sometimes a 100.64 secondary, 1–4 AZs, growth room, 1–4 tiers. */
const planArb = fc
  .record({
    octet: fc.integer({ min: 2, max: 255 }),
    prefix: fc.integer({ min: 16, max: 22 }),
    secondary: fc.option(fc.integer({ min: 18, max: 24 }), { nil: undefined }),
    azs: fc.integer({ min: 1, max: 4 }),
    growth: fc.integer({ min: 0, max: 3 }),
    tierCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      sizes: fc.array(tierArb(shape.prefix), { minLength: shape.tierCount, maxLength: shape.tierCount }),
    }),
  )
  .map(({ shape, sizes }) => ({
    vpcCidrs: [
      `10.${shape.octet}.0.0/${shape.prefix}`,
      ...(shape.secondary !== undefined ? [`100.64.0.0/${shape.secondary}`] : []),
    ],
    azs: shape.azs,
    ...(shape.growth > 0 ? { futureAzs: shape.azs + shape.growth } : {}),
    tiers: sizes.map((size, index) => ({ name: `t${index}`, size })),
  }));

const blocks = (value: VpcPlan): Cidr[] =>
  [...value.subnets.map((s) => s.cidr), ...value.reserved.map((r) => r.cidr)].map(knownCidr);

function overlapping(list: readonly Cidr[]): [Cidr, Cidr] | undefined {
  const sorted = [...list].sort((a, b) => (a.network < b.network ? -1 : a.network > b.network ? 1 : 0));
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index]!.network <= lastAddress(sorted[index - 1]!))
      return [sorted[index - 1]!, sorted[index]!];
  }
  return undefined;
}

describe('vpcPlan properties', () => {
  it('never overlaps two subnets or growth slots', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        expect(overlapping(blocks(plan(input)))).toBeUndefined();
      }),
    );
  });

  it('keeps every subnet and growth slot inside one VPC CIDR, aligned to its size', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const vpc = input.vpcCidrs.map(knownCidr);
        for (const block of blocks(plan(input))) {
          expect(vpc.some((outer) => cidrContains(outer, block))).toBe(true);
          expect(block.network % (1n << BigInt(32 - block.prefixLength))).toBe(0n);
        }
      }),
    );
  });

  it('gives every host-count tier the smallest prefix whose size − 5 holds the hosts (never below /28)', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const value = plan(input);
        for (const [index, tier] of input.tiers.entries()) {
          if (typeof tier.size !== 'number') continue;
          const prefix = value.tiers[index]!.prefixLength;
          expect(2 ** (32 - prefix) - 5).toBeGreaterThanOrEqual(tier.size);
          if (prefix < 28) expect(2 ** (32 - (prefix + 1)) - 5).toBeLessThan(tier.size);
          for (const subnet of value.subnets.filter((s) => s.tier === tier.name))
            expect(subnet.prefixLength).toBe(prefix);
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        expect(run(vpcPlan, structuredClone(input))).toEqual(run(vpcPlan, structuredClone(input)));
      }),
    );
  });

  it('accounts for every address: subnets + growth slots + free = the VPC', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const { totals } = plan(input);
        expect(totals.subnetAddresses + totals.reservedAddresses + totals.freeAddresses).toBe(
          totals.vpcAddresses,
        );
      }),
    );
  });

  it('fits whenever the subnets add up to no more than a single VPC block (largest-first packing)', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const single = { ...input, vpcCidrs: input.vpcCidrs.slice(0, 1) };
        const value = plan(single);
        const slots = value.slotsPerTier;
        const needed = value.tiers.reduce((sum, tier) => sum + 2 ** (32 - tier.prefixLength) * slots, 0);
        if (needed <= value.totals.vpcAddresses) expect(value.fit).toBeNull();
        else expect(value.problems.map((problem) => problem.code)).toContain('does_not_fit');
      }),
    );
  });

  it('moves nothing when an AZ is added within the reserved growth room', () => {
    fc.assert(
      fc.property(
        planArb.filter((input) => input.futureAzs !== undefined && input.futureAzs > input.azs),
        (input) => {
          const before = plan(input);
          const after = plan({ ...input, azs: input.azs + 1 });
          const key = (s: { cidr: string; tier: string; az: string; ipv6Cidr?: string }) =>
            `${s.tier} ${s.az} ${s.cidr} ${s.ipv6Cidr ?? ''}`;
          const afterKeys = after.subnets.map(key);
          for (const subnet of before.subnets) expect(afterKeys).toContain(key(subnet));
          // The new AZ's subnets are exactly the slots that were held for it.
          for (const slot of before.reserved.filter((r) => r.az === `az${input.azs + 1}`))
            expect(afterKeys).toContain(key(slot));
          expect(after.subnets).toHaveLength(
            before.subnets.length + before.reserved.filter((r) => r.az === `az${input.azs + 1}`).length,
          );
        },
      ),
    );
  });

  it('puts a new AZ into the slots held for it when the deployed subnets are given as existing', () => {
    fc.assert(
      fc.property(
        planArb.filter((input) => input.futureAzs !== undefined && input.futureAzs > input.azs),
        (input) => {
          const before = run(vpcPlan, input);
          if (!before.ok || before.value.fit !== null) return;
          // Only when every tier sits in its aligned growth block (the usual case).
          if (before.warnings.some((warning) => warning.code === 'tiers_not_contiguous')) return;
          const existing = before.value.subnets.map((s) => ({ cidr: s.cidr, tier: s.tier, az: s.az }));
          const after = plan({ ...input, azs: input.azs + 1, existing });
          const next = `az${input.azs + 1}`;
          const held = before.value.reserved
            .filter((slot) => slot.az === next)
            .map((slot) => `${slot.tier} ${slot.cidr}`);
          const added = after.subnets.filter((s) => s.az === next).map((s) => `${s.tier} ${s.cidr}`);
          expect(added).toEqual(held);
        },
      ),
    );
  });

  it('never moves existing subnets, and plans the rest around them without overlap', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        fc.integer({ min: 0, max: 2 }),
        (input, keep, extraAzs) => {
          const first = plan(input);
          const existing = first.subnets
            .filter((_, index) => keep[index % keep.length])
            .map((s) => ({ cidr: s.cidr, tier: s.tier, az: s.az }));
          const again = plan({ ...input, azs: input.azs + extraAzs, futureAzs: undefined, existing });
          for (const item of existing)
            expect(again.subnets).toContainEqual(expect.objectContaining({ ...item, existing: true }));
          expect(overlapping(blocks(again))).toBeUndefined();
        },
      ),
    );
  });

  it('keeps arbitrary existing subnets (any tier, any position) exactly where they are', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(
          fc.record({ offset: fc.integer({ min: 0, max: 1023 }), prefix: fc.integer({ min: 22, max: 28 }) }),
          {
            maxLength: 5,
          },
        ),
        (input, picks) => {
          const vpc = knownCidr(input.vpcCidrs[0]!);
          const existing: Array<{ cidr: string; tier: string; az: string }> = [];
          const taken: Cidr[] = [];
          for (const [index, pick] of picks.entries()) {
            if (pick.prefix < vpc.prefixLength) continue;
            const size = 1n << BigInt(32 - pick.prefix);
            const count = 1n << BigInt(pick.prefix - vpc.prefixLength);
            const cidr: Cidr = {
              version: 4,
              prefixLength: pick.prefix,
              network: vpc.network + (BigInt(pick.offset) % count) * size,
              address: 0n,
            };
            if (
              taken.some((other) => other.network <= lastAddress(cidr) && cidr.network <= lastAddress(other))
            )
              continue;
            taken.push(cidr);
            const text = `${[24n, 16n, 8n, 0n].map((shift) => String((cidr.network >> shift) & 255n)).join('.')}/${pick.prefix}`;
            existing.push({ cidr: text, tier: index % 2 === 0 ? 't0' : 'legacy', az: 'az1' });
          }
          const value = plan({ ...input, existing });
          for (const item of existing)
            expect(value.subnets).toContainEqual(expect.objectContaining({ ...item, existing: true }));
          expect(overlapping(blocks(value))).toBeUndefined();
        },
      ),
    );
  });
});
