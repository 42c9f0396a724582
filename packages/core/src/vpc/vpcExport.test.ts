import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run } from '../run.ts';
import { vpcExport } from './vpcExport.ts';
import { csvField, VPC_CSV_COLUMNS, vpcExportCsv } from './vpcExportCsv.ts';
import { terraformString, vpcExportTerraform } from './vpcExportTerraform.ts';
import { type VpcPlan, vpcPlan } from './vpcPlan.ts';
import type { VpcPlanInput } from './vpcPlanInput.ts';

const plan = (input: VpcPlanInput): VpcPlan => {
  const result = run(vpcPlan, input);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result.value;
};

const threeAz = plan({
  vpcCidrs: ['10.0.0.0/16', '100.64.0.0/16'],
  azs: 3,
  futureAzs: 4,
  ipv6: { cidr: '2600:1f18:1234:5600::/56' },
  tiers: [
    { name: 'public', size: '/24' },
    { name: 'private', size: 4000 },
    { name: 'pods', size: '/18' },
  ],
});

const awkward = plan({
  vpcCidrs: ['10.0.0.0/16'],
  azs: ['us-east-1a', 'use1-az2'],
  tiers: [
    { name: 'web, "edge"', size: '/24' },
    { name: '=cmd', size: '/26' },
  ],
  existing: [{ cidr: '10.0.200.0/24', tier: 'legacy', az: 'us-east-1a' }],
});

/** RFC 4180 CSV reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  return rows;
}

/** Checks HCL structure outside string literals: balanced braces/brackets, every string closed. */
function hclStructure(text: string): { balanced: boolean; openStrings: number } {
  let depth = 0;
  let inString = false;
  let balanced = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
      else if (char === '\n') return { balanced: false, openStrings: 1 };
      continue;
    }
    if (char === '#') {
      while (index < text.length && text[index] !== '\n') index += 1;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth < 0) balanced = false;
    }
  }
  return { balanced: balanced && depth === 0, openStrings: inString ? 1 : 0 };
}

describe('vpcExportCsv', () => {
  it('writes a header and one row per subnet, growth slot and free block, each with every column', () => {
    expect(threeAz.problems).toEqual([]);
    const rows = parseCsv(vpcExportCsv(threeAz));
    expect(rows[0]).toEqual([...VPC_CSV_COLUMNS]);
    const body = rows.slice(1);
    for (const row of body) expect(row).toHaveLength(VPC_CSV_COLUMNS.length);
    expect(body.filter((row) => row[0] === 'subnet')).toHaveLength(threeAz.subnets.length);
    expect(body.filter((row) => row[0] === 'reserved')).toHaveLength(threeAz.reserved.length);
    expect(body.filter((row) => row[0] === 'free')).toHaveLength(threeAz.free.length);
    const first = body[0]!;
    const subnet = threeAz.subnets[0]!;
    expect(first.slice(1, 4)).toEqual([subnet.tier, subnet.az, subnet.cidr]);
    expect(first[VPC_CSV_COLUMNS.indexOf('usable_addresses')]).toBe(String(subnet.usableAddresses));
    expect(first[VPC_CSV_COLUMNS.indexOf('netmask')]).toBe('255.255.255.0');
    expect(first[VPC_CSV_COLUMNS.indexOf('ipv6_cidr')]).toBe(subnet.ipv6Cidr);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const rows = parseCsv(vpcExportCsv(awkward));
    expect(rows.map((row) => row[1])).toContain('web, "edge"');
    expect(rows.map((row) => row[1])).toContain("'=cmd");
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(12)).toBe('12');
  });
});

describe('vpcExportCloudFormation', () => {
  it('is YAML with the VPC, the secondary and IPv6 blocks and one subnet per planned subnet', () => {
    const template = parseYaml(vpcExport(threeAz, 'cloudformation')) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }>;
    };
    const resources = Object.values(template.Resources);
    expect(resources.filter((r) => r.Type === 'AWS::EC2::VPC').map((r) => r.Properties.CidrBlock)).toEqual([
      '10.0.0.0/16',
    ]);
    const blocks = resources.filter((r) => r.Type === 'AWS::EC2::VPCCidrBlock');
    expect(blocks.map((r) => r.Properties.CidrBlock ?? 'ipv6')).toEqual(['100.64.0.0/16', 'ipv6']);
    expect(blocks[1]?.Properties.AmazonProvidedIpv6CidrBlock).toBe(true);
    const subnets = resources.filter((r) => r.Type === 'AWS::EC2::Subnet');
    expect(subnets.map((r) => r.Properties.CidrBlock)).toEqual(threeAz.subnets.map((s) => s.cidr));
    // Placeholder AZs (from a count) become the Region's n-th AZ.
    expect(subnets[1]?.Properties.AvailabilityZone).toEqual({ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] });
    // Fn::Cidr counts host bits: 128 − 64 = 64 for /64 subnets.
    const ipv6 = subnets[0]?.Properties.Ipv6CidrBlock as {
      'Fn::Select': [number, { 'Fn::Cidr': unknown[] }];
    };
    expect(ipv6['Fn::Select'][1]['Fn::Cidr'][2]).toBe(64);
    // Subnets in the secondary block wait for its association.
    const inSecondary = subnets.find((r) => String(r.Properties.CidrBlock).startsWith('100.64.'));
    expect(inSecondary?.DependsOn).toContain('VpcCidrBlock1');
  });

  it('keeps awkward tier names as data and writes real AZ names and IDs as given', () => {
    const template = parseYaml(vpcExport(awkward, 'cloudformation')) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const subnets = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::EC2::Subnet');
    for (const [id] of subnets) expect(id).toMatch(/^[A-Za-z0-9]+$/);
    expect(subnets.map(([, r]) => r.Properties.AvailabilityZone ?? r.Properties.AvailabilityZoneId)).toEqual([
      'us-east-1a',
      'use1-az2',
      'us-east-1a',
      'use1-az2',
      'us-east-1a',
    ]);
    const tags = subnets.map(
      ([, r]) => (r.Properties.Tags as Array<{ Key: string; Value: string }>)[1]?.Value,
    );
    expect(tags).toContain('web, "edge"');
  });
});

describe('vpcExportTerraform', () => {
  it('has balanced blocks, closed strings, aws_vpc, one association per secondary and one aws_subnet per subnet', () => {
    const hcl = vpcExportTerraform(threeAz);
    expect(hclStructure(hcl)).toEqual({ balanced: true, openStrings: 0 });
    expect(hcl.match(/^resource "aws_vpc" /gm)).toHaveLength(1);
    expect(hcl.match(/^resource "aws_vpc_ipv4_cidr_block_association" /gm)).toHaveLength(1);
    expect(hcl).toContain('cidr_block = "100.64.0.0/16"');
    expect(hcl.match(/^resource "aws_subnet" /gm)).toHaveLength(threeAz.subnets.length);
    const cidrs = [...hcl.matchAll(/^ {2}cidr_block +=\s"([^"]+)"$/gm)].map((match) => match[1]);
    expect(cidrs).toEqual(['10.0.0.0/16', '100.64.0.0/16', ...threeAz.subnets.map((subnet) => subnet.cidr)]);
    expect(hcl).toContain('availability_zone = data.aws_availability_zones.available.names[2]');
    expect(hcl).toContain('assign_generated_ipv6_cidr_block = true');
    // IPv6 /64s out of the /56: newbits 8, netnum = the planned position.
    expect(hcl).toContain('cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 0)');
    const names = [...hcl.matchAll(/^resource "aws_subnet" "([^"]+)"/gm)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('escapes names and writes real AZ names and IDs as given', () => {
    const hcl = vpcExportTerraform(awkward, { name: 'prod ${var.x}' });
    expect(hclStructure(hcl)).toEqual({ balanced: true, openStrings: 0 });
    expect(hcl).toContain('availability_zone = "us-east-1a"');
    expect(hcl).toContain('availability_zone_id = "use1-az2"');
    expect(hcl).toContain('"web, \\"edge\\""');
    expect(hcl).toContain('prod $${var.x}');
    for (const [, name] of hcl.matchAll(/^resource "[a-z_0-9]+" "([^"]+)"/gm))
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(hcl).toContain('exists already');
  });

  it('escapes Terraform string literals', () => {
    expect(terraformString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(terraformString('${x} %{y}')).toBe('"$${x} %%{y}"');
  });
});

describe('vpcExport json', () => {
  it('round-trips the plan and its warnings', () => {
    const parsed = JSON.parse(vpcExport(threeAz, 'json', { warnings: [{ code: 'w', message: 'm' }] }));
    expect(parsed.subnets).toEqual(threeAz.subnets);
    expect(parsed.warnings).toEqual([{ code: 'w', message: 'm' }]);
  });
});

describe('vpcExport resource names', () => {
  const cfnIds = (text: string) => Object.keys((parseYaml(text) as { Resources: object }).Resources);
  const tfNames = (text: string) =>
    [...text.matchAll(/^resource "aws_subnet" "([^"]*)"/gm)].map((match) => match[1]!);

  it('gives tiers that clean to the same name ("a b", "a_b", "é", "ü") valid, distinct IDs', () => {
    const collide = plan({
      vpcCidrs: ['10.0.0.0/16'],
      azs: 1,
      tiers: ['a b', 'a_b', 'é', 'ü'].map((name) => ({ name, size: '/24' })),
    });
    const ids = cfnIds(vpcExport(collide, 'cloudformation'));
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    const names = tfNames(vpcExport(collide, 'terraform'));
    expect(names).toHaveLength(4);
    for (const name of names) expect(name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_-]*$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('never gives a suffixed name that another subnet has as its own name (adversarial tier and AZ labels)', () => {
    const label = fc.stringMatching(/^[aAbN1][aAbN1_ é-]{0,5}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(label, { minLength: 1, maxLength: 6, selector: (name) => name.trim().toLowerCase() }),
        fc.array(fc.record({ tier: label, az: fc.stringMatching(/^[aAbN1][aAbN1_-]{0,5}$/) }), {
          maxLength: 6,
        }),
        (tierNames, existing) => {
          const adversarial = plan({
            vpcCidrs: ['10.0.0.0/16'],
            azs: 2,
            tiers: tierNames.map((name) => ({ name, size: '/28' })),
            existing: existing.map((subnet, index) => ({ ...subnet, cidr: `10.0.255.${index * 16}/28` })),
          });
          const ids = cfnIds(vpcExport(adversarial, 'cloudformation'));
          for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9]+$/);
          expect(new Set(ids).size).toBe(ids.length);
          const names = tfNames(vpcExport(adversarial, 'terraform'));
          expect(names).toHaveLength(adversarial.subnets.length);
          for (const name of names) expect(name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_-]*$/);
          expect(new Set(names).size).toBe(names.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('vpcExport of an existing subnet in an AZ that is not planned', () => {
  const unplanned = plan({
    vpcCidrs: ['10.0.0.0/16'],
    azs: 2,
    tiers: [{ name: 'app', size: '/22' }],
    existing: [{ cidr: '10.0.0.0/24', tier: 'nope', az: 'az9' }],
  });

  it("Terraform: asks for the AZ in a variable instead of guessing the Region's first AZ", () => {
    const hcl = vpcExportTerraform(unplanned);
    expect(hclStructure(hcl)).toEqual({ balanced: true, openStrings: 0 });
    const block = hcl.slice(hcl.indexOf('resource "aws_subnet" "nope_az9"'));
    expect(block).not.toContain('aws_availability_zones');
    expect(block).toMatch(/availability_zone = var\.availability_zone_for_az9/);
    expect(hcl).toMatch(
      /^variable "availability_zone_for_az9" \{\n {2}description = "[^"]*az9[^"]*"\n {2}type {8}= string\n\}$/m,
    );
  });

  it("CloudFormation: asks for the AZ in a parameter instead of guessing the Region's first AZ", () => {
    const template = parseYaml(vpcExport(unplanned, 'cloudformation')) as {
      Parameters?: Record<string, { Type: string; Description: string }>;
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const subnet = Object.values(template.Resources).find((r) => r.Properties.CidrBlock === '10.0.0.0/24');
    expect(subnet?.Properties.AvailabilityZone).toEqual({ Ref: 'AvailabilityZoneForAz9' });
    expect(template.Parameters?.AvailabilityZoneForAz9?.Type).toBe('AWS::EC2::AvailabilityZone::Name');
    expect(template.Parameters?.AvailabilityZoneForAz9?.Description).toContain('az9');
  });
});
