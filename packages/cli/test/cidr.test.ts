import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, runCliJson } from './runCli.ts';

const cli = runCli;
const json = runCliJson;

describe('awscalc cidr merge', () => {
  it('prints { cidrs } from arguments, IPv4 first then IPv6', async () => {
    const { code, json: value } = await json([
      'cidr',
      'merge',
      '2001:db8:8000::/33',
      '10.0.0.128/25',
      '10.0.0.0/25',
      '2001:db8::/33',
    ]);
    expect(code).toBe(0);
    expect(value.cidrs).toEqual(['10.0.0.0/24', '2001:db8::/32']);
  });

  it('reads stdin when no argument is given, skipping blank lines and # comments', async () => {
    const stdin = '# office\n10.0.0.0/24\n\n   10.0.1.0/24   # lab\r\n';
    const { code, stdout } = await cli(['cidr', 'merge'], stdin);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('10.0.0.0/23');
  });

  it('names the entry (line N of stdin) of a bad entry by the field label and exits 1', async () => {
    const { code, stderr } = await cli(['cidr', 'merge'], '10.0.0.0/24\n\n# note\n10.0.1/24\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^error \(line 4 of standard input\): CIDR blocks entry 4: "10\.0\.1" has 3 dot-separated parts/,
    );
    const args = await cli(['cidr', 'merge', '--cidrs', '10.0.0.0/24', '10.0.1.0/24', '10.0.2/24']);
    expect(args.stderr).toMatch(/^error \(argument 2\): CIDR blocks entry 3: /);
    const flagged = await cli(['cidr', 'merge', '--cidrs', '10.0.2/24']);
    expect(flagged.stderr).toMatch(/^error \(--cidrs\): CIDR blocks entry 1: /);
  });

  it('refuses a pasted blob on one line with text_too_long, without reading it', async () => {
    const { code, json: value } = await json(
      ['cidr', 'merge', '--json'],
      `10.0.0.0/24\n${'1'.repeat(100_000)}\n`,
    );
    expect(code).toBe(1);
    expect(value.issues).toEqual([expect.objectContaining({ code: 'text_too_long', path: ['cidrs', 1] })]);
  });

  it('prints one CSV column with --output csv, and takes the blocks as --cidrs too', async () => {
    const { code, stdout } = await cli([
      'cidr',
      'merge',
      '--output',
      'csv',
      '--cidrs',
      '10.0.0.0/25',
      '10.0.0.128/25',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('CIDR\r\n10.0.0.0/24\r\n');
  });

  it('is a usage error (exit 2) when nothing is given or piped', async () => {
    const { code, stderr } = await cli(['cidr', 'merge'], '# only a comment\n\n');
    expect(code).toBe(2);
    expect(stderr).toMatch(/give CIDRs as arguments, or one per line on standard input/);
  });

  it('gives { issues } with the position in path under --json', async () => {
    const { code, json: value } = await json(['cidr', 'merge', '10.0.0.0/24', '10.0.0.0/33']);
    expect(code).toBe(1);
    expect(value.issues).toEqual([
      expect.objectContaining({ code: 'cidr_prefix_out_of_range', path: ['cidrs', 1] }),
    ]);
  });
});

describe('awscalc cidr exclude', () => {
  it('removes the arguments from each --from block', async () => {
    const { code, json: value } = await json([
      'cidr',
      'exclude',
      '--from',
      '10.0.0.0/22',
      '--from',
      '2001:db8::/126',
      '10.0.1.0/24',
      '2001:db8::1/128',
    ]);
    expect(code).toBe(0);
    expect(value.cidrs).toEqual(['10.0.0.0/24', '10.0.2.0/23', '2001:db8::/128', '2001:db8::2/127']);
  });

  it('is a usage error (exit 2) without --from', async () => {
    const { code, stderr } = await cli(['cidr', 'exclude', '10.0.0.0/24']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--from/);
  });
});

describe('awscalc cidr overlaps', () => {
  it('prints { overlaps: [[a, b], ...] } in input order', async () => {
    const { code, json: value } = await json([
      'cidr',
      'overlaps',
      '10.0.0.0/16',
      '172.31.0.0/16',
      '10.0.128.0/20',
      '10.0.0.0/8',
    ]);
    expect(code).toBe(0);
    expect(value.overlaps).toEqual([
      ['10.0.0.0/16', '10.0.128.0/20'],
      ['10.0.0.0/16', '10.0.0.0/8'],
      ['10.0.128.0/20', '10.0.0.0/8'],
    ]);
    expect(value.pairs[0]).toEqual({
      a: '10.0.0.0/16',
      b: '10.0.128.0/20',
      shared: '10.0.128.0/20',
      aIndex: 0,
      bIndex: 2,
    });
  });

  it('exits 1 with --fail-on-overlap only when something overlaps, naming the pair as a problem', async () => {
    const overlapping = await cli(['cidr', 'overlaps', '--fail-on-overlap', '10.0.0.0/16', '10.0.1.0/24']);
    expect(overlapping.code).toBe(1);
    expect(overlapping.stdout).toMatch(
      /problem \(argument 2\): 10\.0\.0\.0\/16 \(entry 1\) and 10\.0\.1\.0\/24 \(entry 2\) overlap/,
    );
    expect((await cli(['cidr', 'overlaps', '--fail-on-overlap', '10.0.0.0/16', '10.1.0.0/16'])).code).toBe(0);
  });
});

describe('awscalc cidr contains', () => {
  it('counts a block covered by two halves as contained (exit 0) and lists what leaks (exit 1)', async () => {
    const yes = await cli([
      'cidr',
      'contains',
      '--in',
      '10.0.0.0/25',
      '--in',
      '10.0.0.128/25',
      '10.0.0.0/24',
    ]);
    expect(yes.code).toBe(0);
    const no = await json(['cidr', 'contains', '--in', '10.0.0.0/24', '10.0.0.0/23']);
    expect(no.code).toBe(1);
    expect(no.json).toMatchObject({ contained: false, uncovered: ['10.0.1.0/24'] });
    const text = await cli(['cidr', 'contains', '--in', '10.0.0.0/24', '10.0.0.0/23']);
    expect(text.stdout).toMatch(
      /problem \(argument 1\): Blocks to check entry 1, 10\.0\.0\.0\/23, is not wholly inside/,
    );
  });
});

describe('awscalc cidr range, split and free', () => {
  it('range accepts FIRST LAST or FIRST-LAST', async () => {
    const spaced = await json(['cidr', 'range', '10.0.0.0', '10.0.2.255']);
    const dashed = await json(['cidr', 'range', '10.0.0.0-10.0.2.255']);
    expect(spaced.json.cidrs).toEqual(['10.0.0.0/23', '10.0.2.0/24']);
    expect(dashed.json.cidrs).toEqual(spaced.json.cidrs);
  });

  it('split takes the size as an argument or --size, and refuses a huge split with the count', async () => {
    const a = await json(['cidr', 'split', '10.0.0.0/23', '/24']);
    const b = await json(['cidr', 'split', '10.0.0.0/23', '--size', '24']);
    expect(a.json.cidrs).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    expect(b.json.cidrs).toEqual(a.json.cidrs);
    const huge = await cli(['cidr', 'split', '10.0.0.0/8', '/32']);
    expect(huge.code).toBe(1);
    expect(huge.stderr).toMatch(/16,777,216 blocks/);
  });

  it('free finds the first free aligned blocks given used blocks on stdin', async () => {
    const { code, json: value } = await json(
      ['cidr', 'free', '--in', '10.0.0.0/16', '--size', '/24', '--count', '2'],
      '10.0.0.0/24\n10.0.1.0/25\n',
    );
    expect(code).toBe(0);
    expect(value.cidrs).toEqual(['10.0.2.0/24', '10.0.3.0/24']);
  });

  it('free needs --in and --size (usage errors, exit 2); a Count that is not a number is invalid input (exit 1)', async () => {
    expect((await cli(['cidr', 'free', '--size', '/24'])).code).toBe(2);
    expect((await cli(['cidr', 'free', '--in', '10.0.0.0/16'])).code).toBe(2);
    const count = await cli(['cidr', 'free', '--in', '10.0.0.0/16', '--size', '/24', '--count', 'two']);
    expect(count.code).toBe(1);
    expect(count.stderr).toMatch(/error \(--count\): Count must be a number/);
  });

  it('free and split take --parent and --prefix-length (the field names) as well as --in and --size', async () => {
    const free = await json([
      'cidr',
      'free',
      '--parent',
      '10.0.0.0/16',
      '--prefix-length',
      '/24',
      '--count',
      '1,000',
    ]);
    expect(free.code).toBe(0);
    expect(free.json.found).toBe(256);
    const split = await json(['cidr', 'split', '--cidr', '10.0.0.0/23', '--prefix-length', '24']);
    expect(split.json.cidrs).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    expect((await cli(['cidr', 'split', '10.0.0.0/23', '--size', '24', '--prefix-length', '24'])).code).toBe(
      2,
    );
  });

  it('suggests the flag meant for a mistyped one', async () => {
    const { code, stderr } = await cli(['cidr', 'free', '--in', '10.0.0.0/16', '--sise', '/24']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Did you mean --size\?/);
  });
});

describe('awscalc cidr --help', () => {
  it('documents every flag of every sub-command', async () => {
    const flags: Record<string, string[]> = {
      merge: ['--json', '--trace'],
      exclude: ['--from', '--json'],
      overlaps: ['--fail-on-overlap', '--json'],
      contains: ['--in', '--json'],
      range: ['--json'],
      split: ['--size', '--prefix-length', '--output', '--json'],
      free: ['--in', '--parent', '--size', '--prefix-length', '--count', '--used', '--json'],
    };
    for (const [name, wanted] of Object.entries(flags)) {
      const { code, stdout } = await cli(['cidr', name, '--help']);
      expect(code).toBe(0);
      for (const flag of wanted) expect(stdout, `${name} --help`).toContain(flag);
      expect(stdout).toMatch(/Examples:/);
    }
  });
});

describe('the awscalc binary', () => {
  it('merges a list piped on stdin', () => {
    const result = spawnSync('node', [BIN, 'cidr', 'merge', '--json'], {
      input: '10.0.0.0/25\n10.0.0.128/25\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).cidrs).toEqual(['10.0.0.0/24']);
  });
});
