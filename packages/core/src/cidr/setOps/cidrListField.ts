import { z } from 'zod';
import { excerpt } from '../../input/excerpt.ts';
import { type FieldMeta, field } from '../../input/fieldMeta.ts';
import { refuse, tooLong } from '../../input/fields.ts';
import { type IpVersion, parseIPv4, parseIPv6 } from '../address.ts';
import { type BlockListParse, parseBlockList } from './blockList.ts';

/**
 * The input fields the CIDR set operations share: a list of CIDR text (as pasted, piped or typed one
 * per line), a prefix length and one address. Every text is bounded before it is parsed, so a pasted
 * blob costs nothing, and every message names the field by its label.
 */

/** The longest list read: a million blocks merge in about a second; more is a mistake, not a plan. */
const MAX_LIST_ENTRIES = 1_000_000;
/** The longest entry read: the longest CIDR text (a full IPv6 address, /128) is 43 characters. */
const MAX_ENTRY_TEXT = 100;

/** A parsed list of CIDR text, kept with the text so results can quote it. */
export interface ParsedTextList extends BlockListParse {
  /** The entries read (blank entries and `#` comments left out), trimmed. */
  readonly lines: readonly string[];
  /** For each entry read, its position in the list as given (0-based): line N of a pasted list. */
  readonly origin: readonly number[];
}

/**
 * A list of CIDR text. Blank entries and everything after a `#` are ignored, so a file or a pasted
 * list with comments reads as is; a bad entry gets its own issue at [key, position as given].
 */
export function cidrListField(meta: FieldMeta) {
  const schema = z
    .array(
      z.string({ error: `Each entry of ${meta.label} is CIDR text, like 10.0.0.0/16 or 2001:db8::/56.` }),
      {
        error: `Give ${meta.label} as a list of CIDR text, like ["10.0.0.0/16", "2001:db8::/56"].`,
      },
    )
    .transform((given, context): ParsedTextList => {
      if (given.length > MAX_LIST_ENTRIES)
        return refuse(
          context,
          'list_too_long',
          `${meta.label} has ${given.length.toLocaleString('en-US')} entries; at most ${MAX_LIST_ENTRIES.toLocaleString('en-US')} are read. Merge or split the list first.`,
        );
      const lines: string[] = [];
      const origin: number[] = [];
      const tooLongAt: number[] = [];
      for (const [index, entry] of given.entries()) {
        const hash = entry.indexOf('#');
        const text = (hash < 0 ? entry : entry.slice(0, hash)).trim();
        if (text === '') continue;
        if (text.length > MAX_ENTRY_TEXT) {
          tooLongAt.push(index);
          continue;
        }
        lines.push(text);
        origin.push(index);
      }
      for (const index of tooLongAt.slice(0, 10))
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `${meta.label} entry ${index + 1} is ${given[index]!.length.toLocaleString('en-US')} characters long; a CIDR is at most ${MAX_ENTRY_TEXT} (e.g. ${meta.example}).`,
          params: { code: 'text_too_long' },
        });
      const parsed = parseBlockList(lines);
      // One issue per bad entry would print a million lines for a wrong file; the first 100 say enough.
      for (const error of parsed.errors.slice(0, 100)) {
        const position = origin[error.index]!;
        context.addIssue({
          code: 'custom',
          path: [position],
          message: `${meta.label} entry ${position + 1}: ${error.message}`,
          params: { code: error.code },
          input: lines[error.index],
        });
      }
      if (parsed.errors.length > 100)
        context.addIssue({
          code: 'custom',
          message: `${meta.label}: ${(parsed.errors.length - 100).toLocaleString('en-US')} more entries are not CIDRs either.`,
          params: { code: 'cidr_list_invalid' },
        });
      return { ...parsed, lines, origin };
    });
  return field(schema, meta);
}

/** A prefix length written `24` or `/24`; whether it fits the block is the calculator's check. */
export function prefixLengthField(meta: FieldMeta) {
  const schema = z
    .union([z.number(), z.string()], { error: `${meta.label} is a prefix length like 24 or /24.` })
    .transform((raw, context): number => {
      if (typeof raw === 'string' && tooLong(context, meta, raw, 100)) return z.NEVER;
      const text = typeof raw === 'number' ? String(raw) : raw.trim();
      const match = /^\/?(\d{1,3})$/.exec(text);
      if (!match || (match[1]!.length > 1 && match[1]!.startsWith('0')) || Number(match[1]) > 128)
        return refuse(
          context,
          'prefix_length_invalid',
          `${meta.label} "${excerpt(String(raw))}" is not a prefix length; write a whole number like 24 or /24 (0–32 for IPv4, 0–128 for IPv6).`,
        );
      return Number(match[1]);
    });
  return field(schema, meta);
}

/** One IPv4 or IPv6 address (no prefix), parsed as strictly as a CIDR. */
export function addressField(meta: FieldMeta) {
  const schema = z
    .string({ error: `${meta.label} is an IP address as text, like ${meta.example}.` })
    .transform((raw, context): { version: IpVersion; value: bigint } => {
      if (tooLong(context, meta, raw, 100)) return z.NEVER;
      const text = raw.trim();
      const version: IpVersion = text.includes(':') ? 6 : 4;
      const parsed = version === 4 ? parseIPv4(text) : parseIPv6(text);
      if (parsed.ok) return { version, value: parsed.value };
      return refuse(context, parsed.code, `${meta.label}: ${parsed.message}`);
    });
  return field(schema, meta);
}
