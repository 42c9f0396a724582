import { z } from 'zod';
import type { Cidr } from '../cidr/cidr.ts';
import { cidrField } from '../cidr/cidrSchema.ts';
import { field } from '../input/fieldMeta.ts';
import { excerpt } from '../input/excerpt.ts';
import { numberField, refuse } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import {
  azsField,
  ipv4CidrField,
  ipv6SubnetPrefixSchema,
  MAX_AZS,
  quotaNumber,
  type VpcExistingObject,
  VpcExistingSubnetInput,
  type VpcTierObject,
  VpcTierInput,
} from './vpcPlanFields.ts';

export type { VpcTierSize } from './vpcPlanFields.ts';
export { VpcExistingSubnetInput, VpcTierInput, vpcTierSizeSchema } from './vpcPlanFields.ts';

/** More entries than any VPC holds (50 CIDRs, a few hundred subnets): a bound, not an AWS rule. */
const MAX_TIERS = 50;
const MAX_EXISTING = 5_000;
const MAX_PEERS = 1_000;

/** The Availability Zones field (also used alone, e.g. by a form checking one field). */
export const vpcAzsSchema = azsField({
  label: 'Availability Zones',
  flag: 'azs',
  param: 'azs',
  description: 'A count 1–16 (az1…azN placeholders) or comma-separated AZ names or IDs.',
  example: '3',
});

const VpcIpv6Object = z.object(
  {
    cidr: cidrField({
      label: 'The IPv6 block',
      flag: 'ipv6',
      param: 'ipv6',
      description: 'The VPC IPv6 block.',
      example: '2600:1f18:1234:5600::/56',
    }).refine((cidr: Cidr) => cidr.version === 6, {
      error: 'The IPv6 block must be an IPv6 CIDR like 2600:1f18:1234:5600::/56.',
      params: { code: 'cidr_not_ipv6' },
    }),
    subnetPrefix: ipv6SubnetPrefixSchema.optional(),
  },
  {
    error: 'The IPv6 block is a CIDR or { cidr, subnetPrefix? }, e.g. { cidr: "2600:1f18:1234:5600::/56" }.',
  },
);

/**
 * A VPC plan's input. Each top-level field carries its label, CLI flag and URL parameter; lists
 * that the CLI repeats (`--tier`, `--existing`, `--peer`, `--vpc-cidr`) take the same text forms
 * (`name=size`, `cidr:tier:az`) that the flags and the URL carry.
 */
export const VpcPlanInput = inputObject({
  /** The VPC's IPv4 CIDR blocks, primary first, then secondaries in the order they are (to be) added. */
  vpcCidrs: field(
    z
      .array(
        ipv4CidrField({
          label: 'A VPC CIDR',
          flag: 'vpc-cidr',
          param: 'vpc-cidr',
          description: 'A VPC CIDR block.',
          example: '10.0.0.0/16',
        }),
        {
          error: 'Give the VPC CIDRs as a list, primary first.',
        },
      )
      .min(1, 'Give at least one VPC CIDR (the primary), e.g. 10.0.0.0/16.')
      .max(50, 'A VPC has at most 50 IPv4 CIDR blocks; give at most 50 VPC CIDRs.'),
    {
      label: 'VPC CIDRs',
      flag: 'vpc-cidr',
      param: 'vpc-cidr',
      description: 'The VPC IPv4 blocks: the primary first, then each secondary in the order it is added.',
      example: '10.0.0.0/16',
      repeatable: true,
    },
  ),
  azs: vpcAzsSchema,
  /** Reserve room in every tier for this many AZs, so adding AZs later moves nothing. */
  futureAzs: numberField(
    {
      label: 'Future AZs',
      flag: 'future-azs',
      param: 'future-azs',

      description:
        'Hold a slot in every tier for this many AZs (at least the AZs planned now), so adding AZs later moves nothing.',
      example: '4',
    },
    { min: 1, max: MAX_AZS, integer: true },
  ).optional(),
  tiers: field(
    z
      .array(VpcTierInput, { error: 'Give the tiers as a list of { name, size } or name=size text.' })
      .min(1, 'Give at least one tier, e.g. { name: "private", size: "/24" } or private=/24.')
      .max(MAX_TIERS, `Give at most ${MAX_TIERS} tiers.`),
    {
      label: 'Tiers',
      flag: 'tier',
      param: 'tier',
      description:
        'A tier as name=size: size is a prefix length /16–/28 or the usable hosts each subnet must hold.',
      example: 'private=4000',
      repeatable: true,
    },
  ),
  /** Subnets that already exist: kept exactly where they are. */
  existing: field(
    z
      .array(VpcExistingSubnetInput, {
        error: 'Existing subnets are a list of { cidr, tier, az } or cidr:tier:az text.',
      })
      .max(MAX_EXISTING, `Give at most ${MAX_EXISTING.toLocaleString('en-US')} existing subnets.`),
    {
      label: 'Existing subnets',
      flag: 'existing',
      param: 'existing',
      description: 'A subnet that already exists, as cidr:tier:az; kept exactly where it is.',
      example: '10.0.0.0/24:public:az1',
      repeatable: true,
    },
  ).optional(),
  /** An IPv6 block for the VPC; every subnet gets one IPv6 block of `subnetPrefix` (default /64). */
  ipv6: field(
    z.preprocess((raw) => (typeof raw === 'string' ? { cidr: raw } : raw), VpcIpv6Object),
    {
      label: 'IPv6 block',
      flag: 'ipv6',
      param: 'ipv6',
      description:
        "The VPC's IPv6 block (e.g. its Amazon-provided /56); every subnet gets one IPv6 block from it.",
      example: '2600:1f18:1234:5600::/56',
    },
  ).optional(),
  /** Peer VPCs, on-premises networks, VPN or Transit Gateway ranges the VPC must not overlap. */
  peers: field(
    z
      .array(
        cidrField({
          label: 'A peer range',
          flag: 'peer',
          param: 'peer',
          description: 'A peer range.',
          example: '192.168.0.0/16',
        }),
        {
          error: 'Peer ranges are a list of CIDRs.',
        },
      )
      .max(MAX_PEERS, `Give at most ${MAX_PEERS.toLocaleString('en-US')} peer ranges.`),
    {
      label: 'Peer ranges',
      flag: 'peer',
      param: 'peer',
      description: 'Peer VPC, on-premises, VPN or Transit Gateway ranges: warns on overlap.',
      example: '192.168.0.0/16',
      repeatable: true,
    },
  ).optional(),
  /** Service quotas, when your account's differ from the defaults. */
  quotas: field(
    // An object, or the same as JSON text (as the CLI flag and the URL carry it).
    z.preprocess(
      (raw, context) => {
        if (typeof raw !== 'string') return raw;
        if (raw.length > 1_000)
          return refuse(
            context,
            'text_too_long',
            `Quotas are ${raw.length.toLocaleString('en-US')} characters long; at most 1,000 are read. Give JSON like {"maxSubnets":300}.`,
          );
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          return refuse(
            context,
            'quotas_invalid',
            `Quotas are JSON like {"maxSubnets":300}; "${excerpt(raw)}" is not.`,
          );
        }
      },
      z
        .object(
          {
            maxCidrs: quotaNumber('Max CIDRs', '5', 50).optional(),
            maxSubnets: quotaNumber('Max subnets', '200', 1_000_000).optional(),
          },
          { error: 'Quotas are { maxCidrs?, maxSubnets? }, e.g. { maxSubnets: 300 }.' },
        )
        .strict(),
    ),
    {
      label: 'Quotas',
      flag: 'quotas',
      param: 'quotas',
      description:
        'Your account\'s VPC quotas when they differ from the defaults, as JSON: {"maxCidrs":6,"maxSubnets":300}.',
      example: '{"maxSubnets":300}',
    },
  ).optional(),
}).superRefine((input, context) => {
  const seen = new Map<string, number>();
  for (const [index, tier] of input.tiers.entries()) {
    const key = tier.name.toLowerCase();
    if (seen.has(key))
      context.addIssue({
        code: 'custom',
        path: ['tiers', index, 'name'],
        message: `Tier "${tier.name}" is listed twice; give each tier once.`,
        params: { code: 'tier_duplicate' },
      });
    else seen.set(key, index);
  }
  if (input.futureAzs !== undefined && input.futureAzs < input.azs.names.length)
    context.addIssue({
      code: 'custom',
      path: ['futureAzs'],
      message: `Future AZs (${input.futureAzs}) is below the ${input.azs.names.length} AZs planned now; give at least ${input.azs.names.length}, or leave it out.`,
      params: { code: 'future_azs_below_azs' },
    });
});

/** The plan input as a caller writes it (the text forms of tiers, existing subnets and IPv6 included). */
export type VpcPlanInput = Omit<z.input<typeof VpcPlanInput>, 'tiers' | 'existing' | 'ipv6' | 'quotas'> & {
  tiers: Array<z.input<typeof VpcTierObject> | string>;
  existing?: Array<z.input<typeof VpcExistingObject> | string>;
  ipv6?: z.input<typeof VpcIpv6Object> | string;
  quotas?: { maxCidrs?: number | string; maxSubnets?: number | string } | string;
};
export type VpcPlanParsed = z.output<typeof VpcPlanInput>;
