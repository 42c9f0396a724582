import {
  type EbsBurstSimulation,
  type EbsCheapestVolume,
  type EbsCost,
  type EbsMigrateGp2ToGp3,
  type EbsRaid0,
  type EbsVolumePerformance,
  ebsBurstSimulation,
  ebsCheapestVolume,
  ebsCost,
  ebsInstanceList,
  ebsMigrateGp2ToGp3,
  ebsRaid0,
  ebsVolumePerformance,
  formatDuration,
  formatUsd,
  run,
  type TraceStep,
} from '@awscalc/core';
import {
  type Command,
  EXIT,
  type FlagSpec,
  formatTrace,
  parseFlags,
  printResult,
  subcommands,
  UsageError,
  withUsage,
} from '../command.ts';
import { keyValues, table } from '../table.ts';

const num = (value: number, digits = 2) => value.toLocaleString('en-US', { maximumFractionDigits: digits });
const seconds = (value: number | null) =>
  value === null ? '—' : `${num(value, 1)} s (${formatDuration(value)})`;

const VOLUME_FLAGS = {
  type: { type: 'string' },
  size: { type: 'string' },
  iops: { type: 'string' },
  throughput: { type: 'string' },
  'io-size': { type: 'string' },
  instance: { type: 'string' },
  'instance-iops': { type: 'string' },
  'instance-throughput': { type: 'string' },
  trace: { type: 'boolean' },
} as const satisfies FlagSpec;

const PRICE_FLAGS = {
  month: { type: 'string' },
  price: { type: 'string', multiple: true },
} as const satisfies FlagSpec;

const VOLUME_HELP = `  --type TYPE               gp3, gp2, io2 (Block Express), io1, st1, sc1 or standard (required)
  --size SIZE                volume size in GiB (100) or with a unit (2 TiB); required
  --iops N                   provisioned IOPS: gp3 (3,000–80,000, default 3,000), io1, io2 (required)
  --throughput N             provisioned throughput in MiB/s: gp3 only (125–2,000, default 125)
  --io-size SIZE             the workload's I/O size, KiB (16) or with a unit (16 KiB, 1 MiB);
                             throughput is capped at IOPS × I/O size. Default: AWS's documented
                             figures (gp2 256 KiB; st1/sc1 1 MiB per I/O)
  --instance TYPE            cap by a bundled instance type's EBS maximum (awscalc ebs instances)
  --instance-iops N          cap by an instance EBS maximum IOPS you type in
  --instance-throughput N    cap by an instance EBS maximum throughput, MiB/s`;

const PRICE_HELP = `  --month 730|720            hours in a month: 730 (AWS Pricing Calculator, default) or 720 (30 days)
  --price KEY=USD            override a list price (repeatable), e.g. --price ebs.gp3.storage=0.0952;
                             keys: ebs.gp3.storage, ebs.gp3.iops, ebs.gp3.throughput, ebs.gp2.storage,
                             ebs.io1.storage, ebs.io1.iops, ebs.io2.storage, ebs.io2.iops.tier1..3,
                             ebs.st1.storage, ebs.sc1.storage, ebs.standard.storage, ebs.standard.io`;

type VolumeValues = Partial<Record<keyof typeof VOLUME_FLAGS, string | boolean | undefined>>;

/** Raw volume input from flags: the core validates and converts it. */
function volumeInput(values: VolumeValues) {
  if (values.type === undefined) throw new UsageError('give --type (gp3, gp2, io2, io1, st1, sc1, standard)');
  if (values.size === undefined) throw new UsageError('give --size in GiB, e.g. --size 100');
  const instance =
    values.instance !== undefined ||
    values['instance-iops'] !== undefined ||
    values['instance-throughput'] !== undefined
      ? {
          ...(values.instance !== undefined ? { name: values.instance } : {}),
          ...(values['instance-iops'] !== undefined ? { maxIops: values['instance-iops'] } : {}),
          ...(values['instance-throughput'] !== undefined
            ? { maxThroughputMiBps: values['instance-throughput'] }
            : {}),
        }
      : undefined;
  return {
    type: values.type,
    sizeGiB: values.size,
    ...(values.iops !== undefined ? { iops: values.iops } : {}),
    ...(values.throughput !== undefined ? { throughputMiBps: values.throughput } : {}),
    ...(values['io-size'] !== undefined ? { ioSizeKiB: values['io-size'] } : {}),
    ...(instance ? { instance } : {}),
  };
}

function priceInput(values: { month?: string | undefined; price?: string[] | undefined }) {
  const prices = (values.price ?? []).map((entry) => {
    const [key, usd, ...rest] = entry.split('=');
    if (!key || usd === undefined || rest.length > 0)
      throw new UsageError(`--price takes KEY=USD, e.g. --price ebs.gp3.storage=0.0952 (got "${entry}")`);
    return { key: key.trim(), usd: usd.trim() };
  });
  return { ...(values.month !== undefined ? { monthHours: values.month } : {}), prices };
}

const withTrace = (text: string, trace: readonly TraceStep[], show: boolean | undefined) =>
  show ? `${text}\nArithmetic:\n${formatTrace(trace)}\n` : text;

function problemsText(problems: ReadonlyArray<{ message: string }>): string {
  return problems.length === 0
    ? ''
    : `\nAWS would reject this configuration:\n${problems.map((p) => `  - ${p.message}`).join('\n')}\n`;
}

// ---------------------------------------------------------------- volume

const volumeHelp = `awscalc ebs volume — what an EBS volume delivers, and whether AWS accepts it

Usage:
  awscalc ebs volume --type TYPE --size GiB [--iops N] [--throughput MiBps] [flags]

Reports baseline and maximum IOPS and throughput (MiB/s), the burst figures of gp2 (I/O credits)
and st1/sc1 (throughput credits), the instance cap, and every AWS rule the configuration breaks
with the nearest valid values. Burst and refill seconds are rounded to the nearest second, as
AWS's gp2 table is (exact values in burstSecondsExact / refillSecondsExact).

Flags:
${VOLUME_HELP}
  --balance PCT              gp2/st1/sc1: current credit balance in % (CloudWatch BurstBalance)
  --json                     print one JSON object (keys: type, sizeGiB, iops, throughputMiBps,
                             ioSizeKiB, baselineIops, maxIops, baselineThroughputMiBps,
                             maxThroughputMiBps, burstable, burstSeconds, burstSecondsExact,
                             refillSeconds, refillSecondsExact, creditBucket, instance, effective,
                             valid, problems, warnings, trace)
  --trace                    also print the arithmetic, step by step, with AWS sources
  -h, --help                 show this help

Exit codes: 0 valid, 1 AWS would reject the configuration (problems) or the input is invalid, 2 usage.

Examples:
  awscalc ebs volume --type gp2 --size 100
  awscalc ebs volume --type gp3 --size 500 --iops 12000 --throughput 750 --instance m6i.large
  awscalc ebs volume --type io2 --size 256 --iops 256000 --json
  awscalc ebs volume --type st1 --size 2TiB --io-size 16KiB
`;

function renderVolume(v: EbsVolumePerformance): string {
  const rows: Array<readonly [string, string]> = [
    ['Type', `${v.type}${v.type === 'io2' ? ' (Block Express)' : ''}`],
    ['Size', `${num(v.sizeGiB)} GiB`],
  ];
  if (v.iops !== null) rows.push(['Provisioned IOPS', num(v.iops)]);
  if (v.throughputMiBps !== null) rows.push(['Provisioned throughput', `${num(v.throughputMiBps)} MiB/s`]);
  if (v.ioSizeKiB !== null) rows.push(['I/O size', `${num(v.ioSizeKiB)} KiB`]);
  rows.push(
    ['Baseline IOPS', num(v.baselineIops)],
    ['Maximum IOPS', num(v.maxIops)],
    ['Baseline throughput', `${num(v.baselineThroughputMiBps)} MiB/s`],
    ['Maximum throughput', `${num(v.maxThroughputMiBps)} MiB/s`],
  );
  if (v.creditBucket) {
    rows.push(
      ['Credit bucket', `${num(v.creditBucket.capacity)} ${v.creditBucket.unit}`],
      [
        'Burst (full bucket)',
        v.burstable ? seconds(v.burstSeconds) : 'does not burst (baseline meets the burst rate)',
      ],
      ['Refill (empty bucket)', seconds(v.refillSeconds)],
    );
    if (v.creditBucket.balancePercent !== 100)
      rows.push([
        `Burst at ${num(v.creditBucket.balancePercent)}% balance`,
        seconds(v.creditBucket.burstSecondsFromBalance),
      ]);
  }
  if (v.instance) {
    rows.push(
      ['Instance', v.instance.name ?? 'typed-in limits'],
      [
        'Effective baseline IOPS',
        `${num(v.effective.baselineIops)} (limited by the ${v.effective.baselineIopsLimitedBy})`,
      ],
      ['Effective maximum IOPS', `${num(v.effective.maxIops)} (limited by the ${v.effective.iopsLimitedBy})`],
      [
        'Effective baseline throughput',
        `${num(v.effective.baselineThroughputMiBps)} MiB/s (limited by the ${v.effective.baselineThroughputLimitedBy})`,
      ],
      [
        'Effective maximum throughput',
        `${num(v.effective.maxThroughputMiBps)} MiB/s (limited by the ${v.effective.throughputLimitedBy})`,
      ],
    );
  }
  rows.push(['Valid for AWS', v.valid ? 'yes' : 'no']);
  return keyValues(rows) + problemsText(v.problems);
}

const volumeCommand: Command = {
  name: 'volume',
  summary: 'what a volume delivers: baseline/max IOPS and MiB/s, burst, instance cap, AWS problems',
  help: volumeHelp,
  run: (argv, io) =>
    withUsage({ name: 'ebs volume', help: volumeHelp }, io, () => {
      const { values } = parseFlags(argv, { ...VOLUME_FLAGS, balance: { type: 'string' } });
      if (values.help) {
        io.out(volumeHelp);
        return EXIT.ok;
      }
      const input = {
        ...volumeInput(values),
        ...(values.balance !== undefined ? { creditBalancePercent: values.balance } : {}),
      };
      return printResult(io, run(ebsVolumePerformance, input), {
        json: values.json === true,
        render: (value, trace) => withTrace(renderVolume(value), trace, values.trace),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

// ---------------------------------------------------------------- simulate

const simulateHelp = `awscalc ebs simulate — the credit balance of a gp2, st1 or sc1 volume over a workload

Usage:
  awscalc ebs simulate --type gp2|st1|sc1 --size GiB --demand RATE:DURATION[,RATE:DURATION…] [flags]

Each period demands a rate (IOPS for gp2, MiB/s for st1/sc1) for a duration. The volume delivers
min(demand, burst ceiling, instance cap) while it has credits and falls back to its baseline when
the bucket is empty; it earns credits at its baseline rate. Each period is solved exactly (no time
stepping), so long workloads are exact and fast.

Flags:
  --type gp2|st1|sc1         the volume type (required)
  --size SIZE                volume size in GiB or with a unit (required)
  --demand LIST              periods as RATE:DURATION, comma-separated; durations in seconds or
                             with units s, m, h, d (2500:600,200:3600 or 2500:10m,200:1h); no
                             empty periods (a trailing or doubled comma is an error); required
  --repeat N                 run the workload N times back to back (default 1)
  --start-balance PCT        starting balance in % of the bucket (default 100: AWS starts volumes full)
  --instance TYPE            cap delivery by a bundled instance's EBS maximum
  --instance-iops N          cap gp2 delivery by an instance EBS maximum IOPS
  --instance-throughput N    cap st1/sc1 delivery by an instance EBS maximum throughput, MiB/s
  --json                     print one JSON object (keys: type, sizeGiB, rateUnit, creditUnit,
                             baseline, burstCeiling, instanceCap, bucket, burstable, startBalance,
                             timeline, points, emptyAtSeconds, finalBalance, finalBalancePercent,
                             totalSeconds, totalDemanded, totalDelivered, totalUnserved, warnings, trace)
  --trace                    also print the arithmetic
  -h, --help                 show this help

Examples:
  awscalc ebs simulate --type gp2 --size 100 --demand 2500:600,200:3600 --repeat 6
  awscalc ebs simulate --type st1 --size 2TiB --demand 500:2h,0:6h --json
`;

function renderSimulation(v: EbsBurstSimulation): string {
  const shown = v.timeline.slice(0, 40);
  const rows = table([
    [
      'Rep',
      'Period',
      'Start s',
      'End s',
      `Demand ${v.rateUnit}`,
      `Delivered ${v.rateUnit}`,
      'Balance at end',
      'Empty at s',
    ],
    ...shown.map((row) => [
      String(row.repetition),
      String(row.period),
      num(row.startSeconds, 1),
      num(row.endSeconds, 1),
      num(row.demand),
      row.deliveredAtStart === row.deliveredAtEnd
        ? num(row.deliveredAtStart)
        : `${num(row.deliveredAtStart)} → ${num(row.deliveredAtEnd)}`,
      num(row.balanceEnd, 0),
      row.emptiedAtSeconds === null ? '' : num(row.emptiedAtSeconds, 1),
    ]),
  ]);
  const more =
    v.timeline.length > shown.length
      ? `… ${v.timeline.length - shown.length} more periods (see --json)\n`
      : '';
  return `${keyValues([
    ['Volume', `${v.type} ${num(v.sizeGiB)} GiB`],
    ['Baseline (earn rate)', `${num(v.baseline)} ${v.rateUnit}`],
    [
      'Burst ceiling',
      `${num(v.burstCeiling)} ${v.rateUnit}${v.instanceCap !== null ? ` (instance cap ${num(v.instanceCap)})` : ''}`,
    ],
    ['Bucket', `${num(v.bucket, 0)} ${v.creditUnit} (start ${num(v.startBalance, 0)})`],
    ['Bucket empties at', v.emptyAtSeconds === null ? 'never' : seconds(v.emptyAtSeconds)],
    ['Final balance', `${num(v.finalBalance, 0)} ${v.creditUnit} (${num(v.finalBalancePercent, 1)}%)`],
    ['Unserved demand', `${num(v.totalUnserved, 0)} ${v.rateUnit === 'IOPS' ? 'I/Os' : 'MiB'}`],
  ])}\n${rows}${more}`;
}

const simulateCommand: Command = {
  name: 'simulate',
  summary: 'gp2/st1/sc1 credit balance over a workload: delivered rate, when the bucket empties',
  help: simulateHelp,
  run: (argv, io) =>
    withUsage({ name: 'ebs simulate', help: simulateHelp }, io, () => {
      const { values } = parseFlags(argv, {
        ...VOLUME_FLAGS,
        demand: { type: 'string' },
        repeat: { type: 'string' },
        'start-balance': { type: 'string' },
      });
      if (values.help) {
        io.out(simulateHelp);
        return EXIT.ok;
      }
      if (values.iops !== undefined || values.throughput !== undefined || values['io-size'] !== undefined)
        throw new UsageError(
          "simulate does not take --iops, --throughput or --io-size: a gp2/st1/sc1 volume's rates follow from --size",
        );
      if (values.demand === undefined) throw new UsageError('give --demand, e.g. --demand 2500:600,200:3600');
      const { iops: _i, throughputMiBps: _t, ioSizeKiB: _s, ...volume } = volumeInput(values);
      const input = {
        ...volume,
        periods: values.demand,
        ...(values.repeat !== undefined ? { repeat: values.repeat } : {}),
        ...(values['start-balance'] !== undefined ? { startBalancePercent: values['start-balance'] } : {}),
      };
      return printResult(io, run(ebsBurstSimulation, input), {
        json: values.json === true,
        render: (value, trace) => withTrace(renderSimulation(value), trace, values.trace),
      });
    }),
};

// ---------------------------------------------------------------- cost

const costHelp = `awscalc ebs cost — the monthly cost of EBS volumes, line by line

Usage:
  awscalc ebs cost --type TYPE --size GiB [--iops N] [--throughput MiBps] [flags]

Storage per GB-month of provisioned size, provisioned IOPS (io1; io2 in tiers of 32,000; gp3 above
the included 3,000) and gp3 throughput above the included 125 MiB/s. us-east-1 list prices, each
line with its source and as-of date; override any price with --price.

Flags:
  --type, --size, --iops, --throughput   as for "awscalc ebs volume"
  --count N                  identical volumes (default 1)
  --hours H                  hours the volumes exist in the month (billed per second); default all
  --io-requests N            magnetic (standard) only: I/O requests in the month
${PRICE_HELP}
  --json                     print one JSON object (keys: type, sizeGiB, iops, throughputMiBps,
                             volumeCount, hours, fractionOfMonth, month, region, lines, totalUsd,
                             valid, problems, warnings, trace)
  --trace                    also print the arithmetic
  -h, --help                 show this help

Exit codes: 0 ok, 1 AWS would reject the configuration (its cost is still printed) or bad input, 2 usage.

Examples:
  awscalc ebs cost --type gp3 --size 2000 --iops 10000 --throughput 500
  awscalc ebs cost --type io2 --size 500 --iops 80000 --json
  awscalc ebs cost --type gp3 --size 2000 --iops 10000 --throughput 500 --hours 12 --month 720
`;

function renderCost(v: EbsCost): string {
  const lines = table([
    ['Line', 'Quantity', 'Unit price', 'Cost', 'As of'],
    ...v.lines.map((line) => [
      line.description,
      `${num(Number(line.quantity), 4)} ${line.unit}`,
      `$${line.unitPriceUsd}`,
      formatUsd(line.costUsd),
      line.asOf,
    ]),
  ]);
  return `${lines}\n${keyValues([
    ['Total', `${formatUsd(v.totalUsd)} per month (${v.region})`],
    ['Month', `${v.month.label}${v.hours !== v.month.hours ? `; ${num(v.hours)} hours billed` : ''}`],
    ['Prices', v.lines[0]?.source ?? ''],
  ])}${problemsText(v.problems)}`;
}

const costCommand: Command = {
  name: 'cost',
  summary: 'monthly cost: storage, provisioned IOPS (io2 tiers), gp3 IOPS/throughput',
  help: costHelp,
  run: (argv, io) =>
    withUsage({ name: 'ebs cost', help: costHelp }, io, () => {
      const { values } = parseFlags(argv, {
        ...VOLUME_FLAGS,
        ...PRICE_FLAGS,
        count: { type: 'string' },
        hours: { type: 'string' },
        'io-requests': { type: 'string' },
      });
      if (values.help) {
        io.out(costHelp);
        return EXIT.ok;
      }
      const ignored = (['io-size', 'instance', 'instance-iops', 'instance-throughput'] as const).filter(
        (flag) => values[flag] !== undefined,
      );
      if (ignored.length > 0)
        throw new UsageError(
          `cost does not take ${ignored.map((flag) => `--${flag}`).join(', ')}: the price depends only on type, size, IOPS and throughput`,
        );
      const { instance: _i, ioSizeKiB: _s, ...volume } = volumeInput(values);
      const input = {
        ...volume,
        ...priceInput(values),
        ...(values.count !== undefined ? { volumeCount: values.count } : {}),
        ...(values.hours !== undefined ? { hours: values.hours } : {}),
        ...(values['io-requests'] !== undefined ? { ioRequestsPerMonth: values['io-requests'] } : {}),
      };
      return printResult(io, run(ebsCost, input), {
        json: values.json === true,
        render: (value, trace) => withTrace(renderCost(value), trace, values.trace),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

// ---------------------------------------------------------------- migrate

const migrateHelp = `awscalc ebs migrate — the gp3 volume that matches a gp2 volume, and the monthly saving

Usage:
  awscalc ebs migrate --size GiB [--match-burst] [flags]

gp3 gets max(3,000, gp2 IOPS) IOPS and max(125, gp2 throughput) MiB/s (and at least 4 IOPS per
MiB/s), where "gp2" is its baseline, or with --match-burst its burst maximum.

Flags:
  --size SIZE                the gp2 volume size in GiB or with a unit (required)
  --match-burst              match gp2's burst (3,000 IOPS, maximum throughput), not its baseline
  --count N                  identical volumes (default 1)
${PRICE_HELP}
  --json                     print one JSON object (keys: sizeGiB, volumeCount, matchBurst, gp2, gp3,
                             savingUsd, savingPercent, month, region, warnings, trace)
  --trace                    also print the arithmetic
  -h, --help                 show this help

Examples:
  awscalc ebs migrate --size 500
  awscalc ebs migrate --size 100 --match-burst --count 40 --json
`;

function renderMigration(v: EbsMigrateGp2ToGp3): string {
  return `${table([
    ['', 'gp2 (today)', 'gp3 (equivalent)'],
    ['Size', `${num(v.sizeGiB)} GiB`, `${num(v.sizeGiB)} GiB`],
    [
      'IOPS',
      `${num(v.gp2.baselineIops)} baseline${v.gp2.maxIops > v.gp2.baselineIops ? `, ${num(v.gp2.maxIops)} burst` : ''}`,
      `${num(v.gp3.iops)} sustained`,
    ],
    [
      'Throughput',
      `${num(v.gp2.baselineThroughputMiBps)} MiB/s baseline${v.gp2.maxThroughputMiBps > v.gp2.baselineThroughputMiBps ? `, ${num(v.gp2.maxThroughputMiBps)} burst` : ''}`,
      `${num(v.gp3.throughputMiBps)} MiB/s sustained`,
    ],
    ['Monthly cost', formatUsd(v.gp2.monthlyUsd), formatUsd(v.gp3.monthlyUsd)],
  ])}\n${keyValues([
    [
      'Saving',
      `${formatUsd(v.savingUsd)} per month (${v.savingPercent}%)${v.volumeCount > 1 ? ` for ${v.volumeCount} volumes` : ''}`,
    ],
    ['Month', `${v.month.label}, ${v.region}`],
  ])}`;
}

const migrateCommand: Command = {
  name: 'migrate',
  summary: 'gp2 → gp3: the matching gp3 configuration and the monthly saving',
  help: migrateHelp,
  run: (argv, io) =>
    withUsage({ name: 'ebs migrate', help: migrateHelp }, io, () => {
      const { values } = parseFlags(argv, {
        ...PRICE_FLAGS,
        size: { type: 'string' },
        'match-burst': { type: 'boolean' },
        count: { type: 'string' },
        trace: { type: 'boolean' },
      });
      if (values.help) {
        io.out(migrateHelp);
        return EXIT.ok;
      }
      if (values.size === undefined) throw new UsageError('give --size, the gp2 volume size in GiB');
      const input = {
        sizeGiB: values.size,
        matchBurst: values['match-burst'] === true,
        ...(values.count !== undefined ? { volumeCount: values.count } : {}),
        ...priceInput(values),
      };
      return printResult(io, run(ebsMigrateGp2ToGp3, input), {
        json: values.json === true,
        render: (value, trace) => withTrace(renderMigration(value), trace, values.trace),
      });
    }),
};

// ---------------------------------------------------------------- cheapest

const cheapestHelp = `awscalc ebs cheapest — the cheapest volume type that meets an IOPS and throughput need

Usage:
  awscalc ebs cheapest [--iops N] [--throughput MiBps] [--size GiB] [flags]

For each type, the smallest valid configuration that delivers the need (gp2 grows its size for
IOPS; io1/io2 provision IOPS and grow to the IOPS:GiB ratio; st1/sc1 grow for MiB/s per TiB),
priced and compared. By default the baseline must meet the need; --burst-ok accepts burst.

Flags:
  --iops N                   IOPS needed
  --throughput N             throughput needed, MiB/s
  --size SIZE                capacity needed, GiB or with a unit (default 1)
  --io-size SIZE             the workload's I/O size (caps throughput at IOPS × size)
  --burst-ok                 accept gp2/st1/sc1 burst performance as meeting the need
${PRICE_HELP}
  --json                     print one JSON object (keys: need, cheapest, candidates, month, region,
                             warnings, trace)
  --trace                    also print the arithmetic
  -h, --help                 show this help

Examples:
  awscalc ebs cheapest --iops 10000 --throughput 500 --size 100
  awscalc ebs cheapest --throughput 200 --size 4TiB --burst-ok
`;

function renderCheapest(v: EbsCheapestVolume): string {
  return `${table([
    ['Type', 'Size GiB', 'IOPS', 'MiB/s', 'Monthly', 'Notes'],
    ...v.candidates.map((c) => [
      c.type,
      c.sizeGiB === null ? '' : num(c.sizeGiB),
      c.deliveredIops === null ? '' : num(c.deliveredIops),
      c.deliveredThroughputMiBps === null ? '' : num(c.deliveredThroughputMiBps),
      c.monthlyUsd === null ? '' : formatUsd(c.monthlyUsd),
      c.feasible ? (c === v.cheapest ? 'cheapest' : '') : `cannot: ${c.reason ?? ''}`,
    ]),
  ])}\n${keyValues([['Month', `${v.month.label}, ${v.region}`]])}`;
}

const cheapestCommand: Command = {
  name: 'cheapest',
  summary: 'the cheapest type and configuration meeting an IOPS/throughput/capacity need',
  help: cheapestHelp,
  run: (argv, io) =>
    withUsage({ name: 'ebs cheapest', help: cheapestHelp }, io, () => {
      const { values } = parseFlags(argv, {
        ...PRICE_FLAGS,
        iops: { type: 'string' },
        throughput: { type: 'string' },
        size: { type: 'string' },
        'io-size': { type: 'string' },
        'burst-ok': { type: 'boolean' },
        trace: { type: 'boolean' },
      });
      if (values.help) {
        io.out(cheapestHelp);
        return EXIT.ok;
      }
      const input = {
        ...(values.iops !== undefined ? { iops: values.iops } : {}),
        ...(values.throughput !== undefined ? { throughputMiBps: values.throughput } : {}),
        ...(values.size !== undefined ? { sizeGiB: values.size } : {}),
        ...(values['io-size'] !== undefined ? { ioSizeKiB: values['io-size'] } : {}),
        allowBurst: values['burst-ok'] === true,
        ...priceInput(values),
      };
      return printResult(io, run(ebsCheapestVolume, input), {
        json: values.json === true,
        render: (value, trace) => withTrace(renderCheapest(value), trace, values.trace),
      });
    }),
};

// ---------------------------------------------------------------- raid0

const raid0Help = `awscalc ebs raid0 — N identical volumes striped in RAID 0, capped by the instance

Usage:
  awscalc ebs raid0 --count N --type TYPE --size GiB [--iops N] [--throughput MiBps] [--instance TYPE]

Flags:
  --count N                  volumes in the array (2 to 128, the most any instance attaches; required)
${VOLUME_HELP}
  --json                     print one JSON object (keys: volumeCount, capacityGiB, volume,
                             baselineIops, maxIops, baselineThroughputMiBps, maxThroughputMiBps,
                             effective, valid, problems, warnings, trace)
  --trace                    also print the arithmetic
  -h, --help                 show this help

Example:
  awscalc ebs raid0 --count 4 --type gp3 --size 1TiB --iops 16000 --throughput 1000 --instance m6i.4xlarge
`;

function renderRaid0(v: EbsRaid0): string {
  return `${keyValues([
    ['Array', `${v.volumeCount} × ${v.volume.type} ${num(v.volume.sizeGiB)} GiB = ${num(v.capacityGiB)} GiB`],
    ['Array IOPS', `${num(v.baselineIops)} baseline, ${num(v.maxIops)} maximum`],
    [
      'Array throughput',
      `${num(v.baselineThroughputMiBps)} MiB/s baseline, ${num(v.maxThroughputMiBps)} MiB/s maximum`,
    ],
    [
      'Effective IOPS',
      `${num(v.effective.baselineIops)} baseline (limited by the ${v.effective.baselineIopsLimitedBy === 'volume' ? 'array' : 'instance'}), ${num(v.effective.maxIops)} maximum (limited by the ${v.effective.iopsLimitedBy === 'volume' ? 'array' : 'instance'})`,
    ],
    [
      'Effective throughput',
      `${num(v.effective.baselineThroughputMiBps)} MiB/s baseline (limited by the ${v.effective.baselineThroughputLimitedBy === 'volume' ? 'array' : 'instance'}), ${num(v.effective.maxThroughputMiBps)} MiB/s maximum (limited by the ${v.effective.throughputLimitedBy === 'volume' ? 'array' : 'instance'})`,
    ],
  ])}${problemsText(v.problems)}`;
}

const raid0Command: Command = {
  name: 'raid0',
  summary: 'RAID 0 over N identical volumes: aggregate IOPS/MiB/s, capped by the instance',
  help: raid0Help,
  run: (argv, io) =>
    withUsage({ name: 'ebs raid0', help: raid0Help }, io, () => {
      const { values } = parseFlags(argv, { ...VOLUME_FLAGS, count: { type: 'string' } });
      if (values.help) {
        io.out(raid0Help);
        return EXIT.ok;
      }
      if (values.count === undefined)
        throw new UsageError('give --count, the number of volumes (at least 2)');
      return printResult(io, run(ebsRaid0, { ...volumeInput(values), volumeCount: values.count }), {
        json: values.json === true,
        render: (value, trace) => withTrace(renderRaid0(value), trace, values.trace),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

// ---------------------------------------------------------------- instances

const instancesHelp = `awscalc ebs instances — the bundled instance types and their EBS limits

Usage:
  awscalc ebs instances [--json]

Baseline and maximum EBS bandwidth (Mbps), throughput (MB/s, 128 KiB I/O) and IOPS (16 KiB I/O),
with the AWS page each row comes from. For any other type, pass --instance-iops and
--instance-throughput to the other commands (aws ec2 describe-instance-types shows them).
`;

const instancesCommand: Command = {
  name: 'instances',
  summary: 'list the bundled instance types and their EBS limits',
  help: instancesHelp,
  run: (argv, io) =>
    withUsage({ name: 'ebs instances', help: instancesHelp }, io, () => {
      const { values } = parseFlags(argv, {});
      if (values.help) {
        io.out(instancesHelp);
        return EXIT.ok;
      }
      const list = ebsInstanceList();
      if (values.json) {
        io.out(`${JSON.stringify({ instances: list }, null, 2)}\n`);
        return EXIT.ok;
      }
      io.out(
        `${table([
          ['Instance', 'Baseline Mbps', 'Baseline MB/s', 'Baseline IOPS', 'Max Mbps', 'Max MB/s', 'Max IOPS'],
          ...list.map((row) => [
            row.name,
            num(row.baselineBandwidthMbps),
            num(row.baselineThroughputMBps, 3),
            num(row.baselineIops),
            num(row.maximumBandwidthMbps),
            num(row.maximumThroughputMBps, 3),
            num(row.maximumIops),
          ]),
        ])}\nSources: ${[...new Set(list.map((row) => row.source))].join(', ')}\n`,
      );
      return EXIT.ok;
    }),
};

export const ebsCommand: Command = subcommands(
  'ebs',
  'EBS volumes: performance, gp2/st1/sc1 burst credits, cost, gp2→gp3, cheapest type, RAID 0',
  [
    volumeCommand,
    simulateCommand,
    costCommand,
    migrateCommand,
    cheapestCommand,
    raid0Command,
    instancesCommand,
  ],
);
