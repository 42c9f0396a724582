import { z } from 'zod';
import type { VpcPlanInput } from './vpcPlanInput.ts';

const text = z.string().max(200);

/**
 * The planner form as typed (every field text, lists as ordered arrays), e.g. for a web page's URL.
 * Half-typed values are kept (the calculator's schema reports them, field by field, once
 * `vpcDraftToInput` turns the draft into input); anything that is not this shape — such as an
 * object keyed by numbers where a list belongs — is refused, so a face falls back to its default.
 */
export const VpcPlanDraft = z.object({
  vpc: z.array(text).min(1).max(50),
  azs: text,
  futureAzs: text.default(''),
  tiers: z.array(z.object({ name: text, size: text, lb: z.boolean().default(false) })).max(50),
  ipv6: text.default(''),
  ipv6Size: text.default(''),
  existing: z
    .array(z.object({ cidr: text, tier: text, az: text }))
    .max(200)
    .default([]),
  peers: text.default(''),
});
export type VpcPlanDraft = z.output<typeof VpcPlanDraft>;

/** The draft as calculator input: blank optional fields are left out; numbers stay text when not numbers, so the schema reports them. */
export function vpcDraftToInput(draft: VpcPlanDraft): VpcPlanInput {
  const number = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : value);
  const peers = draft.peers
    .split(/[\s,]+/)
    .map((peer) => peer.trim())
    .filter((peer) => peer !== '');
  const ipv6Size = draft.ipv6Size.trim().replace(/^\//, '');
  return {
    vpcCidrs: draft.vpc.map((cidr) => cidr.trim()),
    azs: draft.azs,
    tiers: draft.tiers.map((tier) => ({
      name: tier.name,
      size: tier.size.trim(),
      ...(tier.lb ? { loadBalancer: true } : {}),
    })),
    ...(draft.futureAzs.trim() !== '' ? { futureAzs: number(draft.futureAzs) as number } : {}),
    ...(draft.existing.length > 0
      ? {
          existing: draft.existing.map((row) => ({
            cidr: row.cidr.trim(),
            tier: row.tier,
            az: row.az.trim(),
          })),
        }
      : {}),
    ...(draft.ipv6.trim() !== ''
      ? {
          ipv6: {
            cidr: draft.ipv6.trim(),
            ...(ipv6Size !== '' ? { subnetPrefix: number(ipv6Size) as number } : {}),
          },
        }
      : {}),
    ...(peers.length > 0 ? { peers } : {}),
  };
}
