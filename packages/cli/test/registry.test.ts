import { calculators, inputFields } from '@awscalc/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

describe('commands come from the calculator registry', () => {
  it.each(calculators.map((entry) => [entry.id, entry] as const))(
    'awscalc %s exists as a command, and its --help lists every field flag with its label and the shared flags',
    async (id, entry) => {
      const { code, stdout } = await runCli([...id.split('.'), '--help']);
      expect(code).toBe(0);
      for (const field of inputFields(entry)) {
        expect(stdout).toContain(`--${field.flag}`);
        expect(stdout).toContain(field.label);
      }
      expect(stdout).toContain('--output');
      expect(stdout).toMatch(/Exit codes: 0 ok; 1 .*; 2 usage error/);
    },
  );

  it('prints a JSON Schema per calculator, and lists them all', async () => {
    const listing = await runCli(['schema']);
    expect(listing.code).toBe(0);
    for (const entry of calculators) expect(listing.stdout).toContain(entry.id);
    const { code, stdout } = await runCli(['schema', 'subnet']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      title: 'Subnet inspector',
      properties: { cidr: { label: 'CIDR', flag: 'cidr', param: 'cidr' } },
      required: ['cidr'],
    });
  });

  it('suggests the id that was probably meant', async () => {
    const { code, stderr } = await runCli(['schema', 'subnt']);
    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean "subnet"?');
  });
});

describe('did you mean', () => {
  it('suggests a command and a flag that were mistyped, with exit 2', async () => {
    const command = await runCli(['subnett', '10.0.0.0/16']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Did you mean "subnet"?');
    const flag = await runCli(['subnet', '10.0.0.0/16', '--jsn']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Did you mean --json?');
  });
});

describe('--output', () => {
  it('prints the same result as an aligned table, tab-separated text, CSV or JSON', async () => {
    const table = await runCli(['subnet', '10.0.0.0/24']);
    expect(table.stdout).toMatch(/Usable addresses\s+251/);
    const text = await runCli(['subnet', '10.0.0.0/24', '--output', 'text']);
    expect(text.stdout).toContain('Usable addresses\t251\n');
    expect(text.stdout).toContain('10.0.0.1\t+1\tVPC router\n');
    const csv = await runCli(['subnet', '10.0.0.0/24', '--output', 'csv']);
    expect(csv.stdout).toContain('Field,Value\r\n');
    expect(csv.stdout).toContain('Reserved by AWS,Offset,Role\r\n');
    const json = await runCli(['subnet', '10.0.0.0/24', '--output', 'json']);
    expect(JSON.parse(json.stdout).usableAddresses).toBe('251');
  });

  it('refuses an unknown format and a conflict with --json as usage errors', async () => {
    expect((await runCli(['subnet', '10.0.0.0/24', '--output', 'yaml'])).code).toBe(2);
    expect((await runCli(['subnet', '10.0.0.0/24', '--output', 'csv', '--json'])).code).toBe(2);
  });
});

describe('awscalc prices', () => {
  it('lists every key a --price override can name, with its source and date', async () => {
    const { code, stdout } = await runCli(['prices', 'ebs', '--output', 'csv']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Key,USD,Per,Region,As of,Source\r\n/);
    expect(stdout).toContain('ebs.gp3.storage,');
    expect(stdout).not.toContain('s3.');
  });

  it('names the services when one is unknown', async () => {
    const { code, stderr } = await runCli(['prices', 'rds']);
    expect(code).toBe(2);
    expect(stderr).toContain('dynamodb, ebs, s3');
  });
});

describe('renamed flags', () => {
  it('still reads an old flag name with a note, and refuses it beside its new name', async () => {
    const old = await runCli(['cidr', 'free', '--in', '10.0.0.0/16', '--size', '/24', '10.0.0.0/24']);
    expect(old.code).toBe(0);
    expect(old.stdout).toContain('10.0.1.0/24');
    expect(old.stderr).toContain('note: --in is now --parent');
    expect(old.stderr).toContain('note: --size is now --prefix-length');
    const both = await runCli([
      'cidr',
      'free',
      '--in',
      '10.0.0.0/16',
      '--parent',
      '10.0.0.0/16',
      '--prefix-length',
      '/24',
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--in is the old name of --parent; give one of them');
  });
});

describe('a required field nobody gave', () => {
  it('is a usage error in every command, naming the flag, its label and an example', async () => {
    for (const argv of [
      ['ebs', 'volume', '--size', '100'],
      ['ebs', 'raid0', '--type', 'gp3', '--size', '100'],
    ]) {
      const { code, stderr } = await runCli(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(/missing --[a-z-]+ \([A-Z][^,]*, e\.g\. --[a-z-]+ \S+\)/);
    }
  });
});

describe('listing commands (prices, schema, ebs instances)', () => {
  it('take --output like every command and refuse stray arguments', async () => {
    const instances = await runCli(['ebs', 'instances', '--output', 'csv']);
    expect(instances.code).toBe(0);
    expect(instances.stdout).toMatch(/^Instance,Baseline Mbps,/);
    const json = await runCli(['ebs', 'instances', '--json']);
    expect(JSON.parse(json.stdout).instances.length).toBeGreaterThan(0);
    expect((await runCli(['ebs', 'instances', 'm6i'])).code).toBe(2);
    expect((await runCli(['schema', '--output', 'text'])).stdout).toMatch(/^subnet\tSubnet inspector\t/);
  });
});

describe('awscalc --version', () => {
  it("prints the CLI package's version", async () => {
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`awscalc ${manifest.version}\n`);
  });
});
