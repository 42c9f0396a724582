import { fieldsOf } from '../input/fieldMeta.ts';
import { VpcPlanDraft } from './vpcPlanDraft.ts';
import { VpcPlanInput } from './vpcPlanInput.ts';

/**
 * The planner form (a draft) as URL query parameters named like the CLI flags, so a link reads like
 * the command: `?vpc-cidr=10.0.0.0/16&azs=3&tier=public=/24&lb-tier=public&tier=private=4000`.
 * Lists repeat their parameter, in order; half-typed values are kept as typed.
 */
const param = (key: string): string => {
  const found = fieldsOf(VpcPlanInput).find((field) => field.key === key);
  if (!found) throw new Error(`VpcPlanInput has no field "${key}"`);
  return found.param;
};

/** The parameter names, from the fields' metadata; the last two are the CLI's own extra flags. */
export const VPC_PLAN_PARAMS = {
  vpc: param('vpcCidrs'),
  azs: param('azs'),
  futureAzs: param('futureAzs'),
  tiers: param('tiers'),
  existing: param('existing'),
  ipv6: param('ipv6'),
  peers: param('peers'),
  lbTier: 'lb-tier',
  ipv6Size: 'ipv6-subnet-size',
} as const;

/** The draft as ordered (name, value) pairs; empty optional fields are left out so links stay short. */
export function vpcDraftToParams(draft: VpcPlanDraft): Array<[string, string]> {
  const p = VPC_PLAN_PARAMS;
  const pairs: Array<[string, string]> = [];
  for (const cidr of draft.vpc) pairs.push([p.vpc, cidr]);
  pairs.push([p.azs, draft.azs]);
  if (draft.futureAzs !== '') pairs.push([p.futureAzs, draft.futureAzs]);
  for (const tier of draft.tiers) pairs.push([p.tiers, `${tier.name}=${tier.size}`]);
  for (const tier of draft.tiers) if (tier.lb) pairs.push([p.lbTier, tier.name]);
  for (const row of draft.existing) pairs.push([p.existing, `${row.cidr}:${row.tier}:${row.az}`]);
  if (draft.ipv6 !== '') pairs.push([p.ipv6, draft.ipv6]);
  if (draft.ipv6Size !== '') pairs.push([p.ipv6Size, draft.ipv6Size]);
  if (draft.peers !== '') pairs.push([p.peers, draft.peers]);
  return pairs;
}

/**
 * The draft a link carries, or undefined when the link has none of the plan's parameters (a face
 * then tries the page's older `plan` parameter, then its defaults). A link that names the plan but
 * is out of bounds (e.g. 500 tiers) is undefined too.
 */
export function vpcDraftFromParams(get: (name: string) => readonly string[]): VpcPlanDraft | undefined {
  const p = VPC_PLAN_PARAMS;
  if (get(p.vpc).length === 0 && get(p.tiers).length === 0 && get(p.azs).length === 0) return undefined;
  const one = (name: string) => get(name)[0] ?? '';
  const lbTiers = get(p.lbTier);
  const parsed = VpcPlanDraft.safeParse({
    vpc: get(p.vpc).length > 0 ? get(p.vpc) : [''],
    azs: one(p.azs),
    futureAzs: one(p.futureAzs),
    tiers: get(p.tiers).map((text) => {
      // name=size; a tier name cannot hold "=" here (nor on the command line).
      const equals = text.indexOf('=');
      const name = equals < 0 ? text : text.slice(0, equals);
      return { name, size: equals < 0 ? '' : text.slice(equals + 1), lb: lbTiers.includes(name) };
    }),
    ipv6: one(p.ipv6),
    ipv6Size: one(p.ipv6Size),
    existing: get(p.existing).map((text) => {
      // cidr:tier:az — an IPv4 CIDR and an AZ hold no ":", so the tier is whatever lies between.
      const first = text.indexOf(':');
      const last = text.lastIndexOf(':');
      if (first < 0) return { cidr: text, tier: '', az: '' };
      return {
        cidr: text.slice(0, first),
        tier: first === last ? text.slice(first + 1) : text.slice(first + 1, last),
        az: first === last ? '' : text.slice(last + 1),
      };
    }),
    peers: get(p.peers).join(', '),
  });
  return parsed.success ? parsed.data : undefined;
}
