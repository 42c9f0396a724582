import { z } from 'zod';
import { type FieldMeta, field } from '../input/fieldMeta.ts';
import { tooLong } from '../input/fields.ts';
import { type Cidr, parseCidr } from './cidr.ts';

/** A zod schema for CIDR text: strict parsing, with the parser's own code and message as the issue. */
export const cidrSchema = z
  .string({ error: 'Give a CIDR as text, like 10.0.0.0/16 or 2001:db8::/56.' })
  .transform((text, context): Cidr => {
    const parsed = parseCidr(text);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: 'custom', message: parsed.message, params: { code: parsed.code } });
    return z.NEVER;
  });

/** The one `cidr` field (a single block): the same label, flag and URL parameter in every calculator. */
export const CIDR_FIELD_META: FieldMeta = {
  label: 'CIDR',
  flag: 'cidr',
  param: 'cidr',
  description: 'An IPv4 or IPv6 block in CIDR notation.',
  example: '10.0.0.0/16',
};

/** A CIDR field with a label in every message, text bounded before parsing. */
export function cidrField(meta: FieldMeta) {
  const schema = z
    .string({ error: `${meta.label} must be a CIDR as text, e.g. ${meta.example}.` })
    .transform((text, context): Cidr => {
      if (tooLong(context, meta, text, 100)) return z.NEVER;
      const parsed = parseCidr(text);
      if (parsed.ok) return parsed.value;
      context.addIssue({ code: 'custom', message: parsed.message, params: { code: parsed.code } });
      return z.NEVER;
    });
  return field(schema, meta);
}
