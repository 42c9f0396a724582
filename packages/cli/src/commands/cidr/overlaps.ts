import { type CidrSetOverlapsResult, calculatorEntry } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { rows, text } from '../../output.ts';
import { LIST_INPUT, listEntryLabel, listFrom, plural } from './listInput.ts';

/** `awscalc cidr overlaps [CIDR...]`: every overlapping pair, with the shared range. */
export const overlapsCommand = defineCommand<CidrSetOverlapsResult>({
  name: 'overlaps',
  entry: calculatorEntry('cidr.overlaps'),
  usage: '[CIDR...]',
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, describe: 'CIDRs' },
  about: `Checks an address plan (VPCs to peer, on-premises ranges, subnets) for blocks that overlap. Each pair
is reported once, earlier block first, in input order, with the shared range (for CIDR blocks, the
smaller of the two). Identical blocks overlap; IPv4 and IPv6 never do. Without --fail-on-overlap
the answer is data (exit 0 either way); with it, each pair is a problem (exit 1).

${LIST_INPUT}

JSON keys: overlaps ([[a, b], ...] canonical CIDRs), pairs ([{ a, b, shared, aIndex, bIndex }],
0-based positions as given), problems (the pairs, with --fail-on-overlap).`,
  examples: [
    'awscalc cidr overlaps 10.0.0.0/16 10.0.128.0/20 172.31.0.0/16 10.1.0.0/16',
    'awscalc cidr overlaps --fail-on-overlap < plan.txt',
  ],
  input: async (context) => ({
    ...context.fromFields,
    cidrs: await listFrom('cidrs', context, true),
  }),
  pathLabel: (path, { flags }) => listEntryLabel(path, flags),
  render: (value) =>
    value.pairs.length === 0
      ? [text('No overlapping blocks.')]
      : [
          rows(
            ['Block', 'Overlaps', 'Shared', 'Entries'],
            value.pairs.map((pair) => [
              pair.a,
              pair.b,
              pair.shared,
              `${pair.aIndex + 1}, ${pair.bIndex + 1}`,
            ]),
          ),
          text(`# ${plural(value.pairs.length, 'overlapping pair')}`),
        ],
});
