import { z } from 'zod';
import type { Cidr } from '../cidr/cidr.ts';
import { cidrSchema } from '../cidr/cidrSchema.ts';

/** How big each subnet of a tier is: a fixed prefix length, or the usable hosts it must hold. */
export type VpcTierSize =
  | { readonly kind: 'prefix'; readonly prefixLength: number }
  | { readonly kind: 'hosts'; readonly hosts: number };

const MAX_AZS = 16;
const AZ_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
// Tier names are free text (exporters quote or sanitise them); only control characters are refused.
// eslint-disable-next-line no-control-regex
const TIER_NAME = /^[^\u0000-\u001f\u007f]+$/;

const ipv4Cidr = (what: string) =>
  cidrSchema.refine((cidr: Cidr) => cidr.version === 4, {
    error: `${what} must be an IPv4 CIDR like 10.0.0.0/16 (give the IPv6 block with the ipv6 option).`,
    params: { code: 'cidr_not_ipv4' },
  });

/** `/24` is a prefix length; `4000` (text or number) is a count of usable hosts per subnet. */
export const vpcTierSizeSchema = z
  .union([z.number(), z.string()], {
    error: 'Give the tier size as a prefix length like /24 or a host count like 4000.',
  })
  .transform((raw, context): VpcTierSize => {
    const text = typeof raw === 'number' ? String(raw) : raw.trim();
    const prefix = /^\/(\d{1,2})$/.exec(text);
    if (prefix) {
      const prefixLength = Number(prefix[1]);
      if (prefixLength < 16 || prefixLength > 28) {
        context.addIssue({
          code: 'custom',
          message: `/${prefixLength} is not a valid subnet size: AWS allows IPv4 subnets from /16 (65,536 addresses) to /28 (16 addresses).`,
          params: { code: 'tier_prefix_out_of_range' },
        });
        return z.NEVER;
      }
      return { kind: 'prefix', prefixLength };
    }
    if (/^\d+$/.test(text)) {
      const hosts = Number(text);
      if (hosts < 1 || hosts > 65_531) {
        context.addIssue({
          code: 'custom',
          message:
            hosts < 1
              ? 'A tier must hold at least 1 host; give a host count from 1 to 65,531 or a prefix like /24.'
              : `${text} hosts do not fit in one subnet: the largest AWS subnet (/16) has 65,531 usable addresses (65,536 minus the 5 AWS reserves).`,
          params: { code: 'tier_hosts_out_of_range' },
        });
        return z.NEVER;
      }
      return { kind: 'hosts', hosts };
    }
    context.addIssue({
      code: 'custom',
      message: `"${text}" is not a tier size; write a prefix length like /24 or a usable-host count like 4000.`,
      params: { code: 'tier_size_invalid' },
    });
    return z.NEVER;
  });

const nameSchema = (what: string, example: string, pattern: RegExp, rule: string) =>
  z
    .string({ error: `Give the ${what} name as text, e.g. ${example}.` })
    .trim()
    .min(1, `The ${what} name is empty; give one, e.g. ${example}.`)
    .max(40, `The ${what} name is longer than 40 characters; shorten it.`)
    .regex(pattern, { error: `The ${what} name ${rule} (e.g. ${example}).` });

const tierName = nameSchema(
  'tier',
  'private',
  TIER_NAME,
  'cannot contain control characters such as line breaks',
);

export const VpcTierInput = z.object(
  {
    name: tierName,
    size: vpcTierSizeSchema,
    /** A load-balancer tier: each subnet needs at least /27 with 8 free addresses (ELB). */
    loadBalancer: z.boolean({ error: 'loadBalancer is true or false.' }).optional(),
  },
  { error: 'A tier is { name, size, loadBalancer? }, e.g. { name: "private", size: "/24" }.' },
);

const azNameSchema = nameSchema(
  'Availability Zone',
  'us-east-1a or use1-az1',
  AZ_NAME,
  'may use letters, digits, ".", "_" and "-", starting with a letter or digit',
);

/** A count (`3`, `"3"`) becomes az1…azN; a list (`["us-east-1a", …]` or `"us-east-1a,us-east-1b"`) is used as given. */
export const vpcAzsSchema = z
  .union([z.number(), z.string(), z.array(z.string())], {
    error: 'Give the Availability Zones as a count (3) or a list of names.',
  })
  .transform((raw, context): { names: string[]; fromCount: boolean } => {
    const fail = (message: string, code: string) => {
      context.addIssue({ code: 'custom', message, params: { code } });
      return z.NEVER;
    };
    // Numeric text (1.5, 1e3, -2) is a count, never an AZ name: a count is a whole number 1–16.
    const asCount =
      typeof raw === 'number' ? raw : typeof raw === 'string' && NUMERIC.test(raw) ? Number(raw) : undefined;
    if (asCount !== undefined) {
      if (!Number.isInteger(asCount))
        return fail(
          `Give the number of Availability Zones as a whole number from 1 to ${MAX_AZS} (got ${String(raw).trim()}), or AZ names like us-east-1a,us-east-1b.`,
          'azs_count_not_whole',
        );
      if (asCount < 1 || asCount > MAX_AZS)
        return fail(
          `Give the number of Availability Zones as a whole number from 1 to ${MAX_AZS} (got ${String(raw).trim()}).`,
          'azs_count_out_of_range',
        );
      return { names: Array.from({ length: asCount }, (_, index) => `az${index + 1}`), fromCount: true };
    }
    if (typeof raw === 'number')
      return fail(`Give 1 to ${MAX_AZS} Availability Zones (got ${raw}).`, 'azs_count_out_of_range');
    const list = (typeof raw === 'string' ? raw.split(',') : raw).map((name) => name.trim());
    if (list.length === 0 || list.every((name) => name === ''))
      return fail(
        'Give at least one Availability Zone: a count like 3 or names like us-east-1a,us-east-1b.',
        'azs_empty',
      );
    if (list.length > MAX_AZS)
      return fail(`Give at most ${MAX_AZS} Availability Zones.`, 'azs_count_out_of_range');
    for (const name of list) {
      const parsed = azNameSchema.safeParse(name);
      if (!parsed.success)
        return fail(parsed.error.issues[0]?.message ?? 'Invalid AZ name.', 'az_name_invalid');
      if (!/[A-Za-z]/.test(name))
        return fail(
          `"${name}" is not an Availability Zone name: AZ names, IDs and labels contain a letter (us-east-1a, use1-az1, a). For a count, give one whole number like 3.`,
          'az_name_invalid',
        );
    }
    const duplicate = list.find((name, index) => list.indexOf(name) !== index);
    if (duplicate !== undefined)
      return fail(`Availability Zone "${duplicate}" is listed twice; list each once.`, 'az_duplicate');
    return { names: list, fromCount: false };
  });

export const VpcExistingSubnetInput = z.object(
  { cidr: ipv4Cidr('An existing subnet'), tier: tierName, az: azNameSchema },
  {
    error:
      'An existing subnet is { cidr, tier, az }, e.g. { cidr: "10.0.0.0/24", tier: "public", az: "az1" }.',
  },
);

export const VpcPlanInput = z
  .object(
    {
      /** The VPC's IPv4 CIDR blocks, primary first, then secondaries in the order they are (to be) added. */
      vpcCidrs: z
        .array(ipv4Cidr('A VPC CIDR'), { error: 'Give the VPC CIDRs as a list, primary first.' })
        .min(1, 'Give at least one VPC CIDR (the primary), e.g. 10.0.0.0/16.'),
      azs: vpcAzsSchema,
      /** Reserve room in every tier for this many AZs, so adding AZs later moves nothing. */
      // Range checks first and final, so 1e20 gets one issue (zod's int check also calls it too big).
      futureAzs: z
        .number({ error: 'futureAzs is a whole number of Availability Zones.' })
        .min(1, { error: 'futureAzs is at least 1.', abort: true })
        .max(MAX_AZS, { error: `futureAzs is at most ${MAX_AZS}.`, abort: true })
        .int('futureAzs is a whole number of Availability Zones.')
        .optional(),
      tiers: z
        .array(VpcTierInput, { error: 'Give the tiers as a list of { name, size }.' })
        .min(1, 'Give at least one tier, e.g. { name: "private", size: "/24" }.'),
      /** Subnets that already exist: kept exactly where they are. */
      existing: z
        .array(VpcExistingSubnetInput, { error: 'existing is a list of { cidr, tier, az }.' })
        .optional(),
      /** An IPv6 block for the VPC; every subnet gets one IPv6 block of `subnetPrefix` (default /64). */
      ipv6: z
        .object(
          {
            cidr: cidrSchema.refine((cidr: Cidr) => cidr.version === 6, {
              error: 'The IPv6 block must be an IPv6 CIDR like 2600:1f18:1234:5600::/56.',
              params: { code: 'cidr_not_ipv6' },
            }),
            subnetPrefix: z
              .number({ error: 'The IPv6 subnet size is a prefix length like 64.' })
              .min(1, { error: 'The IPv6 subnet size is a prefix length from /44 to /64.', abort: true })
              .max(128, { error: 'The IPv6 subnet size is a prefix length from /44 to /64.', abort: true })
              .int('The IPv6 subnet size is a whole prefix length like 64.')
              .optional(),
          },
          { error: 'ipv6 is { cidr, subnetPrefix? }, e.g. { cidr: "2600:1f18:1234:5600::/56" }.' },
        )
        .optional(),
      /** Peer VPCs, on-premises networks, VPN or Transit Gateway ranges the VPC must not overlap. */
      peers: z.array(cidrSchema, { error: 'peers is a list of CIDRs.' }).optional(),
      /** Service quotas, when your account's differ from the defaults. */
      quotas: z
        .object(
          {
            maxCidrs: z
              .number({ error: 'maxCidrs is a whole number.' })
              .min(1, { error: 'maxCidrs is at least 1.', abort: true })
              .max(50, { error: 'AWS allows at most 50 IPv4 CIDR blocks per VPC.', abort: true })
              .int('maxCidrs is a whole number.')
              .optional(),
            maxSubnets: z
              .number({ error: 'maxSubnets is a whole number.' })
              .min(1, { error: 'maxSubnets is at least 1.', abort: true })
              .int({
                error: (issue) =>
                  issue.code === 'too_big'
                    ? 'maxSubnets is too large; give your subnets-per-VPC quota as a whole number (the AWS default is 200).'
                    : 'maxSubnets is a whole number.',
              })
              .optional(),
          },
          { error: 'quotas is { maxCidrs?, maxSubnets? }.' },
        )
        .optional(),
    },
    { error: 'Give the plan as { vpcCidrs, azs, tiers, … }.' },
  )
  .superRefine((input, context) => {
    const names = input.tiers.map((tier) => tier.name.toLowerCase());
    for (const [index, name] of names.entries()) {
      if (names.indexOf(name) !== index)
        context.addIssue({
          code: 'custom',
          path: ['tiers', index, 'name'],
          message: `Tier "${input.tiers[index]?.name}" is listed twice; give each tier once.`,
          params: { code: 'tier_duplicate' },
        });
    }
    if (input.futureAzs !== undefined && input.futureAzs < input.azs.names.length)
      context.addIssue({
        code: 'custom',
        path: ['futureAzs'],
        message: `futureAzs (${input.futureAzs}) is below the ${input.azs.names.length} AZs planned now; give at least ${input.azs.names.length}, or leave it out.`,
        params: { code: 'future_azs_below_azs' },
      });
  });

export type VpcPlanInput = z.input<typeof VpcPlanInput>;
export type VpcPlanParsed = z.output<typeof VpcPlanInput>;
