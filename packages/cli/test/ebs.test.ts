import { spawnSync } from 'node:child_process';
import { calculators, inputFields } from '@awscalc/core';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, runCliJson } from './runCli.ts';

const cli = (...argv: string[]) => runCli(argv);
const json = async (...argv: string[]) => {
  const result = await runCliJson(argv);
  return { code: result.code, value: result.json };
};

describe('awscalc ebs volume', () => {
  it('prints the contract keys for gp2 100 GiB (AWS table: 300 IOPS, 2,000 s burst, 18,000 s refill)', async () => {
    const { code, value } = await json('ebs', 'volume', '--type', 'gp2', '--size', '100');
    expect(code).toBe(0);
    expect(value).toMatchObject({
      type: 'gp2',
      sizeGiB: 100,
      baselineIops: 300,
      maxIops: 3_000,
      baselineThroughputMiBps: 75,
      maxThroughputMiBps: 128,
      burstSeconds: 2_000,
      refillSeconds: 18_000,
      problems: [],
    });
    expect(value.trace.length).toBeGreaterThan(3);
    expect(value.trace.some((step: { source?: string }) => step.source?.includes('general-purpose'))).toBe(
      true,
    );
  });

  it('gives null burst and refill for a volume that does not burst', async () => {
    const { value } = await json(
      'ebs',
      'volume',
      '--type',
      'gp3',
      '--size',
      '500',
      '--iops',
      '6000',
      '--throughput',
      '500',
    );
    expect([value.burstSeconds, value.refillSeconds, value.maxIops, value.maxThroughputMiBps]).toEqual([
      null,
      null,
      6_000,
      500,
    ]);
  });

  it('exits 1 and lists the problems of a configuration AWS would reject', async () => {
    const { code, value } = await json(
      'ebs',
      'volume',
      '--type',
      'gp3',
      '--size',
      '10',
      '--iops',
      '3000',
      '--throughput',
      '1000',
    );
    expect(code).toBe(1);
    expect(value.problems).toEqual([
      expect.objectContaining({
        code: 'throughput_ratio_exceeded',
        message: expect.stringContaining('gp3 throughput 1,000 MiB/s needs at least 4,000 IOPS'),
      }),
    ]);
    const human = await cli(
      'ebs',
      'volume',
      '--type',
      'gp3',
      '--size',
      '10',
      '--iops',
      '3000',
      '--throughput',
      '1000',
    );
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('AWS would reject this configuration');
  });

  it('caps by a bundled instance and shows the arithmetic with --trace', async () => {
    const { stdout } = await cli(
      'ebs',
      'volume',
      '--type',
      'io2',
      '--size',
      '200',
      '--iops',
      '60000',
      '--instance',
      'm6i.large',
      '--trace',
    );
    expect(stdout).toMatch(/Effective maximum IOPS\s+40,000 \(limited by the instance\)/);
    expect(stdout).toContain('Arithmetic:');
    expect(stdout).toContain('docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html');
  });

  it("shows the effective baseline capped by the instance's EBS baseline (m6i.large: 3,600 IOPS)", async () => {
    const { stdout } = await cli(
      'ebs',
      'volume',
      '--type',
      'gp3',
      '--size',
      '100',
      '--iops',
      '12000',
      '--instance',
      'm6i.large',
    );
    expect(stdout).toMatch(/Effective baseline IOPS\s+3,600 \(limited by the instance\)/);
    expect(stdout).toMatch(/Effective maximum IOPS\s+12,000 \(limited by the volume\)/);
    expect(stdout).toContain('sustains its EBS maximum for 30 minutes');
  });

  it('answers huge numbers with the limit alone, and refuses a stray comma in --demand', async () => {
    const iops = await json('ebs', 'cheapest', '--iops', '1e300');
    expect(iops.value.issues.map((issue: { message: string }) => issue.message)).toEqual([
      'IOPS must be at most 1,000,000,000, e.g. 10000.',
    ]);
    const size = await json('ebs', 'volume', '--type', 'gp3', '--size', '1e30');
    expect(size.value.issues).toHaveLength(1);
    const rate = await cli('ebs', 'simulate', '--type', 'gp2', '--size', '100', '--demand', '1e308:1e308');
    expect(rate.stderr + rate.stdout).toContain('is beyond any EBS volume; give at most 1e9');
    const comma = await cli('ebs', 'simulate', '--type', 'gp2', '--size', '100', '--demand', '2500:600,');
    expect(comma.code).toBe(1);
    expect(comma.stderr + comma.stdout).toContain('Period 2 is empty');
  });

  it('reports input errors as issues naming the flag (exit 1), missing fields and unknown flags as usage errors (exit 2)', async () => {
    const bad = await json('ebs', 'volume', '--type', 'gp9', '--size', '100');
    expect(bad.code).toBe(1);
    expect(bad.value.issues[0].path).toEqual(['type']);
    const missing = await cli('ebs', 'volume', '--type', 'gp2');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --size (Size, e.g. --size 100)');
    const unknown = await cli('ebs', 'cost', '--type', 'gp3', '--size', '100', '--instance', 'm5.large');
    expect(unknown.code).toBe(2);
  });

  it('reads the number of volumes as --volume-count, and the old --count with a note', async () => {
    const now = await json('ebs', 'cost', '--type', 'gp3', '--size', '100', '--volume-count', '3');
    expect(now.value.volumeCount).toBe(3);
    const old = await cli('ebs', 'raid0', '--type', 'gp3', '--size', '100', '--count', '4', '--json');
    expect(JSON.parse(old.stdout).volumeCount).toBe(4);
    expect(old.stderr).toBe('note: --count is now --volume-count\n');
    const both = await cli('ebs', 'migrate', '--size', '100', '--count', '2', '--volume-count', '2');
    expect(both.code).toBe(2);
  });

  it('reads numbers as people type them and names the field by its label', async () => {
    const { code, value } = await json(
      'ebs',
      'volume',
      '--type',
      'gp3',
      '--size',
      '1,000',
      '--iops',
      '12,000',
    );
    expect(code).toBe(0);
    expect(value).toMatchObject({ sizeGiB: 1_000, iops: 12_000 });
    const bad = await cli('ebs', 'volume', '--type', 'gp3', '--size', '100', '--throughput', '12,00');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'error (--throughput): Throughput: "12,00" has a misplaced thousands separator',
    );
    const instance = await cli('ebs', 'volume', '--type', 'gp3', '--size', '100', '--instance-iops', 'lots');
    expect(instance.stderr).toContain('Instance EBS maximum IOPS must be a number');
  });

  it('refuses an over-long --demand before reading it, with its own message (exit 1)', async () => {
    const long = await json(
      'ebs',
      'simulate',
      '--type',
      'gp2',
      '--size',
      '100',
      '--demand',
      '2500:600,'.repeat(4_000),
    );
    expect(long.code).toBe(1);
    expect(long.value.issues.map((issue: { code: string }) => issue.code)).toEqual(['text_too_long']);
    const many = await cli(
      'ebs',
      'simulate',
      '--type',
      'gp2',
      '--size',
      '100',
      '--demand',
      Array(1_001).fill('1:1').join(','),
    );
    expect(many.stderr).toContain('error (--demand): Demand has 1,001 periods; at most 1,000 are simulated');
  });
});

describe('awscalc ebs simulate', () => {
  it('prints the timeline, emptyAtSeconds and the final balance for the issue example', async () => {
    const { code, value } = await json(
      'ebs',
      'simulate',
      '--type',
      'gp2',
      '--size',
      '100',
      '--demand',
      '2500:600,200:3600',
    );
    expect(code).toBe(0);
    expect(value.timeline).toHaveLength(2);
    // 5,400,000 − (2,500 − 300) × 600 + (300 − 200) × 3,600.
    expect(value.finalBalance).toBe(4_440_000);
    expect(value.emptyAtSeconds).toBeNull();
  });

  it('finds when the bucket empties with --repeat and unit durations', async () => {
    const { value } = await json(
      'ebs',
      'simulate',
      '--type',
      'gp2',
      '--size',
      '100',
      '--demand',
      '2500:10m,200:1h',
      '--repeat',
      '6',
    );
    expect(value.timeline).toHaveLength(12);
    expect(value.emptyAtSeconds).toBeCloseTo(5 * 4_200 + 600_000 / 2_200, 6);
    const human = await cli(
      'ebs',
      'simulate',
      '--type',
      'gp2',
      '--size',
      '100',
      '--demand',
      '2500:10m,200:1h',
      '--repeat',
      '6',
    );
    expect(human.stdout).toContain('2,500 → 300');
  });

  it('rejects a demand it cannot read', async () => {
    const { code, value } = await json(
      'ebs',
      'simulate',
      '--type',
      'gp2',
      '--size',
      '100',
      '--demand',
      '2500',
    );
    expect(code).toBe(1);
    expect(value.issues[0].code).toBe('demand_invalid');
  });
});

describe('awscalc ebs cost, migrate, cheapest, raid0, instances', () => {
  it('prices gp3 line by line with region, source and as-of, and names the month', async () => {
    const { value } = await json(
      'ebs',
      'cost',
      '--type',
      'gp3',
      '--size',
      '2000',
      '--iops',
      '10000',
      '--throughput',
      '500',
    );
    // us-east-1 list: 2,000 × $0.08 + 7,000 × $0.005 + 375 × $0.04.
    expect(value.monthlyUsd).toBe('210');
    expect(value.region).toBe('us-east-1');
    expect(value.month.hours).toBe(730);
    expect(value.lines[0]).toMatchObject({
      source: 'https://aws.amazon.com/ebs/pricing/',
      asOf: '2026-09-30',
      region: 'us-east-1',
    });
  });

  it('reproduces the pricing page proration (12 hours of a 30-day month) and takes price overrides', async () => {
    const { value } = await json(
      'ebs',
      'cost',
      '--type',
      'gp3',
      '--size',
      '2000',
      '--iops',
      '10000',
      '--throughput',
      '500',
      '--hours',
      '12',
      '--month',
      '720',
      '--price',
      'ebs.gp3.storage=0.09394',
    );
    expect(value.lines[0].costUsd.startsWith('3.13133')).toBe(true);
    const bad = await cli('ebs', 'cost', '--type', 'gp3', '--size', '1', '--price', 'nonsense');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error \(--price\): .*KEY=USD/);
  });

  it('migrates 500 GiB gp2 to gp3 and prints the saving', async () => {
    const { value } = await json('ebs', 'migrate', '--size', '500');
    expect(value.gp3).toMatchObject({ iops: 3_000, throughputMiBps: 250 });
    expect([value.gp2.monthlyUsd, value.gp3.monthlyUsd, value.savingUsd]).toEqual(['50', '45', '5']);
  });

  it('finds the cheapest type for a need', async () => {
    const { value } = await json(
      'ebs',
      'cheapest',
      '--iops',
      '10000',
      '--throughput',
      '500',
      '--size',
      '100',
    );
    expect(value.cheapest.type).toBe('gp3');
  });

  it('stripes RAID 0 and lists the bundled instances', async () => {
    const { value } = await json(
      'ebs',
      'raid0',
      '--count',
      '4',
      '--type',
      'gp3',
      '--size',
      '1TiB',
      '--iops',
      '16000',
      '--throughput',
      '1000',
    );
    expect(value.maxIops).toBe(64_000);
    // The audit's case: m6i.4xlarge sustains 20,000 IOPS / 625 MB/s after its 30-minute burst to 40,000.
    const capped = await json(
      'ebs',
      'raid0',
      '--count',
      '4',
      '--type',
      'gp3',
      '--size',
      '1TiB',
      '--iops',
      '16000',
      '--throughput',
      '1000',
      '--instance',
      'm6i.4xlarge',
    );
    expect(capped.value.effective).toMatchObject({
      baselineIops: 20_000,
      baselineIopsLimitedBy: 'instance',
      maxIops: 40_000,
    });
    expect(capped.value.warnings.map((w: { code: string }) => w.code)).toContain('instance_burst_limited');
    const human = await cli(
      'ebs',
      'raid0',
      '--count',
      '4',
      '--type',
      'gp3',
      '--size',
      '1TiB',
      '--iops',
      '16000',
      '--instance',
      'm6i.4xlarge',
    );
    expect(human.stdout).toMatch(
      /Effective IOPS\s+20,000 baseline \(limited by the instance\), 40,000 maximum \(limited by the instance\)/,
    );
    const instances = await json('ebs', 'instances');
    expect(instances.value.instances.map((row: { name: string }) => row.name)).toContain('m5.large');
  });

  it('documents every subcommand and flag in --help', async () => {
    const top = await cli('ebs', '--help');
    for (const sub of ['volume', 'simulate', 'cost', 'migrate', 'cheapest', 'raid0', 'instances'])
      expect(top.stdout).toContain(sub);
    const volume = await cli('ebs', 'volume', '--help');
    for (const flag of [
      '--type',
      '--size',
      '--iops',
      '--throughput',
      '--io-size',
      '--instance',
      '--balance',
      '--json',
      '--trace',
    ])
      expect(volume.stdout).toContain(flag);
    expect((await cli('ebs', 'simulate', '--help')).stdout).toContain('--repeat');
  });
});

describe('awscalc ebs (real bin)', () => {
  it('runs `npx awscalc ebs volume --type gp2 --size 100 --json` end to end', () => {
    const result = spawnSync(
      process.execPath,
      [BIN, 'ebs', 'volume', '--type', 'gp2', '--size', '100', '--json'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ burstSeconds: 2_000, refillSeconds: 18_000 });
  });

  // Every flag a subcommand accepts (probed through the real parser) must be in that subcommand's --help.
  it("documents in each subcommand's --help every flag that subcommand accepts", async () => {
    // The flags documented before the commands were declared from the registry, and every declared one.
    const flags = new Set([
      ...[
        'type',
        'size',
        'iops',
        'throughput',
        'io-size',
        'instance',
        'instance-iops',
        'instance-throughput',
      ],
      ...['balance', 'demand', 'repeat', 'start-balance', 'count', 'hours', 'io-requests', 'month', 'price'],
      ...['match-burst', 'burst-ok', 'trace'],
      ...calculators
        .filter((entry) => entry.id.startsWith('ebs.'))
        .flatMap((entry) => inputFields(entry).map((field) => field.flag)),
    ]);
    expect(flags.size).toBe(21);
    const accepted: string[] = [];
    for (const sub of ['volume', 'simulate', 'cost', 'migrate', 'cheapest', 'raid0', 'instances']) {
      const help = (await cli('ebs', sub, '--help')).stdout;
      for (const flag of flags) {
        // Accepted: the parser takes it (help still prints) and no usage error turns it away by name.
        const takes =
          ((await cli('ebs', sub, `--${flag}=1`, '--help')).code === 0 &&
            !(await cli('ebs', sub, `--${flag}=1`)).stderr.includes(`--${flag}`)) ||
          (await cli('ebs', sub, `--${flag}`, '--help')).code === 0;
        if (!takes) continue;
        accepted.push(`${sub} --${flag}`);
        expect(help, `${sub} --${flag}`).toContain(`--${flag}`);
      }
    }
    expect(accepted.length).toBeGreaterThan(flags.size);
  });
});
