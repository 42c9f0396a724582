import { calculatorEntry, type S3RequestPrefixes } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { type Block, pairs, rows, text } from '../../output.ts';
import { grouped } from './format.ts';

/** `awscalc s3 prefixes`: partitioned prefixes a request rate needs, what a prefix count sustains, hot prefixes. */
export const prefixesCommand = defineCommand<S3RequestPrefixes>({
  name: 'prefixes',
  entry: calculatorEntry('s3.prefixes'),
  about: `S3 supports at least 5,500 GET/HEAD and 3,500 PUT/COPY/POST/DELETE requests per second per
partitioned prefix (docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html).
Prints the minimum number of partitioned prefixes (reads and writes have separate budgets), the rate a
prefix count sustains (too few is a problem: exit 1), per-prefix load for an uneven spread, and guidance
on key design and on the 503 Slow Down ramp-up. AWS says "at least": every figure is a lower bound.
In a spread, a hot prefix needs partitions of its own; lightly used prefixes share partitions, so the
table counts them together. Give --get-rate and/or --put-rate.`,
  examples: [
    'awscalc s3 prefixes --get-rate 20000 --put-rate 10000',
    'awscalc s3 prefixes --get-rate 55000 --prefix-count 10 --json',
    'awscalc s3 prefixes --get-rate 20000 --traffic "hot/=70, warm/=20, cold/=10"',
  ],
  input: ({ fromFields }) => {
    if (fromFields.getRate === undefined && fromFields.putRate === undefined)
      throw new UsageError('give --get-rate and/or --put-rate, e.g. --get-rate 20000');
    return fromFields;
  },
  render: (value) => [
    pairs([
      ['Partitioned prefixes needed', `${value.prefixes} (lower bound)`],
      [
        '  for GET/HEAD',
        `${value.readPrefixes} = ⌈${grouped(value.getRate)} ÷ ${grouped(value.perPrefix.getRate)}⌉`,
      ],
      [
        '  for PUT/COPY/POST/DELETE',
        `${value.writePrefixes} = ⌈${grouped(value.putRate)} ÷ ${grouped(value.perPrefix.putRate)}⌉`,
      ],
      [
        `${value.prefixCount} ${value.prefixCount === 1 ? 'prefix sustains' : 'prefixes sustain'} at least`,
        `${grouped(value.sustained.getRate)} GET/s (${value.utilizationPercent.get}% used), ${grouped(value.sustained.putRate)} PUT/s (${value.utilizationPercent.put}% used)`,
      ],
    ]),
    ...spread(value),
    text(`Guidance:\n${value.guidance.map((entry) => `- ${entry.message}`).join('\n')}`),
  ],
});

/**
 * The per-prefix table. Its "Partitions needed" column adds up to the total below it: a hot prefix
 * shows its own partitions, the lightly used ones say "shared" and are counted once, together.
 */
function spread(value: S3RequestPrefixes): Block[] {
  if (value.traffic.length === 0) return [];
  const light = value.traffic.filter((row) => !row.overLimit).length;
  const hot = value.prefixesForTraffic - value.sharedPartitions;
  return [
    rows(
      ['Prefix', 'Share', 'GET/s', 'PUT/s', 'Partitions needed'],
      [
        ...value.traffic.map((row) => [
          row.prefix,
          `${row.sharePercent}%`,
          grouped(row.getRate),
          grouped(row.putRate),
          row.overLimit ? `${row.ownPartitions}  ← over one prefix` : 'shared',
        ]),
        ...(light > 0
          ? [[`(${light} lightly used, together)`, '', '', '', String(value.sharedPartitions)]]
          : []),
      ],
    ),
    text(
      `Partitioned prefixes for this spread: ${value.prefixesForTraffic}${
        light > 0 && hot > 0
          ? ` = ${hot} for the hot prefixes + ${value.sharedPartitions} shared by ${light} lightly used ${light === 1 ? 'prefix' : 'prefixes'}`
          : light > 0
            ? ` (the ${light} lightly used prefixes share)`
            : ''
      }`,
    ),
  ];
}
