import {
  type CidrSetContainsResult,
  type CidrSetExcludeResult,
  type CidrSetFindFreeResult,
  type CidrSetMergeResult,
  type CidrSetOverlapsResult,
  type CidrSetRangeResult,
  type CidrSetSplitResult,
  cidrSetContains,
  cidrSetExclude,
  cidrSetFindFree,
  cidrSetMerge,
  cidrSetOverlaps,
  cidrSetRange,
  cidrSetSplit,
  type Result,
  run,
  type TraceStep,
} from '@awscalc/core';
import {
  type Command,
  EXIT,
  type FlagSpec,
  formatTrace,
  type ParsedFlags,
  parseFlags,
  printResult,
  subcommands,
  UsageError,
  withUsage,
} from '../command.ts';
import type { Io } from '../io.ts';
import { table } from '../table.ts';

const LIST_INPUT = `Input: CIDRs as arguments, or, when none are given, from standard input, one per line (blank
lines and everything after a # are ignored). Lists may mix IPv4 and IPv6; each family is handled
separately, and results list IPv4 first, then IPv6, in address order. Parsing is strict: leading
zeros (010.0.0.0/8), shorthand (10.1/16) and missing prefixes are refused with the line number.
A block written with host bits set (10.0.0.1/24) is read as its network, with a warning.`;

const COMMON_FLAGS = `  --json     print one JSON object (see the keys above), plus warnings and trace
  --trace    also print the arithmetic, step by step
  -h, --help show this help`;

const EXIT_CODES = `Exit codes: 0 ok, 1 a CIDR could not be parsed (each bad line is named), 2 usage error.`;

/** A CIDR list as given, and where each entry came from (for messages about a bad entry). */
interface ListInput {
  readonly cidrs: string[];
  readonly origin: (index: number) => string;
}

/**
 * Reads the CIDR list from the positionals, or from stdin (one per line, # comments) when there are
 * none. With `required`, an empty list is a usage error (nothing was given or piped).
 */
async function readList(positionals: readonly string[], io: Io, required = false): Promise<ListInput> {
  if (positionals.length > 0) return { cidrs: [...positionals], origin: (index) => `argument ${index + 1}` };
  const cidrs: string[] = [];
  const lineNumbers: number[] = [];
  for (const [index, line] of (await io.readStdin()).split(/\r?\n/).entries()) {
    const text = line.replace(/#.*$/, '').trim();
    if (text === '') continue;
    cidrs.push(text);
    lineNumbers.push(index + 1);
  }
  if (required && cidrs.length === 0) {
    throw new UsageError('give CIDRs as arguments, or one per line on standard input');
  }
  return { cidrs, origin: (index) => `line ${lineNumbers[index]} of standard input` };
}

/** Says where each bad list entry came from: `issues[i].path` is [field, index] for list entries. */
function locate<T>(result: Result<T>, origins: Record<string, ListInput['origin']>): Result<T> {
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const [field, index] = issue.path;
      const origin = typeof field === 'string' ? origins[field] : undefined;
      return origin && typeof index === 'number'
        ? { ...issue, message: `${origin(index)}: ${issue.message}` }
        : issue;
    }),
  };
}

/** A sub-command with the standard --help, --json and --trace handling. */
function cidrSubcommand<const Options extends FlagSpec>(spec: {
  name: string;
  summary: string;
  help: string;
  flags: Options;
  body: (
    flags: ParsedFlags<Options>,
    io: Io,
    trace: (steps: readonly TraceStep[]) => string,
  ) => Promise<number>;
}): Command {
  const command: Command = {
    name: spec.name,
    summary: spec.summary,
    help: spec.help,
    run: (argv, io) =>
      withUsage({ name: `cidr ${spec.name}`, help: spec.help }, io, async () => {
        const flags = parseFlags(argv, { ...spec.flags, trace: { type: 'boolean' } } as Options);
        const common = flags.values as { help?: boolean; trace?: boolean };
        if (common.help) {
          io.out(spec.help);
          return EXIT.ok;
        }
        const showTrace = common.trace === true;
        return spec.body(flags, io, (steps) => (showTrace ? `\nArithmetic:\n${formatTrace(steps)}\n` : ''));
      }),
  };
  return command;
}

const lines = (cidrs: readonly string[]) => (cidrs.length === 0 ? '' : `${cidrs.join('\n')}\n`);

const addressSummary = (addresses: { ipv4: string; ipv6: string }) =>
  [
    addresses.ipv4 !== '0' ? `${BigInt(addresses.ipv4).toLocaleString('en-US')} IPv4` : '',
    addresses.ipv6 !== '0' ? `${addresses.ipv6} IPv6` : '',
  ]
    .filter(Boolean)
    .join(' + ') || 'no';

const mergeHelp = `awscalc cidr merge — merge (summarise) CIDR blocks into the fewest that cover the same addresses

Usage:
  awscalc cidr merge [CIDR...] [--json] [--trace]

Adjacent and contained blocks collapse: 10.0.0.0/25 + 10.0.0.128/25 → 10.0.0.0/24. Like Python's
ipaddress.collapse_addresses, for any number of blocks (100,000 take milliseconds).

${LIST_INPUT}

Output: the merged blocks, one per line, then a # summary line.
  --json keys: cidrs (the merged list), inputCount, addresses { ipv4, ipv6 } (decimal strings)
${COMMON_FLAGS}

${EXIT_CODES}

Examples:
  awscalc cidr merge 10.0.0.0/25 10.0.0.128/25 10.0.1.0/24
  cat prefixes.txt | awscalc cidr merge --json
`;

const mergeCommand = cidrSubcommand({
  name: 'merge',
  summary: 'merge (summarise) blocks into the fewest that cover the same addresses',
  help: mergeHelp,
  flags: {},
  body: async ({ values, positionals }, io, trace) => {
    const list = await readList(positionals, io, true);
    const result = locate(run(cidrSetMerge, { cidrs: list.cidrs }), { cidrs: list.origin });
    return printResult<CidrSetMergeResult>(io, result, {
      json: values.json === true,
      render: (value, steps) =>
        `${lines(value.cidrs)}# ${value.cidrs.length} block${value.cidrs.length === 1 ? '' : 's'} from ${value.inputCount}; ${addressSummary(value.addresses)} addresses\n${trace(steps)}`,
    });
  },
});

const excludeHelp = `awscalc cidr exclude — what remains of some blocks after removing others (e.g. a VPC's free space)

Usage:
  awscalc cidr exclude --from CIDR [--from CIDR...] [CIDR...] [--json] [--trace]

The blocks to remove are the arguments (or standard input); the blocks to remove them from are
given with --from (repeat it for several). Removed blocks may lie partly or wholly outside --from.
The result is the minimal list of blocks, aligned as CIDR requires (free space between 10.0.1.0/24
and 10.0.4.0/22 is 10.0.2.0/23, not a /22).

${LIST_INPUT}

Flags:
  --from CIDR  a block to keep what remains of (required; repeatable)
  --json keys: cidrs (what remains), addresses and removedAddresses { ipv4, ipv6 } (decimal strings)
${COMMON_FLAGS}

${EXIT_CODES}

Examples:
  awscalc cidr exclude --from 10.0.0.0/16 10.0.0.0/24 10.0.1.0/24
  aws ec2 describe-subnets --filters Name=vpc-id,Values=vpc-0abc --query 'Subnets[].CidrBlock' --output text \\
    | tr '\\t' '\\n' | awscalc cidr exclude --from 10.0.0.0/16
`;

const excludeCommand = cidrSubcommand({
  name: 'exclude',
  summary: 'what remains of --from blocks after removing the given blocks (free space)',
  help: excludeHelp,
  flags: { from: { type: 'string', multiple: true } },
  body: async ({ values, positionals }, io, trace) => {
    const from = values.from ?? [];
    if (from.length === 0)
      throw new UsageError('give the block(s) to remove from with --from, e.g. --from 10.0.0.0/16');
    const list = await readList(positionals, io);
    const result = locate(run(cidrSetExclude, { from, remove: list.cidrs }), {
      from: (index) => `--from ${index + 1}`,
      remove: list.origin,
    });
    return printResult<CidrSetExcludeResult>(io, result, {
      json: values.json === true,
      render: (value, steps) =>
        `${lines(value.cidrs)}# ${value.cidrs.length} block${value.cidrs.length === 1 ? '' : 's'} remain: ${addressSummary(value.addresses)} addresses (${addressSummary(value.removedAddresses)} removed)\n${trace(steps)}`,
    });
  },
});

const overlapsHelp = `awscalc cidr overlaps — every pair of blocks in a list that share addresses

Usage:
  awscalc cidr overlaps [CIDR...] [--json] [--fail-on-overlap] [--trace]

Checks an address plan (VPCs to peer, on-premises ranges, subnets) for blocks that overlap. Each pair
is reported once, earlier block first, in input order, with the shared range (for CIDR blocks, the
smaller of the two). Identical blocks overlap; IPv4 and IPv6 never do.

${LIST_INPUT}

Flags:
  --fail-on-overlap  exit 1 when any pair overlaps (for CI checks of an address plan)
  --json keys: overlaps ([[a, b], ...] canonical CIDRs), pairs ([{ a, b, shared, aIndex, bIndex }],
             0-based input positions)
${COMMON_FLAGS}

Exit codes: 0 ok (overlaps or not, unless --fail-on-overlap), 1 a CIDR could not be parsed or
--fail-on-overlap found one, 2 usage error.

Examples:
  awscalc cidr overlaps 10.0.0.0/16 10.0.128.0/20 172.31.0.0/16 10.1.0.0/16
  awscalc cidr overlaps --json < plan.txt
`;

const overlapsCommand = cidrSubcommand({
  name: 'overlaps',
  summary: 'every overlapping pair in a list, with the shared range',
  help: overlapsHelp,
  flags: { 'fail-on-overlap': { type: 'boolean' } },
  body: async ({ values, positionals }, io, trace) => {
    const list = await readList(positionals, io, true);
    const result = locate(run(cidrSetOverlaps, { cidrs: list.cidrs }), { cidrs: list.origin });
    return printResult<CidrSetOverlapsResult>(io, result, {
      json: values.json === true,
      render: (value, steps) => {
        if (value.pairs.length === 0) return `No overlapping blocks.\n${trace(steps)}`;
        const rows = table([
          ['Block', 'Overlaps', 'Shared', 'Lines'],
          ...value.pairs.map((pair) => [
            pair.a,
            pair.b,
            pair.shared,
            `${pair.aIndex + 1}, ${pair.bIndex + 1}`,
          ]),
        ]);
        return `${rows}# ${value.pairs.length} overlapping pair${value.pairs.length === 1 ? '' : 's'}\n${trace(steps)}`;
      },
      exitFor: (value) => (values['fail-on-overlap'] && value.pairs.length > 0 ? EXIT.invalid : EXIT.ok),
    });
  },
});

const containsHelp = `awscalc cidr contains — are these blocks inside those? (a block may be covered by several)

Usage:
  awscalc cidr contains --in CIDR [--in CIDR...] [CIDR...] [--json] [--trace]

Is every block given (arguments or standard input) covered by the union of the --in blocks? A block
counts as covered when smaller --in blocks cover it together (10.0.0.0/24 is inside 10.0.0.0/25 +
10.0.0.128/25). Lists the blocks that are not, and exactly which addresses are outside.

${LIST_INPUT}

Flags:
  --in CIDR  a containing block (required; repeatable)
  --json keys: contained (true/false), notContained ([{ index, cidr }], 0-based), uncovered (CIDRs)
${COMMON_FLAGS}

Exit codes: 0 every block is contained, 1 some block is not (or a CIDR could not be parsed),
2 usage error.

Examples:
  awscalc cidr contains --in 10.0.0.0/16 10.0.1.0/24 10.0.200.0/22
  awscalc cidr contains --in 10.0.0.0/25 --in 10.0.0.128/25 10.0.0.0/24
`;

const containsCommand = cidrSubcommand({
  name: 'contains',
  summary: 'are the given blocks inside the union of the --in blocks?',
  help: containsHelp,
  flags: { in: { type: 'string', multiple: true } },
  body: async ({ values, positionals }, io, trace) => {
    const containers = values.in ?? [];
    if (containers.length === 0)
      throw new UsageError('give the containing block(s) with --in, e.g. --in 10.0.0.0/16');
    const list = await readList(positionals, io, true);
    const result = locate(run(cidrSetContains, { containers, candidates: list.cidrs }), {
      containers: (index) => `--in ${index + 1}`,
      candidates: list.origin,
    });
    return printResult<CidrSetContainsResult>(io, result, {
      json: values.json === true,
      render: (value, steps) =>
        (value.contained
          ? 'Yes: every block is inside the --in blocks.\n'
          : `No: ${value.notContained.length} block${value.notContained.length === 1 ? ' is' : 's are'} not wholly inside.\n${table(
              [
                ['Block', 'Line'],
                ...value.notContained.map((entry) => [entry.cidr, String(entry.index + 1)]),
              ],
            )}Addresses outside:\n${lines(value.uncovered)}`) + trace(steps),
      exitFor: (value) => (value.contained ? EXIT.ok : EXIT.invalid),
    });
  },
});

const rangeHelp = `awscalc cidr range — the fewest CIDR blocks covering an address range exactly

Usage:
  awscalc cidr range FIRST LAST [--json] [--trace]
  awscalc cidr range FIRST-LAST

Both ends are included. Like Python's ipaddress.summarize_address_range (and AWS WAF IP sets or
security groups that need CIDRs for a provider's published range).

Flags:
  --json keys: cidrs (the blocks, in order), addresses (count, decimal string)
${COMMON_FLAGS}

Exit codes: 0 ok, 1 an address could not be parsed or the range is reversed or mixes families,
2 usage error.

Examples:
  awscalc cidr range 10.0.0.0 10.0.2.255
  awscalc cidr range 192.168.1.10-192.168.1.20 --json
  awscalc cidr range 2001:db8::1 2001:db8::ff
`;

const rangeCommand = cidrSubcommand({
  name: 'range',
  summary: 'the fewest blocks covering an address range (first..last)',
  help: rangeHelp,
  flags: {},
  body: async ({ values, positionals }, io, trace) => {
    const ends =
      positionals.length === 1 && positionals[0]!.includes('-') ? positionals[0]!.split('-') : positionals;
    if (ends.length !== 2) {
      throw new UsageError('give the first and last address, e.g. awscalc cidr range 10.0.0.0 10.0.2.255');
    }
    const result = run(cidrSetRange, { first: ends[0]!.trim(), last: ends[1]!.trim() });
    return printResult<CidrSetRangeResult>(io, result, {
      json: values.json === true,
      render: (value, steps) =>
        `${lines(value.cidrs)}# ${value.cidrs.length} block${value.cidrs.length === 1 ? '' : 's'}, ${BigInt(value.addresses).toLocaleString('en-US')} addresses\n${trace(steps)}`,
    });
  },
});

const splitHelp = `awscalc cidr split — split a block into equal smaller blocks

Usage:
  awscalc cidr split CIDR /N [--json] [--trace]
  awscalc cidr split CIDR --size /N

Lists the /N blocks of CIDR in address order (like Python's subnets(new_prefix=N) or Terraform's
cidrsubnets with equal sizes). At most 65,536 blocks are listed; a larger split is refused with the
number it would give (split a smaller block, or use "awscalc cidr free" for the first few).

Flags:
  --size /N  the new prefix length, written /N or N (or give it as the second argument)
  --json keys: parent, cidrs, count, addressesEach (decimal string)
${COMMON_FLAGS}

Exit codes: 0 ok, 1 the CIDR or size is invalid or the split is too large, 2 usage error.

Examples:
  awscalc cidr split 10.0.0.0/16 /18
  awscalc cidr split 2600:1f18:1234:5600::/56 --size /64 --json
`;

const splitCommand = cidrSubcommand({
  name: 'split',
  summary: 'split a block into its /N blocks',
  help: splitHelp,
  flags: { size: { type: 'string' } },
  body: async ({ values, positionals }, io, trace) => {
    const [cidr, sizeArgument, ...extra] = positionals;
    const size = values.size ?? sizeArgument;
    if (cidr === undefined || size === undefined || extra.length > 0 || (values.size && sizeArgument)) {
      throw new UsageError('give one CIDR and one size, e.g. awscalc cidr split 10.0.0.0/16 /20');
    }
    const result = run(cidrSetSplit, { cidr, prefixLength: size });
    return printResult<CidrSetSplitResult>(io, result, {
      json: values.json === true,
      render: (value, steps) =>
        `${lines(value.cidrs)}# ${value.count} block${value.count === 1 ? '' : 's'} of ${BigInt(value.addressesEach).toLocaleString('en-US')} addresses from ${value.parent}\n${trace(steps)}`,
    });
  },
});

const freeHelp = `awscalc cidr free — the first free blocks of a size inside a parent, given what is used

Usage:
  awscalc cidr free --in PARENT --size /N [--count K] [USED...] [--json] [--trace]

Finds the lowest K blocks of size /N inside PARENT that overlap none of the used blocks (arguments
or standard input; they may lie partly outside the parent, and other families are ignored). Blocks
are aligned as CIDR requires. Finding a few /64s in a /44 does not enumerate the /44.

${LIST_INPUT}

Flags:
  --in CIDR    the parent block to search (required)
  --size /N    the size wanted, as /N or N (required)
  --count K    how many blocks (default 1, at most 65,536)
  --json keys: parent, cidrs (the free blocks found), requested, found, freeAddresses (decimal
             string: free addresses in the parent before these are taken)
${COMMON_FLAGS}

Exit codes: 0 ok (a warning says when fewer than K fit), 1 a CIDR or size is invalid, 2 usage error.

Examples:
  awscalc cidr free --in 10.0.0.0/16 --size /24 --count 3 10.0.0.0/24 10.0.1.0/25
  aws ec2 describe-subnets --query 'Subnets[].CidrBlock' --output text | tr '\\t' '\\n' \\
    | awscalc cidr free --in 10.0.0.0/16 --size /20 --count 2 --json
`;

const freeCommand = cidrSubcommand({
  name: 'free',
  summary: 'the first free /N blocks inside a parent, given the used blocks',
  help: freeHelp,
  flags: { in: { type: 'string' }, size: { type: 'string' }, count: { type: 'string' } },
  body: async ({ values, positionals }, io, trace) => {
    if (values.in === undefined)
      throw new UsageError('give the parent block with --in, e.g. --in 10.0.0.0/16');
    if (values.size === undefined) throw new UsageError('give the block size with --size, e.g. --size /24');
    const countText = values.count ?? '1';
    if (!/^\d+$/.test(countText))
      throw new UsageError(`--count is a whole number of blocks, not "${countText}"`);
    const list = await readList(positionals, io);
    const result = locate(
      run(cidrSetFindFree, {
        parent: values.in,
        used: list.cidrs,
        prefixLength: values.size,
        count: Number(countText),
      }),
      { used: list.origin },
    );
    return printResult<CidrSetFindFreeResult>(io, result, {
      json: values.json === true,
      render: (value, steps) =>
        `${lines(value.cidrs)}# ${value.found} of ${value.requested} requested; ${BigInt(value.freeAddresses).toLocaleString('en-US')} addresses free in ${value.parent}\n${trace(steps)}`,
    });
  },
});

export const cidrCommand = subcommands(
  'cidr',
  'CIDR set operations over many blocks: merge, exclude, overlaps, contains, range, split, free',
  [mergeCommand, excludeCommand, overlapsCommand, containsCommand, rangeCommand, splitCommand, freeCommand],
);
