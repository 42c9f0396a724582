import { type CidrSetMergeResult, calculatorEntry } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { addressSummary, LIST_INPUT, listBlocks, listEntryLabel, listFrom, plural } from './listInput.ts';

/** `awscalc cidr merge [CIDR...]`: the fewest blocks that cover the same addresses. */
export const mergeCommand = defineCommand<CidrSetMergeResult>({
  name: 'merge',
  entry: calculatorEntry('cidr.merge'),
  usage: '[CIDR...]',
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, describe: 'CIDRs' },
  about: `Adjacent and contained blocks collapse: 10.0.0.0/25 + 10.0.0.128/25 → 10.0.0.0/24. Like Python's
ipaddress.collapse_addresses, for any number of blocks (100,000 take milliseconds).

${LIST_INPUT}

Output: the merged blocks, one per line, then a # summary line.
JSON keys: cidrs (the merged list), inputCount, addresses { ipv4, ipv6 } (decimal strings).`,
  examples: [
    'awscalc cidr merge 10.0.0.0/25 10.0.0.128/25 10.0.1.0/24',
    'cat prefixes.txt | awscalc cidr merge --json',
  ],
  input: async (context) => ({
    ...context.fromFields,
    cidrs: await listFrom('cidrs', context, true),
  }),
  pathLabel: (path, { flags }) => listEntryLabel(path, flags),
  render: (value, { flags }) =>
    listBlocks(
      value.cidrs,
      `${plural(value.cidrs.length, 'block')} from ${value.inputCount}; ${addressSummary(value.addresses)} addresses`,
      flags,
    ),
});
