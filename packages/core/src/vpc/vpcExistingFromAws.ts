import { z } from 'zod';
import type { Issue } from '../result.ts';

const Tag = z.object({ Key: z.string(), Value: z.string() });
const DescribeSubnets = z.object(
  {
    Subnets: z.array(
      z.object({
        CidrBlock: z.string({ error: 'Each subnet needs a CidrBlock.' }),
        AvailabilityZone: z.string().optional(),
        AvailabilityZoneId: z.string().optional(),
        SubnetId: z.string().optional(),
        Tags: z.array(Tag).optional(),
      }),
      { error: 'Subnets is a list.' },
    ),
  },
  { error: 'Expected the JSON of `aws ec2 describe-subnets`: { "Subnets": [ … ] }.' },
);

/**
 * Existing subnets from the output of `aws ec2 describe-subnets` (JSON): CIDR, AZ name, and the
 * tier from the tag `tierTag` (default `Tier`), else the `Name` tag, else the subnet ID.
 *
 * @example
 * vpcExistingFromDescribeSubnets({ Subnets: [{ CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-east-1a', Tags: [{ Key: 'Tier', Value: 'public' }] }] })
 * //=> { ok: true, existing: [{ cidr: '10.0.0.0/24', tier: 'public', az: 'us-east-1a' }] }
 */
export function vpcExistingFromDescribeSubnets(
  raw: unknown,
  tierTag = 'Tier',
):
  | { readonly ok: true; readonly existing: Array<{ cidr: string; tier: string; az: string }> }
  | { readonly ok: false; readonly issues: Issue[] } {
  const parsed = DescribeSubnets.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        code: 'describe_subnets_invalid',
        path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
        message: issue.message,
      })),
    };
  return {
    ok: true,
    existing: parsed.data.Subnets.map((subnet) => {
      const tag = (key: string) => subnet.Tags?.find((candidate) => candidate.Key === key)?.Value;
      return {
        cidr: subnet.CidrBlock,
        tier: tag(tierTag) ?? tag('Name') ?? subnet.SubnetId ?? 'existing',
        az: subnet.AvailabilityZone ?? subnet.AvailabilityZoneId ?? 'unknown',
      };
    }),
  };
}
