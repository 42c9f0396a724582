import { z } from 'zod';
import { excerpt } from '../input/excerpt.ts';
import { type FieldMeta, field } from '../input/fieldMeta.ts';
import { refuse } from '../input/fields.ts';
import { parseNumberText } from '../input/numberText.ts';

/**
 * How requests spread over key prefixes: a list of `{ prefix, share }`, or text such as
 * `logs/=60, images/=40` (as `--traffic` and the URL carry it). Shares are percentages or weights.
 */
export const TRAFFIC_META: FieldMeta = {
  label: 'Traffic spread',
  flag: 'traffic',
  param: 'traffic',
  description:
    'How requests spread over key prefixes, as prefix=share pairs separated by commas (shares are percentages or weights); name each prefix once.',
  example: 'hot/=70, cold/=30',
};

/** The most prefixes a spread lists: one table row each, and more than any person types. */
export const MAX_TRAFFIC_PREFIXES = 10_000;
/** The longest spread text read: room for the largest list at ~10 characters an entry, checked before splitting. */
export const MAX_TRAFFIC_TEXT = 100_000;

export interface TrafficShare {
  readonly prefix: string;
  readonly share: number;
}

/**
 * Parses `logs/=60, images/=40`: entries separated by commas, semicolons or new lines, each
 * `prefix=share` or `prefix:share` with an optional `%`. The separator is the entry's last `=` or `:`,
 * so a Hive-style prefix such as `year=2026/=60` keeps its own `=`. One pass over the text (split,
 * then one scan per entry), so the cost is linear in its length.
 */
function parseTrafficText(text: string, context: z.RefinementCtx<unknown>): TrafficShare[] {
  if (text.length > MAX_TRAFFIC_TEXT)
    return refuse(
      context,
      'text_too_long',
      `${TRAFFIC_META.label} is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_TRAFFIC_TEXT.toLocaleString('en-US')} are read. Give prefix=share pairs, e.g. ${TRAFFIC_META.example}.`,
    );
  const entries = text
    .split(/[,;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length > MAX_TRAFFIC_PREFIXES) return tooMany(context, entries.length);
  const parsed: TrafficShare[] = [];
  for (const [index, entry] of entries.entries()) {
    const at = Math.max(entry.lastIndexOf('='), entry.lastIndexOf(':'));
    const prefix = at > 0 ? entry.slice(0, at).trim() : '';
    const shareText =
      at > 0
        ? entry
            .slice(at + 1)
            .trim()
            .replace(/%$/, '')
        : '';
    const share = parseNumberText(shareText);
    if (prefix === '' || !share.ok || !(share.value > 0)) {
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `${TRAFFIC_META.label}: "${excerpt(entry)}" is not prefix=share; write e.g. logs/=60, images/=40 (shares are percentages or weights, each more than 0).`,
        params: { code: 'traffic_invalid' },
      });
      continue;
    }
    parsed.push({ prefix, share: share.value });
  }
  return parsed;
}

function tooMany(context: z.RefinementCtx<unknown>, count: number): never {
  return refuse(
    context,
    'traffic_too_many_prefixes',
    `${TRAFFIC_META.label} lists ${count.toLocaleString('en-US')} prefixes; at most ${MAX_TRAFFIC_PREFIXES.toLocaleString('en-US')} are read. Group the lightly used prefixes into one entry (their share added up).`,
  );
}

const TrafficShareSchema = z.object(
  {
    prefix: z
      .string({ error: `${TRAFFIC_META.label}: each entry names its key prefix, e.g. logs/.` })
      .max(1_024, `${TRAFFIC_META.label}: a key prefix is at most 1,024 characters (S3's key length limit).`)
      .trim()
      .min(1, `${TRAFFIC_META.label}: name the key prefix, e.g. logs/ or images/2026/.`),
    share: z
      .number({ error: `${TRAFFIC_META.label}: a share is a number, a percentage or a weight, e.g. 60.` })
      .positive(`${TRAFFIC_META.label}: a share must be more than 0.`)
      .finite(`${TRAFFIC_META.label}: a share must be a finite number.`),
  },
  {
    error: `${TRAFFIC_META.label}: each entry is { prefix, share }, e.g. { "prefix": "logs/", "share": 60 }.`,
  },
);

/** A prefix named twice would count as two prefixes (two rows, two partitions): refuse rather than guess. */
function refuseDuplicates(shares: readonly TrafficShare[], context: z.RefinementCtx<unknown>): void {
  const seen = new Map<string, number>();
  for (const [index, { prefix, share }] of shares.entries()) {
    const first = seen.get(prefix);
    if (first === undefined) {
      seen.set(prefix, share);
      continue;
    }
    context.addIssue({
      code: 'custom',
      path: [index, 'prefix'],
      message: `"${excerpt(prefix)}" appears twice in the ${TRAFFIC_META.label} (shares ${first} and ${share}); name each prefix once, with its whole share (e.g. ${excerpt(prefix)}=${first + share}).`,
      params: { code: 'traffic_duplicate_prefix' },
    });
  }
}

export const trafficField = field(
  z.preprocess(
    (raw, context) =>
      typeof raw === 'string' ? parseTrafficText(raw, context as z.RefinementCtx<unknown>) : raw,
    z
      .array(TrafficShareSchema, {
        error: `${TRAFFIC_META.label}: give text (${TRAFFIC_META.example}) or a list of { prefix, share }.`,
      })
      .superRefine((shares, context) => {
        if (shares.length > MAX_TRAFFIC_PREFIXES) tooMany(context, shares.length);
        else refuseDuplicates(shares, context);
      }),
  ),
  TRAFFIC_META,
);
