import {
  formatUsd,
  run,
  S3_DECIMAL_SIZE_CONVENTION,
  S3_SIZE_CONVENTION,
  type S3MultipartPlan,
  s3MultipartPlan,
  type S3RequestPrefixes,
  s3RequestPrefixes,
  type S3StorageCost,
  s3StorageCost,
  type TraceStep,
} from '@awscalc/core';
import {
  type Command,
  EXIT,
  formatTrace,
  parseFlags,
  printResult,
  subcommands,
  UsageError,
  withUsage,
} from '../command.ts';
import { keyValues, table } from '../table.ts';

const SIZE_HELP = `Sizes: a number of bytes, or a number and unit. Default convention (--units binary), as on AWS's
S3 pages and bills: ${S3_SIZE_CONVENTION}. With --units decimal: ${S3_DECIMAL_SIZE_CONVENTION}.`;

const withTrace = (text: string, trace: readonly TraceStep[], show: boolean | undefined) =>
  text + (show ? `\nArithmetic:\n${formatTrace(trace)}\n` : '');

const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
const bytes = (value: number | null) => (value === null ? '—' : `${grouped(value)} bytes (${binary(value)})`);
function binary(value: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let unit = 0;
  let amount = value;
  while (amount >= 1024 && unit < units.length - 1) {
    amount /= 1024;
    unit += 1;
  }
  return `${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${units[unit]}`;
}

function priceOverrides(values: readonly string[] | undefined): Array<{ key: string; usd: string }> {
  return (values ?? []).map((entry) => {
    const match = /^([^=\s]+)=(.+)$/.exec(entry.trim());
    if (!match)
      throw new UsageError(`--price takes KEY=USD, e.g. --price s3.standard.put=0.0055 (got "${entry}")`);
    return { key: match[1]!, usd: match[2]!.trim() };
  });
}

// ── prefixes ────────────────────────────────────────────────────────────────────────────────────

const prefixesHelp = `awscalc s3 prefixes — partitioned prefixes a request rate needs

Usage:
  awscalc s3 prefixes --get-rate <rate> [--put-rate <rate>] [--prefix-count <n>] [--traffic <spread>]
                      [--json] [--trace]

S3 supports at least 5,500 GET/HEAD and 3,500 PUT/COPY/POST/DELETE requests per second per
partitioned prefix (docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html).
Prints the minimum number of partitioned prefixes (reads and writes have separate budgets), the rate a
prefix count sustains, per-prefix load for an uneven spread, and guidance on key design and on the
503 Slow Down ramp-up. AWS says "at least": every figure is a lower bound on what S3 gives.

Flags:
  --get-rate <rate>      GET/HEAD requests per second; a number or with a period: 20000, 20k/s,
                         1.2M/min (default 0)
  --put-rate <rate>      PUT/COPY/POST/DELETE requests per second (default 0)
  --prefix-count <n>     a planned number of evenly used prefixes: shows the rate it sustains and
                         reports a problem (exit 1) when it is too few
  --traffic <spread>     how requests spread over key prefixes, as prefix=share pairs; shares are
                         percentages or weights: "logs/=60, images/=40"; name each prefix once
                         (a repeated prefix is an error). Lightly used prefixes may share a partition
  --json                 print one JSON object (keys: getRate, putRate, perPrefix, readPrefixes,
                         writePrefixes, prefixes, prefixCount, sustained, utilisationPercent, traffic,
                         prefixesForTraffic, lowerBound, guidance, problems, warnings, trace)
  --trace                also print the arithmetic, step by step, with AWS sources
  -h, --help             show this help

Exit codes: 0 ok, 1 unreadable input or a planned prefix count that is too low, 2 usage error.

Examples:
  awscalc s3 prefixes --get-rate 20000 --put-rate 10000
  awscalc s3 prefixes --get-rate 55000 --prefix-count 10 --json
  awscalc s3 prefixes --get-rate 20000 --traffic "hot/=70, warm/=20, cold/=10"
`;

const prefixesCommand: Command = {
  name: 'prefixes',
  summary: 'partitioned prefixes needed for GET/HEAD and PUT/COPY/POST/DELETE rates',
  help: prefixesHelp,
  run: (argv, io) =>
    withUsage({ name: 's3 prefixes', help: prefixesHelp }, io, () => {
      const { values, positionals } = parseFlags(argv, {
        'get-rate': { type: 'string' },
        'put-rate': { type: 'string' },
        'prefix-count': { type: 'string' },
        traffic: { type: 'string' },
        trace: { type: 'boolean' },
      });
      if (values.help) {
        io.out(prefixesHelp);
        return EXIT.ok;
      }
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      if (values['get-rate'] === undefined && values['put-rate'] === undefined)
        throw new UsageError('give --get-rate and/or --put-rate, e.g. --get-rate 20000');
      const result = run(s3RequestPrefixes, {
        ...(values['get-rate'] !== undefined ? { getRate: values['get-rate'] } : {}),
        ...(values['put-rate'] !== undefined ? { putRate: values['put-rate'] } : {}),
        ...(values['prefix-count'] !== undefined ? { prefixCount: values['prefix-count'] } : {}),
        ...(values.traffic !== undefined ? { traffic: values.traffic } : {}),
      });
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) => withTrace(renderPrefixes(value), trace, values.trace),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

function renderPrefixes(value: S3RequestPrefixes): string {
  const summary = keyValues([
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
      `${grouped(value.sustained.getRate)} GET/s (${value.utilisationPercent.get}% used), ${grouped(value.sustained.putRate)} PUT/s (${value.utilisationPercent.put}% used)`,
    ],
  ]);
  const traffic =
    value.traffic.length === 0
      ? ''
      : `\n${table([
          ['Prefix', 'Share', 'GET/s', 'PUT/s', 'Partitions needed'],
          ...value.traffic.map((row) => [
            row.prefix,
            `${row.sharePercent}%`,
            grouped(row.getRate),
            grouped(row.putRate),
            `${row.partitionsNeeded}${row.overLimit ? '  ← over one prefix' : ''}`,
          ]),
        ])}Partitioned prefixes for this spread: ${value.prefixesForTraffic}\n`;
  const problems = value.problems.map((problem) => `problem: ${problem.message}\n`).join('');
  const guidance = value.guidance.map((entry) => `- ${entry.message}`).join('\n');
  return `${summary}${traffic}${problems ? `\n${problems}` : ''}\nGuidance:\n${guidance}\n`;
}

// ── multipart ───────────────────────────────────────────────────────────────────────────────────

const multipartHelp = `awscalc s3 multipart — plan a multipart upload: part size, part count, requests, cost

Usage:
  awscalc s3 multipart --size <size> [--part-size <size>] [--units binary|decimal]
                       [--storage-class <class>] [--price KEY=USD]
                       [--json] [--trace]

Limits (docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html, upload-objects.html, UsingObjects.html):
a single PUT uploads up to 5 GB (read as 5 GiB, 5,368,709,120 bytes); parts are 5 MiB to 5 GiB (the
last part may be smaller); at most 10,000 parts; the largest object is 10,000 × 5 GiB = 50,000 GiB
(48.8 TiB, which AWS calls 50 TB). AWS suggests multipart from 100 MB.

The part size is your preference (default: the AWS CLI's 8 MiB multipart_chunksize). When the object
would need more than 10,000 parts at that size, the part size is raised to ⌈size ÷ 10,000⌉ rounded up
to a whole MiB, so parts stay MiB-aligned and the value can be given to a client as e.g. 525MiB.

${SIZE_HELP}

Flags:
  --size <size>            object size, e.g. 5TiB, 6GB, 750MiB, 1099511627776 (required)
  --part-size <size>       preferred part size (default 8MiB); outside 5 MiB–5 GiB is a problem
  --units <binary|decimal> how KB/MB/GB/TB are read (default binary: 1 GB = 2^30 bytes)
  --storage-class <class>  class the object lands in; its PUT request price applies
                           (STANDARD, INTELLIGENT_TIERING, STANDARD_IA, ONEZONE_IA, GLACIER_IR,
                           GLACIER, DEEP_ARCHIVE; default STANDARD)
  --price KEY=USD          override a price, repeatable, e.g. --price s3.standard.put=0.0055
  --json                   print one JSON object (keys include singlePutAllowed, multipartRequired,
                           multipartRecommended, minPartSizeBytes, partSizeBytes, partCount,
                           lastPartSizeBytes, maxObjectBytesAtPartSize, requests, cost, problems,
                           warnings, trace; sizes in bytes)
  --trace                  also print the arithmetic, step by step, with AWS sources
  -h, --help               show this help

Exit codes: 0 ok, 1 unreadable input or a problem (object above the maximum, part size outside
5 MiB–5 GiB), 2 usage error.

Examples:
  awscalc s3 multipart --size 5TiB
  awscalc s3 multipart --size 5TiB --part-size 8MiB --json
  awscalc s3 multipart --size 60TB
  awscalc s3 multipart --size 50TB --units decimal
`;

const multipartCommand: Command = {
  name: 'multipart',
  summary: 'single PUT or multipart, part size and count for an object, requests and their cost',
  help: multipartHelp,
  run: (argv, io) =>
    withUsage({ name: 's3 multipart', help: multipartHelp }, io, () => {
      const { values, positionals } = parseFlags(argv, {
        size: { type: 'string' },
        'part-size': { type: 'string' },
        units: { type: 'string' },
        'storage-class': { type: 'string' },
        price: { type: 'string', multiple: true },
        trace: { type: 'boolean' },
      });
      if (values.help) {
        io.out(multipartHelp);
        return EXIT.ok;
      }
      const size = values.size ?? positionals[0];
      if (size === undefined) throw new UsageError('give the object size, e.g. --size 5TiB');
      if (positionals.length > (values.size === undefined ? 1 : 0))
        throw new UsageError(`unexpected argument "${positionals.at(-1)}"`);
      const result = run(s3MultipartPlan, {
        size,
        ...(values['part-size'] !== undefined ? { partSize: values['part-size'] } : {}),
        ...(values.units !== undefined ? { units: values.units } : {}),
        ...(values['storage-class'] !== undefined ? { storageClass: values['storage-class'] } : {}),
        priceOverrides: priceOverrides(values.price),
      });
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) => withTrace(renderMultipart(value), trace, values.trace),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

function renderMultipart(value: S3MultipartPlan): string {
  const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
  const pairs: Array<readonly [string, string]> = [
    ['Object size', bytes(value.objectBytes)],
    ['Single PUT allowed', `${yesNo(value.singlePutAllowed)} (limit ${bytes(value.singlePutMaxBytes)})`],
    ['Multipart required', yesNo(value.multipartRequired)],
    ['Multipart recommended', `${yesNo(value.multipartRecommended)} (AWS: from 100 MB)`],
  ];
  if (value.partSizeBytes !== null) {
    pairs.push(
      ['Smallest valid part size', bytes(value.minPartSizeBytes)],
      ['Preferred part size', bytes(value.preferredPartSizeBytes)],
      ['Part size to use', `${bytes(value.partSizeBytes)}${value.partSizeAdjusted ? '  (adjusted)' : ''}`],
      ['Parts', grouped(value.partCount ?? 0)],
      ['Last part', bytes(value.lastPartSizeBytes)],
      ['Largest object at this part size', bytes(value.maxObjectBytesAtPartSize)],
      [
        'AWS CLI, adjusting by itself',
        value.awsCli
          ? `${bytes(value.awsCli.partSizeBytes)} × ${grouped(value.awsCli.partCount)} parts (doubles its part size until ≤ 10,000 parts)`
          : '—',
      ],
      [
        'Requests',
        `${grouped(value.requests?.total ?? 0)} (1 Create + ${grouped(value.requests?.uploadPart ?? 0)} UploadPart + 1 Complete)`,
      ],
      [
        'Request cost',
        `${formatUsd(value.cost?.totalUsd ?? '0')} at ${value.cost?.lines[0]?.unitPriceUsd ?? '?'} USD per 1,000 (${value.storageClass}, ${value.region}, as of ${value.cost?.lines[0]?.asOf ?? '?'})`,
      ],
    );
  }
  pairs.push(['Largest S3 object', bytes(value.maxObjectBytes)]);
  const problems = value.problems.map((problem) => `problem: ${problem.message}\n`).join('');
  return `${keyValues(pairs)}${problems ? `\n${problems}` : ''}`;
}

// ── cost ────────────────────────────────────────────────────────────────────────────────────────

const costHelp = `awscalc s3 cost — monthly cost of a dataset in every S3 storage class, side by side

Usage:
  awscalc s3 cost (--objects <n> --average-size <size> | --total-size <size> [--objects <n>])
                  [--puts <n>] [--gets <n>] [--retrieved <size>] [--retrieved-objects <n>]
                  [--deleted <n> --deleted-after-days <days>] [--int-mix f,i,a] [--classes <list>]
                  [--units binary|decimal]
                  [--month-hours 730|720] [--price KEY=USD] [--lines] [--json] [--trace]

Prices every class (S3 Standard, Intelligent-Tiering, Standard-IA, One Zone-IA, Glacier Instant
Retrieval, Glacier Flexible Retrieval, Glacier Deep Archive) for the same profile: storage (Standard
tiered at 50 TB / 450 TB / over 500 TB), requests, retrieval fees, the 128 KB minimum billable object
size (Standard-IA, One Zone-IA, Glacier IR), the 32 KB + 8 KB per-object overhead (Glacier Flexible
Retrieval, Deep Archive), minimum storage durations (30 / 90 / 180 days) for objects deleted early,
and the Intelligent-Tiering monitoring fee (objects ≥ 128 KB only). Prices: us-east-1 list prices from
aws.amazon.com/s3/pricing, each line with region, source and as-of date. Money is exact decimal.

${SIZE_HELP}
Storage is billed per GB-month with GB = 2^30 bytes whatever --units says.
Counts accept k, M, B suffixes (1M = 1,000,000).

Flags:
  --objects <n>              number of objects (needed for per-object minimums, overheads, fees)
  --average-size <size>      average object size, e.g. 256KB
  --total-size <size>        total stored size, e.g. 10TB (instead of --average-size)
  --units <binary|decimal>   how KB/MB/GB/TB are read (default binary: 1 GB = 2^30 bytes)
  --puts <n>                 PUT, COPY, POST, LIST requests per month (default 0)
  --gets <n>                 GET, SELECT and other requests per month (default 0)
  --retrieved <size>         data read back per month (retrieval fees; default 0)
  --retrieved-objects <n>    objects restored per month from Glacier Flexible / Deep Archive
                             (default: retrieved size ÷ average size)
  --deleted <n>              objects deleted, overwritten or transitioned out per month
  --deleted-after-days <d>   their age when deleted; below a class's minimum the rest is billed
  --int-mix <f,i,a>          Intelligent-Tiering split of monitored data, percent Frequent,
                             Infrequent, Archive Instant (default 100,0,0)
  --classes <list>           only these classes, comma-separated (e.g. STANDARD,STANDARD_IA)
  --month-hours <730|720>    month convention (default 730, the AWS Pricing Calculator's)
  --price KEY=USD            override a price, repeatable (e.g. --price s3.standard_ia.storage=0.0138)
  --lines                    also print every line item with its unit price
  --json                     print one JSON object (keys: region, month, sizeConvention, dataset,
                             classes[] with totalUsd, subtotalsUsd and lines[] (quantity, unit,
                             unitPriceUsd, costUsd, region, source, asOf), cheapest, cheapestTotalUsd,
                             assumptions, problems, warnings, trace)
  --trace                    also print the arithmetic, step by step, with AWS sources
  -h, --help                 show this help

Exit codes: 0 ok, 1 unreadable or incomplete input or a problem (an average object above the largest S3 object), 2 usage error.

Examples:
  awscalc s3 cost --objects 1M --average-size 256KB --puts 1M --gets 10M
  awscalc s3 cost --objects 10M --average-size 50KB --deleted 100k --deleted-after-days 10 --lines
  awscalc s3 cost --total-size 500TB --retrieved 1TB --json
`;

const costCommand: Command = {
  name: 'cost',
  summary: 'monthly storage, request, retrieval and early-deletion cost in every storage class',
  help: costHelp,
  run: (argv, io) =>
    withUsage({ name: 's3 cost', help: costHelp }, io, () => {
      const { values, positionals } = parseFlags(argv, {
        objects: { type: 'string' },
        'average-size': { type: 'string' },
        'total-size': { type: 'string' },
        units: { type: 'string' },
        puts: { type: 'string' },
        gets: { type: 'string' },
        retrieved: { type: 'string' },
        'retrieved-objects': { type: 'string' },
        deleted: { type: 'string' },
        'deleted-after-days': { type: 'string' },
        'int-mix': { type: 'string' },
        classes: { type: 'string' },
        'month-hours': { type: 'string' },
        price: { type: 'string', multiple: true },
        lines: { type: 'boolean' },
        trace: { type: 'boolean' },
      });
      if (values.help) {
        io.out(costHelp);
        return EXIT.ok;
      }
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const optional = <T>(key: string, value: T | undefined) =>
        value === undefined ? {} : { [key]: value };
      const result = run(s3StorageCost, {
        ...optional('objectCount', values.objects),
        ...optional('averageObjectSize', values['average-size']),
        ...optional('totalSize', values['total-size']),
        ...optional('units', values.units),
        ...optional('putRequests', values.puts),
        ...optional('getRequests', values.gets),
        ...optional('retrievedSize', values.retrieved),
        ...optional('retrievedObjects', values['retrieved-objects']),
        ...optional('deletedObjects', values.deleted),
        ...optional('deletedAfterDays', values['deleted-after-days']),
        ...optional('intelligentTiering', values['int-mix']),
        ...optional(
          'storageClasses',
          values.classes?.split(',').map((part) => part.trim()),
        ),
        ...optional('monthHours', values['month-hours']),
        priceOverrides: priceOverrides(values.price),
      });
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) => withTrace(renderCost(value, values.lines === true), trace, values.trace),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

function renderCost(value: S3StorageCost, lines: boolean): string {
  const rows = value.classes.map((entry) => [
    entry.label,
    formatUsd(entry.subtotalsUsd.storage),
    formatUsd(entry.subtotalsUsd.requests),
    formatUsd(entry.subtotalsUsd.retrieval),
    formatUsd(entry.subtotalsUsd.early_deletion),
    formatUsd(entry.subtotalsUsd.monitoring),
    formatUsd(entry.totalUsd),
    entry.cheapest ? '← cheapest' : '',
  ]);
  const dataset = value.dataset;
  const header = keyValues([
    [
      'Dataset',
      `${dataset.objectCount === null ? 'unknown number of' : grouped(dataset.objectCount)} objects, ${grouped(Number(dataset.totalGb))} GB (GB = 2^30 bytes)`,
    ],
    ['Month', value.month.label],
    [
      'Prices',
      `${value.region}, aws.amazon.com/s3/pricing (see --lines or --json for each line's source and date)`,
    ],
  ]);
  const comparison = table([
    [
      'Storage class',
      'Storage',
      'Requests',
      'Retrieval',
      'Early deletion',
      'Monitoring',
      'Total / month',
      '',
    ],
    ...rows,
  ]);
  const detail = lines
    ? value.classes
        .map(
          (entry) =>
            `\n${entry.label}\n${table([
              ['Item', 'Quantity', 'Unit', 'Unit price (USD)', 'Cost', 'Region', 'As of'],
              ...entry.lines.map((line) => [
                line.description,
                line.quantity,
                line.unit,
                line.unitPriceUsd,
                formatUsd(line.costUsd),
                line.region,
                line.asOf,
              ]),
            ])}`,
        )
        .join('')
    : '';
  const assumptions = value.assumptions.map((entry) => `- ${entry}`).join('\n');
  const problems = value.problems.map((problem) => `problem: ${problem.message}\n`).join('');
  return `${header}\n${comparison}${detail}\nAssumptions:\n${assumptions}\n${problems ? `\n${problems}` : ''}`;
}

export const s3Command = subcommands(
  's3',
  'S3 request-rate prefixes, multipart upload plans and storage-class costs',
  [prefixesCommand, multipartCommand, costCommand],
);
