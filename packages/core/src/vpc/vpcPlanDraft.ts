import { z } from 'zod';
import type { VpcPlanInput } from './vpcPlanInput.ts';

const text = z.string().max(200).catch('');

/**
 * The planner form as typed (every field text, lists as ordered arrays), e.g. for a web page's URL.
 * Lenient on purpose: half-typed values survive a reload; `vpcDraftToInput` turns it into the
 * calculator's input, whose schema then reports what is wrong, field by field.
 */
export const VpcPlanDraft = z.object({
  vpc: z.array(text).max(50).catch(['10.0.0.0/16']),
  azs: text,
  futureAzs: text,
  tiers: z
    .array(z.object({ name: text, size: text, lb: z.boolean().catch(false) }))
    .max(50)
    .catch([]),
  ipv6: text,
  ipv6Size: text,
  existing: z
    .array(z.object({ cidr: text, tier: text, az: text }))
    .max(200)
    .catch([]),
  peers: text,
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
