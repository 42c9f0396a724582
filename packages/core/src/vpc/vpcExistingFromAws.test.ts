import { describe, expect, it } from 'vitest';
import { vpcExistingFromDescribeSubnets } from './vpcExistingFromAws.ts';

// The shape of `aws ec2 describe-subnets` output (EC2 API DescribeSubnets: Subnets[].CidrBlock,
// AvailabilityZone, AvailabilityZoneId, SubnetId, Tags[].Key/Value).
describe('vpcExistingFromDescribeSubnets', () => {
  it('reads CIDR, AZ and the tier tag, falling back to the Name tag and the subnet ID', () => {
    const result = vpcExistingFromDescribeSubnets({
      Subnets: [
        {
          CidrBlock: '10.0.0.0/24',
          AvailabilityZone: 'us-east-1a',
          SubnetId: 'subnet-1',
          Tags: [
            { Key: 'Name', Value: 'prod-public-a' },
            { Key: 'Tier', Value: 'public' },
          ],
        },
        {
          CidrBlock: '10.0.1.0/24',
          AvailabilityZone: 'us-east-1b',
          Tags: [{ Key: 'Name', Value: 'legacy' }],
        },
        { CidrBlock: '10.0.2.0/24', AvailabilityZoneId: 'use1-az4', SubnetId: 'subnet-3' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      existing: [
        { cidr: '10.0.0.0/24', tier: 'public', az: 'us-east-1a' },
        { cidr: '10.0.1.0/24', tier: 'legacy', az: 'us-east-1b' },
        { cidr: '10.0.2.0/24', tier: 'subnet-3', az: 'use1-az4' },
      ],
    });
  });

  it('uses another tag for the tier when asked', () => {
    const result = vpcExistingFromDescribeSubnets(
      {
        Subnets: [
          { CidrBlock: '10.0.0.0/24', AvailabilityZone: 'a', Tags: [{ Key: 'Layer', Value: 'data' }] },
        ],
      },
      'Layer',
    );
    expect(result.ok && result.existing[0]?.tier).toBe('data');
  });

  it('reports JSON that is not describe-subnets output', () => {
    const result = vpcExistingFromDescribeSubnets({ Vpcs: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('describe_subnets_invalid');
  });
});
