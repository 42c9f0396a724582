import { describe, expect, it } from 'vitest';
import type { VpcPlanDraft } from './vpcPlanDraft.ts';
import { vpcDraftFromParams, vpcDraftToParams } from './vpcPlanParams.ts';

const draft: VpcPlanDraft = {
  vpc: ['10.0.0.0/16', '100.64.0.0/16'],
  azs: 'us-east-1a,us-east-1b',
  futureAzs: '3',
  tiers: [
    { name: 'web tier', size: '/24', lb: true },
    { name: 'app', size: '4,000', lb: false },
    { name: '', size: '', lb: false },
  ],
  ipv6: '2600:1f18:1234:5600::/56',
  ipv6Size: '/60',
  existing: [{ cidr: '10.0.64.0/24', tier: 'a:b', az: 'us-east-1a' }],
  peers: '192.168.0.0/16, 172.16.0.0/12',
};

const lookup = (pairs: ReadonlyArray<readonly [string, string]>) => (name: string) =>
  pairs.filter(([key]) => key === name).map(([, value]) => value);

describe('vpcDraftToParams', () => {
  it('names the parameters like the CLI flags, lists repeated in order', () => {
    expect(vpcDraftToParams(draft)).toEqual([
      ['vpc-cidr', '10.0.0.0/16'],
      ['vpc-cidr', '100.64.0.0/16'],
      ['azs', 'us-east-1a,us-east-1b'],
      ['future-azs', '3'],
      ['tier', 'web tier=/24'],
      ['tier', 'app=4,000'],
      ['tier', '='],
      ['lb-tier', 'web tier'],
      ['existing', '10.0.64.0/24:a:b:us-east-1a'],
      ['ipv6', '2600:1f18:1234:5600::/56'],
      ['ipv6-subnet-size', '/60'],
      ['peer', '192.168.0.0/16, 172.16.0.0/12'],
    ]);
  });

  it('round-trips a draft, half-typed rows included', () => {
    expect(vpcDraftFromParams(lookup(vpcDraftToParams(draft)))).toEqual(draft);
  });

  it('reads a link without the plan parameters as no draft, and an out-of-bounds one as none', () => {
    expect(vpcDraftFromParams(lookup([['name', 'main']]))).toBeUndefined();
    const many = Array.from({ length: 51 }, (_, index) => ['tier', `t${index}=/24`] as const);
    expect(vpcDraftFromParams(lookup([['vpc-cidr', '10.0.0.0/16'], ...many]))).toBeUndefined();
  });
});
