import { IPV6_VPC_PREFIX } from '../cidr/awsVpcRules.ts';
import {
  cloudFormationId,
  cloudFormationSuffix,
  uniqueNames,
  type VpcExportOptions,
  vpcAzReference,
  vpcBlockIndex,
  vpcIpv6Index,
  vpcUnplannedAzs,
} from './vpcExportNames.ts';
import type { VpcPlan } from './vpcPlan.ts';

type Yaml = string | number | boolean | readonly Yaml[] | { readonly [key: string]: Yaml };

/** Fn::Cidr makes at most 256 blocks. */
const FN_CIDR_MAX_COUNT = 256;

/**
 * Minimal YAML writer for the template: every string is double-quoted (JSON escaping is valid
 * YAML), so no tier name can change the document's structure. Intrinsics use the long form
 * (`Ref:`, `Fn::Select:`), which every YAML parser reads without custom tags.
 */
function yaml(value: Yaml, indent = ''): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value
      .map((item: Yaml) => {
        const body = block(item, `${indent}  `);
        return `\n${indent}- ${body.startsWith('\n') ? body.trimStart() : body}`;
      })
      .join('');
  }
  const entries = Object.entries(value as Record<string, Yaml>);
  if (entries.length === 0) return '{}';
  return entries
    .map(([key, item]) => `\n${indent}${yamlKey(key)}:${spaced(block(item, `${indent}  `))}`)
    .join('');
}

const block = (value: Yaml, indent: string) => yaml(value, indent);
const spaced = (text: string) => (text.startsWith('\n') ? text : ` ${text}`);
const yamlKey = (key: string) => (/^[A-Za-z][A-Za-z0-9:]*$/.test(key) ? key : JSON.stringify(key));

/**
 * The plan as a CloudFormation template (YAML): `AWS::EC2::VPC`, one `AWS::EC2::VPCCidrBlock` per
 * secondary block (and one for IPv6), one `AWS::EC2::Subnet` per subnet with literal CIDRs.
 *
 * @example
 * vpcExportCloudFormation(plan).startsWith('AWSTemplateFormatVersion') //=> true
 */
export function vpcExportCloudFormation(plan: VpcPlan, options: VpcExportOptions = {}): string {
  const vpcName = options.name ?? 'main';
  const ref = (id: string) => ({ Ref: id });
  const resources: Record<string, Yaml> = {};
  const parameters: Record<string, Yaml> = {};
  const tags = (name: string, extra: Record<string, string> = {}) => [
    { Key: 'Name', Value: name },
    ...Object.entries(extra).map(([Key, Value]) => ({ Key, Value })),
  ];
  resources.Vpc = {
    Type: 'AWS::EC2::VPC',
    Properties: {
      CidrBlock: plan.vpc[0] ?? '',
      EnableDnsSupport: true,
      EnableDnsHostnames: true,
      Tags: tags(vpcName),
    },
  };
  const secondaryIds: string[] = plan.vpc.map((_, index) => `VpcCidrBlock${index}`);
  for (const [index, cidr] of plan.vpc.entries()) {
    if (index === 0) continue;
    resources[secondaryIds[index]!] = {
      Type: 'AWS::EC2::VPCCidrBlock',
      Properties: { VpcId: ref('Vpc'), CidrBlock: cidr },
    };
  }
  const ipv6 = plan.ipv6;
  const ipv6Prefix = ipv6 ? Number(ipv6.cidr.split('/')[1]) : 0;
  if (ipv6) {
    if (ipv6Prefix === IPV6_VPC_PREFIX.amazonProvided.value) {
      resources.VpcIpv6CidrBlock = {
        Type: 'AWS::EC2::VPCCidrBlock',
        Properties: { VpcId: ref('Vpc'), AmazonProvidedIpv6CidrBlock: true },
      };
    } else {
      parameters.Ipv6IpamPoolId = {
        Type: 'String',
        Description: `IPAM pool that provides the IPv6 block (planned as ${ipv6.cidr})`,
      };
      resources.VpcIpv6CidrBlock = {
        Type: 'AWS::EC2::VPCCidrBlock',
        Properties: {
          VpcId: ref('Vpc'),
          Ipv6IpamPoolId: ref('Ipv6IpamPoolId'),
          Ipv6NetmaskLength: ipv6Prefix,
        },
      };
    }
  }

  // An AZ label that is not planned (an existing subnet's) is asked for, never guessed.
  const unplannedAzs = vpcUnplannedAzs(plan);
  const azParameters = uniqueNames(
    unplannedAzs,
    (label) => `AvailabilityZoneFor${cloudFormationId(label)}`,
    cloudFormationSuffix,
  );
  for (const [index, label] of unplannedAzs.entries())
    parameters[azParameters[index]!] = {
      Type: 'AWS::EC2::AvailabilityZone::Name',
      Description: `The AZ of the existing subnets labelled ${label}, which is not among the planned AZs (${plan.azs.join(', ')}): give the subnets' real AZ.`,
    };
  const names = uniqueNames(
    plan.subnets.map((subnet) => `${subnet.tier} ${subnet.az}`),
    (text) => `Subnet${cloudFormationId(text)}`,
    cloudFormationSuffix,
  );
  for (const [subnetIndex, subnet] of plan.subnets.entries()) {
    const az = vpcAzReference(plan, subnet.az);
    const block = vpcBlockIndex(plan, subnet.vpcCidr);
    const dependsOn = [
      ...(block > 0 ? [secondaryIds[block]!] : []),
      ...(ipv6 && subnet.ipv6Cidr ? ['VpcIpv6CidrBlock'] : []),
    ];
    const properties: Record<string, Yaml> = {
      VpcId: ref('Vpc'),
      CidrBlock: subnet.cidr,
      ...(az.kind === 'name'
        ? { AvailabilityZone: az.value }
        : az.kind === 'id'
          ? { AvailabilityZoneId: az.value }
          : az.kind === 'unplanned'
            ? { AvailabilityZone: ref(azParameters[unplannedAzs.indexOf(az.value)]!) }
            : { AvailabilityZone: { 'Fn::Select': [az.value, { 'Fn::GetAZs': '' }] } }),
    };
    const index = vpcIpv6Index(plan, subnet.ipv6Cidr);
    if (ipv6 && subnet.ipv6Cidr && index !== undefined) {
      properties.Ipv6CidrBlock =
        index < FN_CIDR_MAX_COUNT
          ? {
              'Fn::Select': [
                index,
                {
                  'Fn::Cidr': [
                    { 'Fn::Select': [0, { 'Fn::GetAtt': ['Vpc', 'Ipv6CidrBlocks'] }] },
                    index + 1,
                    // Fn::Cidr's last argument is the number of host bits, not the prefix length.
                    128 - ipv6.subnetPrefix,
                  ],
                },
              ],
            }
          : subnet.ipv6Cidr;
    }
    properties.Tags = tags(`${vpcName}-${subnet.tier}-${subnet.az}`, {
      Tier: subnet.tier,
      ...(subnet.existing ? { 'awscalc:existing': 'true' } : {}),
    });
    resources[names[subnetIndex]!] = {
      Type: 'AWS::EC2::Subnet',
      ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
      Properties: properties,
    };
  }
  const template: Record<string, Yaml> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `VPC plan generated by awscalc: ${plan.vpc.join(', ')}; ${plan.azs.length} AZs; tiers ${plan.tiers.map((tier) => `${tier.name} /${tier.prefixLength}`).join(', ')}`,
    ...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
    Resources: resources,
    Outputs: { VpcId: { Value: ref('Vpc') } },
  };
  const header = [
    '# Generated by awscalc (vpc plan). CIDRs are literal so the layout is exactly the plan.',
    ...(plan.reserved.length > 0
      ? [
          '# Held for future AZs:',
          ...plan.reserved.map((slot) =>
            `#   ${slot.tier} ${slot.az}: ${slot.cidr}`.replace(/[\r\n]+/g, ' '),
          ),
        ]
      : []),
    ...(plan.free.length > 0 ? [`# Free: ${plan.free.join(', ')}`] : []),
  ];
  return `${header.join('\n')}\n${yaml(template).trimStart()}\n`;
}
