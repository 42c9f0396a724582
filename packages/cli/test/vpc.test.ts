import { spawnSync } from 'node:child_process';
import { run, type VpcPlanInput, vpcPlan, vpcPlanArgv } from '@awscalc/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BIN, runCli, runCliJson } from './runCli.ts';

const cli = (...argv: string[]) => runCli(argv);
const json = async (...argv: string[]) => {
  const result = await runCliJson(argv);
  return { ...result, value: result.json };
};

const CONTRACT = [
  'vpc',
  'plan',
  '10.0.0.0/16',
  '--azs',
  '3',
  '--tier',
  'public=/24',
  '--tier',
  'private=4000',
  '--tier',
  'data=/26',
];

describe('awscalc vpc plan', () => {
  it('prints the contract JSON: vpc, subnets, free, problems, warnings', async () => {
    const { code, value } = await json(...CONTRACT);
    expect(code).toBe(0);
    expect(value.vpc).toEqual(['10.0.0.0/16']);
    expect(value.subnets).toHaveLength(9);
    for (const subnet of value.subnets)
      expect(Object.keys(subnet)).toEqual(
        expect.arrayContaining(['cidr', 'az', 'tier', 'prefixLength', 'usableAddresses']),
      );
    // 4000 hosts need a /20: 4,096 − 5 reserved = 4,091 usable (AWS subnet sizing).
    expect(
      value.subnets
        .filter((s: { tier: string }) => s.tier === 'private')
        .map((s: { prefixLength: number }) => s.prefixLength),
    ).toEqual([20, 20, 20]);
    expect(value.subnets.map((s: { az: string }) => s.az)).toEqual([
      'az1',
      'az2',
      'az3',
      'az1',
      'az2',
      'az3',
      'az1',
      'az2',
      'az3',
    ]);
    expect(Array.isArray(value.free)).toBe(true);
    expect(value.free.length).toBeGreaterThan(0);
    expect(value.problems).toEqual([]);
    expect(value.warnings).toEqual([]);
    expect(Array.isArray(value.trace)).toBe(true);
  });

  // AWS Quick Start VPC (aws-ia/cfn-ps-aws-vpc defaults): private /19s from 10.0.0.0, public /20s from 10.0.128.0.
  it('takes AZ names, growth room, and shows the table with the held slots', async () => {
    const { code, stdout } = await cli(
      'vpc',
      'plan',
      '10.0.0.0/16',
      '--azs',
      'us-east-1a,us-east-1b,us-east-1c',
      '--future-azs',
      '4',
      '--tier',
      'private=/19',
      '--tier',
      'public=/20',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/private\s+us-east-1c\s+10\.0\.64\.0\/19/);
    expect(stdout).toMatch(/public\s+us-east-1a\s+10\.0\.128\.0\/20/);
    expect(stdout).toMatch(/Held for future AZs[\s\S]*private\s+future AZ 4\s+10\.0\.96\.0\/19/);
  });

  it('exits 1 with the diagnosis when the plan does not fit', async () => {
    const { code, value } = await json(
      'vpc',
      'plan',
      '10.0.0.0/24',
      '--azs',
      '3',
      '--tier',
      'a=/25',
      '--tier',
      'b=/26',
    );
    expect(code).toBe(1);
    expect(value.problems.map((p: { code: string }) => p.code)).toEqual(['does_not_fit']);
    expect(value.fit.smallestVpcPrefix).toBe(22);
    const human = await cli('vpc', 'plan', '10.0.0.0/24', '--azs', '3', '--tier', 'a=/25', '--tier', 'b=/26');
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('problem (--tier): ');
    expect(human.stdout).toContain('A single VPC CIDR of /22 would hold the whole plan');
  });

  it('exits 1 for a restricted secondary CIDR and a too-small load-balancer tier', async () => {
    const secondary = await json(
      'vpc',
      'plan',
      '10.0.0.0/16',
      '--secondary',
      '192.168.0.0/20',
      '--azs',
      '2',
      '--tier',
      'a=/24',
    );
    expect(secondary.code).toBe(1);
    expect(secondary.value.problems.map((p: { code: string }) => p.code)).toEqual([
      'vpc_cidr_association_restricted',
    ]);
    const lb = await json(
      'vpc',
      'plan',
      '10.0.0.0/16',
      '--azs',
      '2',
      '--tier',
      'alb=/28',
      '--lb-tier',
      'alb',
    );
    expect(lb.code).toBe(1);
    expect(lb.value.problems.map((p: { code: string }) => p.code)).toEqual([
      'load_balancer_subnet_too_small',
    ]);
  });

  it('keeps existing subnets, assigns IPv6 and warns about peers', async () => {
    const { code, value } = await json(
      'vpc',
      'plan',
      '10.0.0.0/16',
      '--azs',
      '2',
      '--tier',
      'app=/24',
      '--existing',
      '10.0.5.0/24:app:az2',
      '--ipv6',
      '2600:1f18:1234:5600::/56',
      '--ipv6-subnet-size',
      '64',
      '--peer',
      '10.0.0.0/8',
    );
    expect(code).toBe(0);
    // Best fit: the new /24 fills the /24-sized hole beside the existing 10.0.5.0/24 (10.0.4.0/24).
    expect(value.subnets).toEqual([
      expect.objectContaining({ cidr: '10.0.4.0/24', az: 'az1', ipv6Cidr: '2600:1f18:1234:5600::/64' }),
      expect.objectContaining({
        cidr: '10.0.5.0/24',
        az: 'az2',
        existing: true,
        ipv6Cidr: '2600:1f18:1234:5601::/64',
      }),
    ]);
    expect(value.warnings.map((w: { code: string }) => w.code)).toContain('peer_overlap');
  });

  it('reads existing subnets from aws ec2 describe-subnets JSON on stdin', async () => {
    const stdin = JSON.stringify({
      Subnets: [
        { CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-east-1a', Tags: [{ Key: 'Tier', Value: 'app' }] },
        { CidrBlock: '10.0.8.0/21', AvailabilityZone: 'us-east-1b', SubnetId: 'subnet-legacy' },
      ],
    });
    const { code, json: value } = await runCliJson(
      [
        'vpc',
        'plan',
        '10.0.0.0/16',
        '--azs',
        'us-east-1a,us-east-1b',
        '--tier',
        'app=/24',
        '--existing-from',
        '-',
      ],
      stdin,
    );
    expect(code).toBe(0);
    expect(value.subnets).toEqual([
      expect.objectContaining({ cidr: '10.0.0.0/24', az: 'us-east-1a', tier: 'app', existing: true }),
      expect.objectContaining({ az: 'us-east-1b', tier: 'app' }),
      expect.objectContaining({ cidr: '10.0.8.0/21', tier: 'subnet-legacy', existing: true }),
    ]);
    const bad = await runCli(
      ['vpc', 'plan', '10.0.0.0/16', '--azs', '2', '--tier', 'a=/24', '--existing-from', '-'],
      'not json',
    );
    expect(bad.code).toBe(2);
  });

  it('exports Terraform, CloudFormation, CSV and JSON', async () => {
    const terraform = await cli(...CONTRACT, '--format', 'terraform', '--secondary', '100.64.0.0/16');
    expect(terraform.code).toBe(0);
    expect(terraform.stdout.match(/^resource "aws_subnet" /gm)).toHaveLength(9);
    expect(terraform.stdout).toContain('resource "aws_vpc_ipv4_cidr_block_association"');
    const cfn = await cli(...CONTRACT, '--format', 'cloudformation', '--name', 'prod');
    const template = parseYaml(cfn.stdout) as { Resources: Record<string, { Type: string }> };
    expect(Object.values(template.Resources).filter((r) => r.Type === 'AWS::EC2::Subnet')).toHaveLength(9);
    const csv = await cli(...CONTRACT, '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'kind,tier,az,cidr,prefix_length,netmask,total_addresses,usable_addresses,first_usable,last_usable,ipv6_cidr,vpc_cidr,existing',
    );
    const exported = await cli(...CONTRACT, '--format', 'json');
    expect(JSON.parse(exported.stdout).subnets).toHaveLength(9);
  });

  it.each([
    [['vpc', 'plan', '--azs', '3', '--tier', 'a=/24'], 'give the VPC CIDR'],
    [['vpc', 'plan', '10.0.0.0/16', '--tier', 'a=/24'], '--azs'],
    [['vpc', 'plan', '10.0.0.0/16', '--azs', '3'], '--tier'],
    [['vpc', 'plan', '10.0.0.0/16', '--azs', '3', '--tier', 'a=/24', '--format', 'xml'], '--format'],
    [['vpc', 'plan', '10.0.0.0/16', '--azs', '3', '--tier', 'a=/24', '--lb-tier', 'b'], '--lb-tier'],
    [['vpc', 'plan', '10.0.0.0/16', '--bogus'], 'bogus'],
  ])('exits 2 for usage error %j', async (argv, text) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(text);
  });

  // A value the flag cannot hold is invalid input (exit 1, naming the flag), as in every command;
  // exit 2 is kept for wrong usage (a missing required flag, an unknown flag or format).
  it.each([
    [['--tier', 'a'], '--tier', 'name=size'],
    [['--tier', 'a=/24', '--existing', '10.0.0.0/24'], '--existing', 'cidr:tier:az'],
    [['--tier', 'a=/24', '--future-azs', 'x'], '--future-azs', 'Future AZs must be a number'],
    [['--tier', 'a=/24', '--azs', `${'1'.repeat(5_000)}x`], '--azs', 'at most 1,000 are read'],
  ])('exits 1 for %j, naming the flag and what is valid', async (flags, flag, says) => {
    const { code, stderr } = await cli('vpc', 'plan', '10.0.0.0/16', '--azs', '3', ...flags);
    expect(code).toBe(1);
    expect(stderr).toContain(`error (${flag}): `);
    expect(stderr).toContain(says);
  });

  it('writes only the export file on stdout with --format, problems on stderr, and refuses --format with --output', async () => {
    const argv = ['vpc', 'plan', '10.0.0.0/24', '--azs', '3', '--tier', 'a=/25', '--format', 'csv'];
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(1);
    expect(stdout.startsWith('kind,tier,az,cidr,')).toBe(true);
    expect(stdout).not.toContain('problem');
    expect(stderr).toContain('problem (--tier): ');
    expect((await cli(...argv, '--output', 'csv')).code).toBe(2);
  });

  it('says in --help that --format is the export file and --output how the result prints', async () => {
    const { stdout } = await cli('vpc', 'plan', '--help');
    expect(stdout).toMatch(/--format <terraform\|cloudformation\|csv\|json>\s+the export FILE format/);
    expect(stdout).toMatch(/--output <format>\s+table\|text\|csv\|json/);
  });

  it('names what was typed for a value that reached the plan through an argument or another flag', async () => {
    const secondary = await cli(
      'vpc',
      'plan',
      '10.0.0.0/16',
      '--secondary',
      '192.168.0.0/20',
      '--azs',
      '2',
      '--tier',
      'a=/24',
    );
    expect(secondary.stdout).toMatch(
      /problem \(--secondary\): Secondary CIDR 192\.168\.0\.0\/20 cannot be associated/,
    );
    const primary = await cli('vpc', 'plan', '10.0.0.0/8', '--azs', '2', '--tier', 'a=/24');
    expect(primary.stdout).toMatch(/problem \(<vpc-cidr>\): /);
    const quota = await cli(
      'vpc',
      'plan',
      '10.0.0.0/16',
      '--azs',
      '2',
      '--tier',
      'a=/24',
      '--max-cidrs',
      '99',
    );
    expect(quota.stderr).toMatch(/error \(--max-cidrs\): Max CIDRs must be at most 50/);
  });

  it('takes the quotas as --quotas JSON or as --max-cidrs/--max-subnets, not both', async () => {
    const argv = ['vpc', 'plan', '10.0.0.0/16', '--azs', '3', '--tier', 'a=/24'];
    const json = await runCliJson([...argv, '--quotas', '{"maxSubnets":2}']);
    expect(json.code).toBe(1);
    expect(json.json.problems.map((p: { code: string }) => p.code)).toContain('subnet_quota_exceeded');
    const bad = await cli(...argv, '--quotas', '{maxSubnets:2}');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error (--quotas): Quotas are JSON like {"maxSubnets":300}');
    expect((await cli(...argv, '--quotas', '{"maxSubnets":2}', '--max-cidrs', '6')).code).toBe(2);
  });

  it('prints the issues of describe-subnets JSON it cannot use as JSON on stdout with --json, exit 1', async () => {
    const argv = ['vpc', 'plan', '10.0.0.0/16', '--azs', '2', '--tier', 'a=/24', '--existing-from', '-'];
    const { code, stdout, stderr, json: value } = await runCliJson(argv, '{"Subnets":5}');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(value);
    expect(value.issues[0]).toMatchObject({ code: 'describe_subnets_invalid', path: ['Subnets'] });
    // Without --json the issues stay text on stderr.
    const text = await runCli(argv, '{"Subnets":5}');
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('Subnets is a list');
  });

  it('prints invalid input as JSON issues with --json when exporting too', async () => {
    const {
      code,
      stderr,
      json: value,
    } = await runCliJson([
      'vpc',
      'plan',
      '10.0.0.0/16',
      '--azs',
      '1',
      '--tier',
      'a=/12',
      '--format',
      'terraform',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(value.issues[0]).toMatchObject({ code: 'tier_prefix_out_of_range' });
  });

  it.each([
    [['--max-cidrs', '99999999999999999999'], ['quotas', 'maxCidrs'], 'at most 50'],
    [['--azs', '1.5'], ['azs'], 'whole number'],
  ])('answers %j with one issue that says what is valid', async (flags, path, says) => {
    const argv = ['vpc', 'plan', '10.0.0.0/16', '--azs', '1', '--tier', 'a=/24', ...flags];
    const { code, value } = await json(...argv);
    expect(code).toBe(1);
    expect(value.issues).toHaveLength(1);
    expect(value.issues[0].path).toEqual(path);
    expect(value.issues[0].message).toContain(says);
  });

  it('exits 1 with issues for invalid input', async () => {
    const { code, value } = await json('vpc', 'plan', '10.0.0.0/16', '--azs', '3', '--tier', 'a=/12');
    expect(code).toBe(1);
    expect(value.issues[0]).toMatchObject({ code: 'tier_prefix_out_of_range', path: ['tiers', 0, 'size'] });
  });

  it.each<VpcPlanInput>([
    {
      vpcCidrs: ['10.0.0.0/16'],
      azs: 3,
      tiers: [
        { name: 'public', size: '/24' },
        { name: 'private', size: 4000 },
      ],
    },
    {
      vpcCidrs: ['10.0.0.0/16', '100.64.0.0/16'],
      azs: 'us-east-1a,us-east-1b',
      futureAzs: 3,
      tiers: [
        { name: 'alb', size: 20, loadBalancer: true },
        { name: 'pods', size: '/18' },
      ],
      existing: [{ cidr: '10.0.64.0/24', tier: 'legacy', az: 'us-east-1a' }],
      ipv6: { cidr: '2600:1f18:1234:5600::/56', subnetPrefix: 60 },
      peers: ['192.168.0.0/16'],
      quotas: { maxCidrs: 6, maxSubnets: 300 },
    },
  ])('reproduces the plan from the command line the web page shows (vpcPlanArgv) %#', async (input) => {
    const expected = run(vpcPlan, input);
    if (!expected.ok) throw new Error('test input must be valid');
    const { code, value } = await json(...vpcPlanArgv(input));
    expect(code).toBe(0);
    expect(value.subnets).toEqual(expected.value.subnets);
    expect(value.reserved).toEqual(expected.value.reserved);
    expect(value.free).toEqual(expected.value.free);
    expect(value.tiers).toEqual(expected.value.tiers);
    expect(value.warnings).toEqual(expected.warnings);
  });

  it('documents every flag in --help', async () => {
    const { code, stdout } = await cli('vpc', 'plan', '--help');
    expect(code).toBe(0);
    for (const flag of [
      '--azs',
      '--tier',
      '--lb-tier',
      '--future-azs',
      '--secondary',
      '--existing',
      '--existing-from',
      '--tier-tag',
      '--ipv6',
      '--ipv6-subnet-size',
      '--peer',
      '--max-cidrs',
      '--max-subnets',
      '--format',
      '--name',
      '--json',
      '--trace',
    ])
      expect(stdout).toContain(flag);
    const domain = await cli('vpc', '--help');
    expect(domain.stdout).toContain('plan');
  });

  it('runs as the real bin', () => {
    const result = spawnSync(process.execPath, [BIN, ...CONTRACT, '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).subnets).toHaveLength(9);
  });
});
