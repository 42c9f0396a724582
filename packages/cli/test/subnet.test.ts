import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from './runCli.ts';

const cli = (...argv: string[]) => runCli(argv);

describe('awscalc subnet', () => {
  it('prints a readable table with the reserved addresses', async () => {
    const { code, stdout } = await cli('subnet', '10.16.16.0/20');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usable addresses\s+4,091/);
    expect(stdout).toMatch(/10\.16\.16\.1\s+\+1\s+VPC router/);
    expect(stdout).toMatch(/10\.16\.31\.255\s+last\s+broadcast/);
  });

  it('prints exactly one JSON object with the contract keys under --json', async () => {
    const { code, stdout } = await cli('subnet', '10.16.16.0/20', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      cidr: '10.16.16.0/20',
      version: 4,
      prefixLength: 20,
      network: '10.16.16.0',
      lastAddress: '10.16.31.255',
      totalAddresses: '4096',
      usableAddresses: '4091',
      firstUsable: '10.16.16.4',
      lastUsable: '10.16.31.254',
      vpcValid: true,
      subnetValid: true,
      problems: [],
      warnings: [],
    });
    expect(json.reserved).toEqual([
      { address: '10.16.16.0', offset: '+0', role: expect.any(String) },
      { address: '10.16.16.1', offset: '+1', role: 'VPC router' },
      { address: '10.16.16.2', offset: '+2', role: expect.stringContaining('DNS') },
      { address: '10.16.16.3', offset: '+3', role: expect.stringContaining('future use') },
      { address: '10.16.31.255', offset: 'last', role: expect.stringContaining('broadcast') },
    ]);
    expect(json.trace.length).toBeGreaterThan(0);
  });

  it('explains each false validity in problems and exits 1 (AWS would refuse the block)', async () => {
    const { code, stdout } = await cli('subnet', '10.0.0.0/8', '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.vpcValid).toBe(false);
    expect(json.problems).toContainEqual(
      expect.objectContaining({
        code: 'vpc_prefix_too_short',
        message: expect.stringContaining('/16 to /28'),
      }),
    );
  });

  it('exits 1 with an issues array for an invalid CIDR under --json', async () => {
    const { code, stdout } = await cli('subnet', '10.0.0.0/33', '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      issues: [
        { code: 'cidr_prefix_out_of_range', path: ['cidr'], message: expect.stringContaining('/0 to /32') },
      ],
    });
  });

  it('prints the table and then each problem naming the flag, exit 1, for a block AWS refuses', async () => {
    const { code, stdout } = await cli('subnet', '10.0.0.0/8');
    expect(code).toBe(1);
    expect(stdout).toMatch(/Valid VPC CIDR\s+no/);
    expect(stdout).toMatch(/problem \(--cidr\): \/8 is larger than an IPv4 VPC CIDR may be/);
  });

  it('writes the message to stderr without --json', async () => {
    const { code, stdout, stderr } = await cli('subnet', '010.0.0.0/16');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('leading zero');
  });

  it('documents every flag in --help', async () => {
    const { code, stdout } = await cli('subnet', '--help');
    expect(code).toBe(0);
    for (const flag of ['--json', '--trace', '--help']) expect(stdout).toContain(flag);
  });

  it('shows the arithmetic with --trace', async () => {
    const { stdout } = await cli('subnet', '10.0.0.0/24', '--trace');
    expect(stdout).toContain('Arithmetic:');
    expect(stdout).toContain('https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html');
  });

  it('treats missing or extra arguments and unknown flags as usage errors (exit 2)', async () => {
    expect((await cli('subnet')).code).toBe(2);
    expect((await cli('subnet', '10.0.0.0/16', '10.1.0.0/16')).code).toBe(2);
    const unknown = await cli('subnet', '10.0.0.0/16', '--jsn');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--help');
  });
});

describe('awscalc', () => {
  it('lists the commands in --help and rejects an unknown one', async () => {
    expect((await cli('--help')).stdout).toContain('subnet');
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('exits quietly when the reader closes the pipe early', () => {
    const piped = spawnSync('sh', ['-c', `node "${BIN}" cidr split 10.0.0.0/8 /24 | head -n 1`]);
    expect(piped.stdout.toString()).toBe('10.0.0.0/24\n');
    expect(piped.stderr.toString()).not.toMatch(/EPIPE|Error/);
  });

  it('runs as the real `awscalc` binary, with no build step', () => {
    const stdout = execFileSync('node', [BIN, 'subnet', '2600:1f18:1234:5600::/56', '--json']).toString();
    expect(JSON.parse(stdout)).toMatchObject({
      network: '2600:1f18:1234:5600::',
      totalAddresses: '4722366482869645213696',
    });
    // A /128 is understood (one address) but AWS refuses it as a VPC and as a subnet: exit 1, full result.
    const single = spawnSync('node', [BIN, 'subnet', '2001:db8:0:1:1:1:1:1/128', '--json']);
    expect(single.status).toBe(1);
    expect(JSON.parse(single.stdout.toString())).toMatchObject({
      network: '2001:db8:0:1:1:1:1:1',
      totalAddresses: '1',
      subnetValid: false,
    });
    const invalid = spawnSync('node', [BIN, 'subnet', '10.0.0.0/33', '--json']);
    expect(invalid.status).toBe(1);
    expect(JSON.parse(invalid.stdout.toString()).issues[0].code).toBe('cidr_prefix_out_of_range');
  });
});
