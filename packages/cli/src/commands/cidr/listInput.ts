import { UsageError } from '../../command.ts';
import type { Io } from '../../io.ts';
import { type Block, rows, text } from '../../output.ts';

/** What every list-reading `awscalc cidr` command says about its input. */
export const LIST_INPUT = `Input: CIDRs as arguments, or, when none are given, from standard input, one per line (blank
lines and everything after a # are ignored). Entry N in a message is argument N, or line N of
standard input. Lists may mix IPv4 and IPv6; each family is handled separately, and results list
IPv4 first, then IPv6, in address order. Parsing is strict: leading zeros (010.0.0.0/8), shorthand
(10.1/16) and missing prefixes are refused. A block written with host bits set (10.0.0.1/24) is
read as its network, with a warning.`;

/** Where each run's list came from, keyed by that run's parsed flags (so runs never share it). */
const origins = new WeakMap<object, Map<string, { readonly flagged: number; readonly stdin: boolean }>>();

/**
 * The list a command works on: the flag's values and the arguments, or, when neither is given,
 * every line of standard input (blank lines and # comments included, so entry N is line N; the
 * calculator skips them). With `required`, nothing at all is a usage error. Remembers where the
 * entries came from, for `listEntryLabel`.
 */
export async function listFrom(
  key: string,
  context: {
    readonly flags: object;
    readonly fromFields: Record<string, unknown>;
    readonly positionals: readonly string[];
    readonly io: Io;
  },
  required: boolean,
): Promise<string[]> {
  const flagged = (context.fromFields[key] as string[] | undefined) ?? [];
  const given = [...flagged, ...context.positionals];
  const record = (stdin: boolean) => {
    const byKey = origins.get(context.flags) ?? new Map();
    byKey.set(key, { flagged: flagged.length, stdin });
    origins.set(context.flags, byKey);
  };
  if (given.length > 0) {
    record(false);
    return given;
  }
  const lines = (await context.io.readStdin()).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (required && lines.every((line) => line.replace(/#.*$/, '').trim() === ''))
    throw new UsageError('give CIDRs as arguments, or one per line on standard input');
  record(true);
  return lines;
}

/**
 * Where entry `path[1]` of a list came from, for `error (…)`: `line 4 of standard input` or
 * `argument 2`; undefined for an entry given with the list's own flag (the flag is named then).
 */
export function listEntryLabel(path: ReadonlyArray<string | number>, flags: object): string | undefined {
  const [key, index] = path;
  const origin = typeof key === 'string' ? origins.get(flags)?.get(key) : undefined;
  if (!origin || typeof index !== 'number' || index < origin.flagged) return undefined;
  return origin.stdin ? `line ${index + 1} of standard input` : `argument ${index - origin.flagged + 1}`;
}

/**
 * A list of CIDRs and a `# summary` line: plain lines for people and pipes (`| head -1` gives the
 * first block), one column for `--output text` and `--output csv`.
 */
export function listBlocks(cidrs: readonly string[], summary: string, flags: { output?: unknown }): Block[] {
  if (flags.output === 'text' || flags.output === 'csv')
    return [
      rows(
        ['CIDR'],
        cidrs.map((cidr) => [cidr]),
      ),
    ];
  return [text(`${cidrs.map((cidr) => `${cidr}\n`).join('')}# ${summary}\n`)];
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** Address totals per family as people read them: "256 IPv4 + 2^96 IPv6", or "no". */
export const addressSummary = (addresses: { ipv4: string; ipv6: string }) =>
  [
    addresses.ipv4 !== '0' ? `${BigInt(addresses.ipv4).toLocaleString('en-US')} IPv4` : '',
    addresses.ipv6 !== '0' ? `${addresses.ipv6} IPv6` : '',
  ]
    .filter(Boolean)
    .join(' + ') || 'no';
