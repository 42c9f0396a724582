import { spawnSync } from 'node:child_process';
import { calculatorEntry, inputFields } from '@awscalc/core';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from './runCli.ts';

const cli = (...argv: string[]) => runCli(argv);

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('awscalc s3 prefixes', () => {
  it('prints the contract keys for 20,000 GET/s and 10,000 PUT/s (4 and 3 prefixes at 5,500 / 3,500 per prefix)', async () => {
    const { code, stdout } = await cli(
      's3',
      'prefixes',
      '--get-rate',
      '20000',
      '--put-rate',
      '10000',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      prefixes: 4,
      readPrefixes: 4,
      writePrefixes: 3,
      problems: [],
      lowerBound: true,
    });
    expect(Number.isInteger(json.prefixes)).toBe(true);
    expect(Array.isArray(json.trace)).toBe(true);
    expect(json.trace[0].source).toBe(
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html',
    );
  });

  it('explains the result in text, with lower-bound and 503 Slow Down guidance', async () => {
    const { code, stdout } = await cli('s3', 'prefixes', '--get-rate', '20k/s');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Partitioned prefixes needed\s+4 \(lower bound\)/);
    expect(stdout).toContain('503 Slow Down');
  });

  it('shows per-prefix load for a spread and warns about the hot prefix', async () => {
    const { code, stdout } = await cli(
      's3',
      'prefixes',
      '--get-rate',
      '10000',
      '--traffic',
      'hot/=80,cold/=20',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/hot\/\s+80%\s+8,000\s+0\s+2 {2}← over one prefix/);
    expect(stdout).toContain('warning: "hot/" carries 80%');
  });

  it('makes the partitions column add up to the total: light prefixes say "shared" and are counted once, together', async () => {
    const { code, stdout } = await cli(
      's3',
      'prefixes',
      '--get-rate',
      '10000',
      '--traffic',
      'hot/=80, warm/=10, cold/=10',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/warm\/\s+10%\s+1,000\s+0\s+shared/);
    expect(stdout).toMatch(/\(2 lightly used, together\)\s+1\n/);
    expect(stdout).toContain(
      'Partitioned prefixes for this spread: 3 = 2 for the hot prefixes + 1 shared by 2 lightly used prefixes',
    );
  });

  it('names the flag and the label of a bad value, reads 12,000, and refuses an over-long --traffic before parsing it', async () => {
    const bad = await cli('s3', 'prefixes', '--get-rate', 'fast');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error \(--get-rate\): GET rate: /);
    const grouped = await cli('s3', 'prefixes', '--get-rate', '12,000', '--json');
    expect(JSON.parse(grouped.stdout).readPrefixes).toBe(3);
    const long = await cli('s3', 'prefixes', '--get-rate', '1', '--traffic', 'a'.repeat(100_001), '--json');
    expect(long.code).toBe(1);
    expect(JSON.parse(long.stdout).issues).toMatchObject([{ code: 'text_too_long', path: ['traffic'] }]);
    const many = Array.from({ length: 10_001 }, (_, index) => `p${index}=1`).join(',');
    const tooMany = await cli('s3', 'prefixes', '--get-rate', '1', '--traffic', many);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain(
      'error (--traffic): Traffic spread lists 10,001 prefixes; at most 10,000 are read.',
    );
  });

  it('rejects a prefix named twice, and does not claim 100 GET/s over two light prefixes needs 2 partitions', async () => {
    const duplicate = await cli('s3', 'prefixes', '--get-rate', '100', '--traffic', 'a=50,a=50', '--json');
    expect(duplicate.code).toBe(1);
    expect(JSON.parse(duplicate.stdout).issues).toMatchObject([
      { code: 'traffic_duplicate_prefix', path: ['traffic', 1, 'prefix'] },
    ]);
    const light = await cli('s3', 'prefixes', '--get-rate', '100', '--traffic', 'logs/=60,images/=40');
    expect(light.code).toBe(0);
    expect(light.stdout).toContain('Partitioned prefixes for this spread: 1');
    expect(light.stdout + light.stderr).not.toContain('warning');
  });

  it('exits 1 with a problem when a planned prefix count is too low', async () => {
    const { code, stdout } = await cli(
      's3',
      'prefixes',
      '--get-rate',
      '20000',
      '--prefix-count',
      '3',
      '--json',
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).problems[0].code).toBe('prefix_count_too_low');
  });

  it('is a usage error (exit 2) without any rate', async () => {
    const { code, stderr } = await cli('s3', 'prefixes');
    expect(code).toBe(2);
    expect(stderr).toContain('--get-rate');
  });
});

describe('awscalc s3 multipart', () => {
  it('plans a 5 TiB upload with the contract keys: 525 MiB parts, 9,987 parts', async () => {
    const { code, stdout } = await cli('s3', 'multipart', '--object-size', '5TiB', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      singlePutAllowed: false,
      multipartRequired: true,
      partSizeBytes: 525 * MiB,
      partCount: 9987,
      lastPartSizeBytes: 5 * 1024 * GiB - 9986 * 525 * MiB,
      problems: [],
    });
  });

  it('takes --part-size as a preference and says when it had to be raised', async () => {
    const kept = JSON.parse(
      (await cli('s3', 'multipart', '--object-size', '1GiB', '--part-size', '8MiB', '--json')).stdout,
    );
    expect(kept).toMatchObject({ partSizeBytes: 8 * MiB, partSizeAdjusted: false, partCount: 128 });
    const raised = await cli('s3', 'multipart', '--object-size', '5TiB', '--part-size', '8MiB');
    expect(raised.stdout).toMatch(/Part size to use\s+550,502,400 bytes \(525 MiB\) {2}\(adjusted\)/);
    expect(raised.stdout).toContain('warning: 8 MiB');
  });

  it('exits non-zero with problems for an object above the maximum', async () => {
    const { code, stdout } = await cli('s3', 'multipart', '--object-size', '60TB', '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).problems.map((problem: { code: string }) => problem.code)).toEqual([
      'object_too_large',
    ]);
  });

  it('exits non-zero for a part size outside 5 MiB–5 GiB', async () => {
    const { code, stdout } = await cli('s3', 'multipart', '--object-size', '100GiB', '--part-size', '6GiB');
    expect(code).toBe(1);
    expect(stdout).toContain("above S3's 5 GiB maximum");
  });

  it('reads sizes in SI units with --units decimal', async () => {
    const binary = await cli('s3', 'multipart', '--object-size', '50TB', '--json');
    expect(binary.code).toBe(1);
    const decimal = await cli('s3', 'multipart', '--object-size', '50TB', '--units', 'decimal', '--json');
    expect(decimal.code).toBe(0);
    // ⌈(50 × 10^12 ÷ 10,000) ÷ 2^20⌉ = 4,769 MiB
    expect(JSON.parse(decimal.stdout)).toMatchObject({ objectBytes: 50e12, partSizeBytes: 4769 * MiB });
  });

  it('reports 6 GB as needing multipart in text', async () => {
    const { stdout } = await cli('s3', 'multipart', '6GB');
    expect(stdout).toMatch(/Single PUT allowed\s+no/);
  });

  it('prints issues for an unreadable size and rejects a malformed --price', async () => {
    const bad = await cli('s3', 'multipart', '--object-size', 'huge', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).issues[0].path).toEqual(['objectSize']);
    const price = await cli('s3', 'multipart', '--object-size', '1GiB', '--price', 'oops');
    expect(price.code).toBe(1);
    expect(price.stderr).toContain('error (--price): Price override "oops" is not KEY=USD');
    const priced = await cli(
      's3',
      'multipart',
      '--object-size',
      '10MiB',
      '--price',
      's3.standard.put=0.01',
      '--json',
    );
    expect(JSON.parse(priced.stdout).cost.lines[0].unitPriceUsd).toBe('0.01');
  });
});

describe('awscalc s3 cost', () => {
  it('prints money and byte strings in fixed-point, never exponent notation (1 object of 1 byte)', async () => {
    const { code, stdout } = await cli('s3', 'cost', '--objects', '1', '--average-size', '1', '--json');
    expect(code).toBe(0);
    const numericStrings: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') {
        if (node.trim() !== '' && Number.isFinite(Number(node))) numericStrings.push(node);
      } else if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    const json = JSON.parse(stdout);
    walk(json);
    // 1 byte at $0.023 per GB-month is about 2.1e-11 USD: the strings must still read as plain decimals.
    expect(numericStrings.length).toBeGreaterThan(10);
    for (const text of numericStrings) expect(text).toMatch(/^-?\d+(\.\d+)?$/);
    const standard = json.classes.find(
      (entry: { storageClass: string }) => entry.storageClass === 'STANDARD',
    );
    expect(standard.monthlyUsd).toMatch(/^0\.0{10}[1-9]\d*$/);
  });

  it('says a dataset total above 2^53 bytes is beyond exact arithmetic (S3 buckets have no size limit)', async () => {
    const { code, stdout } = await cli('s3', 'cost', '--total-size', '9PiB', '--json');
    expect(code).toBe(1);
    const [issue] = JSON.parse(stdout).issues;
    expect(issue).toMatchObject({ code: 'byte_size_too_large', path: ['totalSize'] });
    expect(issue.message).not.toContain('no single AWS object');
  });

  it('prints per-class totals and line items with unit prices, region, source and as-of', async () => {
    const { code, stdout } = await cli(
      's3',
      'cost',
      '--objects',
      '1M',
      '--average-size',
      '50KB',
      '--gets',
      '10M',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.classes.map((entry: { storageClass: string }) => entry.storageClass)).toEqual([
      'STANDARD',
      'INTELLIGENT_TIERING',
      'STANDARD_IA',
      'ONEZONE_IA',
      'GLACIER_IR',
      'GLACIER',
      'DEEP_ARCHIVE',
    ]);
    const ia = json.classes.find((entry: { storageClass: string }) => entry.storageClass === 'STANDARD_IA');
    expect(ia.billableBytesPerObject).toBe('131072');
    expect(ia.lines[0]).toMatchObject({
      unit: 'GB-month',
      unitPriceUsd: '0.0125',
      region: 'us-east-1',
      source: 'https://aws.amazon.com/s3/pricing/',
    });
    expect(typeof ia.monthlyUsd).toBe('string');
    expect(json.month).toMatchObject({ hours: 730 });
    expect(json.cheapest).toBe(
      json.classes.find((entry: { cheapest: boolean }) => entry.cheapest).storageClass,
    );
  });

  it('exits 1 and prints the problem when the average object is above the largest S3 object (48.8 TiB)', async () => {
    const { code, stdout } = await cli('s3', 'cost', '--objects', '2', '--total-size', '100TiB');
    expect(code).toBe(1);
    expect(stdout).toContain(
      'problem (--total-size): An average object of 54,975,581,388,800 bytes is larger',
    );
  });

  it('leaves number parsing to the calculator, so each bad number is named with what is valid', async () => {
    const month = await cli('s3', 'cost', '--objects', '1', '--average-size', '1GB', '--month', 'abc');
    expect(month.code).toBe(1);
    expect(month.stderr).toContain('error (--month): Month must be 730 hours');
    const age = await cli(
      's3',
      'cost',
      '--objects',
      '1',
      '--average-size',
      '1GB',
      '--deleted',
      '1',
      '--deleted-after-days=-1',
    );
    expect(age.stderr).toContain('error (--deleted-after-days): Age at deletion must be at least 0 days');
    const count = await cli('s3', 'prefixes', '--get-rate', '100', '--prefix-count', '1e400');
    expect(count.stderr).toContain('error (--prefix-count): Prefix count must be at most 1,000,000 prefixes');
  });

  it('prints a side-by-side table with the cheapest class marked, and line items on request', async () => {
    const { code, stdout } = await cli('s3', 'cost', '--total-size', '10TB', '--objects', '10k', '--lines');
    expect(code).toBe(0);
    expect(stdout).toMatch(/S3 Glacier Deep Archive .*← cheapest/);
    expect(stdout).toContain('Unit price (USD)');
  });

  it('charges early deletion with --deleted and --deleted-after-days', async () => {
    const { stdout } = await cli(
      's3',
      'cost',
      '--objects',
      '1',
      '--average-size',
      '1GiB',
      '--deleted',
      '1',
      '--deleted-after-days',
      '10',
      '--month',
      '720',
      '--classes',
      'standard-ia',
      '--json',
    );
    const line = JSON.parse(stdout).classes[0].lines.find(
      (entry: { category: string }) => entry.category === 'early_deletion',
    );
    expect(line.quantity).toBe('0.6666666666666666666666666666666666666667');
  });

  it('exits 1 with issues when the dataset is missing', async () => {
    const { code, stderr } = await cli('s3', 'cost', '--puts', '5');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error (--average-size): Give the dataset size: Objects and Average object size',
    );
    expect(stderr).not.toContain('averageObjectSize');
  });

  it('reads --retrieved-size and --month, and still reads the old --retrieved and --month-hours with a note', async () => {
    const args = ['s3', 'cost', '--total-size', '1TiB', '--classes', 'STANDARD_IA', '--json'];
    const current = await cli(...args, '--retrieved-size', '100GiB', '--month', '720');
    const old = await cli(...args, '--retrieved', '100GiB', '--month-hours', '720');
    expect(current.code).toBe(0);
    expect(old.code).toBe(0);
    const retrieval = (stdout: string) => JSON.parse(stdout).classes[0].subtotalsUsd.retrieval;
    // 100 GiB at $0.01 per GB retrieved from Standard-IA.
    expect(retrieval(current.stdout)).toBe('1');
    expect(retrieval(old.stdout)).toBe('1');
    expect(JSON.parse(old.stdout).month.hours).toBe(720);
    expect(old.stderr).toContain('note: --retrieved is now --retrieved-size');
    const both = await cli(...args, '--month', '720', '--month-hours', '720');
    expect(both.code).toBe(2);
  });

  it('prints the class comparison as CSV with --output csv', async () => {
    const { code, stdout } = await cli(
      's3',
      'cost',
      '--total-size',
      '10TiB',
      '--classes',
      'STANDARD',
      '--output',
      'csv',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('S3 Standard,$235.52,$0.00,$0.00,$0.00,$0.00,$235.52,');
  });
});

describe('awscalc s3', () => {
  it('lists its commands', async () => {
    const { code, stdout } = await cli('s3', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/prefixes[\s\S]*multipart[\s\S]*cost/);
  });

  it('documents the size convention in help', async () => {
    const { stdout } = await cli('s3', 'multipart', '--help');
    expect(stdout).toContain('1 GB = 1 GiB = 2^30 bytes');
  });

  it('runs from the real bin and exits 1 for an object above the maximum', () => {
    // The old --size still works (it became --object-size; EBS's --size is a volume's GiB).
    const result = spawnSync(process.execPath, [BIN, 's3', 'multipart', '--size', '100TB', '--json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).problems[0].code).toBe('object_too_large');
    expect(result.stderr).toContain('note: --size is now --object-size');
  });

  it('suggests a flag for a typo', async () => {
    const typo = await cli('s3', 'prefixes', '--get-rat', '1');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean --get-rate?');
  });

  it('keeps the documented flags, now from field metadata', () => {
    const flags = (id: string) => inputFields(calculatorEntry(id)).map((field) => field.flag);
    expect(flags('s3.prefixes')).toEqual(['get-rate', 'put-rate', 'prefix-count', 'traffic']);
    expect(flags('s3.multipart')).toEqual(['object-size', 'part-size', 'units', 'storage-class', 'price']);
    expect(flags('s3.cost')).toEqual([
      'objects',
      'average-size',
      'total-size',
      'puts',
      'gets',
      'retrieved-size',
      'retrieved-objects',
      'deleted',
      'deleted-after-days',
      'int-mix',
      'classes',
      'units',
      'month',
      'price',
    ]);
  });
});
