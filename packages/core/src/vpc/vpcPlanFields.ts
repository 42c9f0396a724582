import { z } from 'zod';
import type { Cidr } from '../cidr/cidr.ts';
import { cidrField } from '../cidr/cidrSchema.ts';
import { excerpt } from '../input/excerpt.ts';
import { type FieldMeta, field } from '../input/fieldMeta.ts';
import { MAX_FIELD_TEXT, numberField, refuse, tooLong } from '../input/fields.ts';

/**
 * The pieces of a VPC plan's input that are more than a shared field: a tier size (`/24` or a host
 * count), the Availability Zones (a count or names), names of tiers and AZs, and the `name=size` and
 * `cidr:tier:az` text the CLI and the URL carry. Every text is bounded before it is read, and every
 * pattern below is linear in its input (no nested or adjacent ambiguous repeats).
 */

/** How big each subnet of a tier is: a fixed prefix length, or the usable hosts it must hold. */
export type VpcTierSize =
  | { readonly kind: 'prefix'; readonly prefixLength: number }
  | { readonly kind: 'hosts'; readonly hosts: number };

export const MAX_AZS = 16;
const NAME_MAX = 40;
const AZ_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
// One decimal number, written so no two repeats can match the same digits: linear on any text.
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
// Tier names are free text (exporters quote or sanitise them); only control characters are refused.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** An IPv4 CIDR (VPC blocks and existing subnets are IPv4; the IPv6 block has its own field). */
export function ipv4CidrField(meta: FieldMeta) {
  return cidrField(meta).refine((cidr: Cidr) => cidr.version === 4, {
    error: `${meta.label} must be an IPv4 CIDR like ${meta.example} (give the IPv6 block as the IPv6 block).`,
    params: { code: 'cidr_not_ipv4' },
  });
}

/** A tier or AZ name: trimmed, 1–40 characters, with a rule of its own for AZs. */
function nameField(label: string, example: string, check: (name: string) => string | undefined) {
  return z
    .string({ error: `${label} is a name as text, e.g. ${example}.` })
    .transform((raw, context): string => {
      if (raw.length > MAX_FIELD_TEXT)
        return refuse(
          context,
          'text_too_long',
          `${label} is ${raw.length.toLocaleString('en-US')} characters long; a name is at most ${NAME_MAX}.`,
        );
      const name = raw.trim();
      if (name === '') return refuse(context, 'name_empty', `${label} is empty; give one, e.g. ${example}.`);
      if (name.length > NAME_MAX)
        return refuse(
          context,
          'name_too_long',
          `${label} "${excerpt(name)}" is longer than ${NAME_MAX} characters; shorten it.`,
        );
      const problem = check(name);
      return problem === undefined ? name : refuse(context, 'name_invalid', problem);
    });
}

const tierNameSchema = nameField('The tier name', 'private', (name) =>
  CONTROL.test(name)
    ? 'The tier name cannot contain control characters such as line breaks (e.g. private).'
    : undefined,
);

const azNameSchema = nameField('The Availability Zone name', 'us-east-1a or use1-az1', (name) => {
  if (!AZ_NAME.test(name))
    return `The Availability Zone name "${excerpt(name)}" may use letters, digits, ".", "_" and "-", starting with a letter or digit (e.g. us-east-1a or use1-az1).`;
  return undefined;
});

/** `/24` is a prefix length; `4000` (text or number) is a count of usable hosts per subnet. */
export const vpcTierSizeSchema = z
  .union([z.number(), z.string()], {
    error: 'Give the tier size as a prefix length like /24 or a host count like 4000.',
  })
  .transform((raw, context): VpcTierSize => {
    if (typeof raw === 'string' && raw.length > 100)
      return refuse(
        context,
        'text_too_long',
        `The tier size is ${raw.length.toLocaleString('en-US')} characters long; write a prefix length like /24 or a host count like 4000.`,
      );
    const text = typeof raw === 'number' ? String(raw) : raw.trim();
    const prefix = /^\/(\d{1,2})$/.exec(text);
    if (prefix) {
      const prefixLength = Number(prefix[1]);
      if (prefixLength < 16 || prefixLength > 28)
        return refuse(
          context,
          'tier_prefix_out_of_range',
          `/${prefixLength} is not a valid subnet size: AWS allows IPv4 subnets from /16 (65,536 addresses) to /28 (16 addresses).`,
        );
      return { kind: 'prefix', prefixLength };
    }
    // Host counts read like every other number: 4000, 4,000.
    const digits = text.replaceAll(',', '');
    if (/^\d{1,15}$/.test(digits) && (digits === text || /^\d{1,3}(,\d{3})+$/.test(text))) {
      const hosts = Number(digits);
      if (hosts < 1 || hosts > 65_531)
        return refuse(
          context,
          'tier_hosts_out_of_range',
          hosts < 1
            ? 'A tier must hold at least 1 host; give a host count from 1 to 65,531 or a prefix like /24.'
            : `${text} hosts do not fit in one subnet: the largest AWS subnet (/16) has 65,531 usable addresses (65,536 minus the 5 AWS reserves).`,
        );
      return { kind: 'hosts', hosts };
    }
    return refuse(
      context,
      'tier_size_invalid',
      `"${excerpt(text)}" is not a tier size; write a prefix length like /24 or a usable-host count like 4000.`,
    );
  });

export const VpcTierObject = z.object(
  {
    name: tierNameSchema,
    size: vpcTierSizeSchema,
    /** A load-balancer tier: each subnet needs at least /27 with 8 free addresses (ELB). */
    loadBalancer: z.boolean({ error: 'loadBalancer is true or false.' }).optional(),
  },
  { error: 'A tier is { name, size, loadBalancer? } or name=size text, e.g. private=/24.' },
);

/** A tier: `{ name, size, loadBalancer? }`, or `name=size` text as `--tier` and the URL give it. */
export const VpcTierInput = z.preprocess((raw, context) => {
  if (typeof raw !== 'string') return raw;
  if (raw.length > MAX_FIELD_TEXT)
    return refuse(
      context,
      'text_too_long',
      `A tier is ${raw.length.toLocaleString('en-US')} characters long; write name=size like private=/24.`,
    );
  const equals = raw.indexOf('=');
  if (equals <= 0)
    return refuse(
      context,
      'tier_text_invalid',
      `A tier is name=size like public=/24 or private=4000; "${excerpt(raw)}" is not.`,
    );
  return { name: raw.slice(0, equals), size: raw.slice(equals + 1) };
}, VpcTierObject);

export const VpcExistingObject = z.object(
  {
    cidr: ipv4CidrField({
      label: 'An existing subnet',
      flag: 'existing',
      param: 'existing',
      description: 'An existing subnet CIDR.',
      example: '10.0.0.0/24',
    }),
    tier: tierNameSchema,
    az: azNameSchema,
  },
  { error: 'An existing subnet is { cidr, tier, az } or cidr:tier:az text, e.g. 10.0.0.0/24:public:az1.' },
);

/** A subnet that already exists: `{ cidr, tier, az }`, or `cidr:tier:az` text as `--existing` gives it. */
export const VpcExistingSubnetInput = z.preprocess((raw, context) => {
  if (typeof raw !== 'string') return raw;
  if (raw.length > MAX_FIELD_TEXT)
    return refuse(
      context,
      'text_too_long',
      `An existing subnet is ${raw.length.toLocaleString('en-US')} characters long; write cidr:tier:az like 10.0.0.0/24:public:az1.`,
    );
  const [cidr, tier, az, ...rest] = raw.split(':');
  if (!cidr || !tier || !az || rest.length > 0)
    return refuse(
      context,
      'existing_text_invalid',
      `An existing subnet is cidr:tier:az like 10.0.0.0/24:public:az1; "${excerpt(raw)}" is not.`,
    );
  return { cidr, tier, az };
}, VpcExistingObject);

/**
 * The Availability Zones: a count (`3`, `"3"`) becomes az1…azN; names (`["us-east-1a", …]` or
 * `"us-east-1a,us-east-1b"`) are used as given. Numeric text is a count, never an AZ name.
 */
export function azsField(meta: FieldMeta) {
  const schema = z
    .union([z.number(), z.string(), z.array(z.string())], {
      error: `Give the ${meta.label} as a count (3) or a list of names.`,
    })
    .transform((raw, context): { names: string[]; fromCount: boolean } => {
      const fail = (message: string, code: string) => refuse(context, code, message);
      if (typeof raw === 'string' && tooLong(context, meta, raw)) return z.NEVER;
      if (Array.isArray(raw) && raw.length > MAX_AZS)
        return fail(`Give at most ${MAX_AZS} ${meta.label}.`, 'azs_count_out_of_range');
      const text = typeof raw === 'string' ? raw.trim() : undefined;
      const asCount =
        typeof raw === 'number' ? raw : text !== undefined && NUMERIC.test(text) ? Number(text) : undefined;
      if (asCount !== undefined) {
        const shown = typeof raw === 'number' ? String(raw) : text;
        if (!Number.isInteger(asCount))
          return fail(
            `Give the number of ${meta.label} as a whole number from 1 to ${MAX_AZS} (got ${shown}), or AZ names like us-east-1a,us-east-1b.`,
            'azs_count_not_whole',
          );
        if (asCount < 1 || asCount > MAX_AZS)
          return fail(
            `Give the number of ${meta.label} as a whole number from 1 to ${MAX_AZS} (got ${shown}).`,
            'azs_count_out_of_range',
          );
        return { names: Array.from({ length: asCount }, (_, index) => `az${index + 1}`), fromCount: true };
      }
      const list = (text !== undefined ? text.split(',') : (raw as string[])).map((name) => name.trim());
      if (list.every((name) => name === ''))
        return fail(
          `Give at least one of the ${meta.label}: a count like 3 or names like us-east-1a,us-east-1b.`,
          'azs_empty',
        );
      if (list.length > MAX_AZS)
        return fail(`Give at most ${MAX_AZS} ${meta.label}.`, 'azs_count_out_of_range');
      for (const name of list) {
        const parsed = azNameSchema.safeParse(name);
        if (!parsed.success)
          return fail(parsed.error.issues[0]?.message ?? 'Invalid AZ name.', 'az_name_invalid');
        // In a planned list, digits alone are a mistyped count (2,3), not a name.
        if (!/[A-Za-z]/.test(name))
          return fail(
            `"${name}" is not an Availability Zone name: AZ names, IDs and labels contain a letter (us-east-1a, use1-az1, a). For a count, give one whole number like 3.`,
            'az_name_invalid',
          );
      }
      const seen = new Set<string>();
      for (const name of list) {
        if (seen.has(name))
          return fail(`Availability Zone "${name}" is listed twice; list each once.`, 'az_duplicate');
        seen.add(name);
      }
      return { names: list, fromCount: false };
    });
  return field(schema, meta);
}

/** An IPv6 subnet prefix length, `64` or `/64`; AWS's /44–/64 rule is checked with the plan. */
export const ipv6SubnetPrefixSchema = z
  .union([z.number(), z.string()], {
    error: 'The IPv6 subnet size is a prefix length from /44 to /64, like 64.',
  })
  .transform((raw, context): number => {
    const text =
      typeof raw === 'number' ? String(raw) : raw.length > 100 ? '' : raw.trim().replace(/^\//, '');
    const value = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(value) || value < 1 || value > 128)
      return refuse(
        context,
        'ipv6_subnet_prefix_invalid',
        `The IPv6 subnet size is a prefix length from /44 to /64 in steps of 4, like 64; "${excerpt(String(raw))}" is not one.`,
      );
    return value;
  });

/** A service quota override: a whole number from 1 to `max`. */
export const quotaNumber = (label: string, example: string, max: number) =>
  numberField(
    {
      label,
      flag: label.toLowerCase().replaceAll(' ', '-'),
      param: label.toLowerCase().replaceAll(' ', '-'),
      description: `${label} quota.`,
      example,
    },
    { min: 1, max, integer: true },
  );
