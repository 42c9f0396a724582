import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { VpcPlanDraft, vpcDraftToInput } from './vpcPlanDraft.ts';
import { vpcPlan } from './vpcPlan.ts';

describe('VpcPlanDraft', () => {
  it('keeps half-typed text and fills optional fields', () => {
    const parsed = VpcPlanDraft.parse({ vpc: ['10.0.0.0/1'], azs: '3', tiers: [{ name: 'a', size: '/2' }] });
    expect(parsed).toEqual({
      vpc: ['10.0.0.0/1'],
      azs: '3',
      futureAzs: '',
      tiers: [{ name: 'a', size: '/2', lb: false }],
      ipv6: '',
      ipv6Size: '',
      existing: [],
      peers: '',
    });
  });

  it('refuses lists written as objects keyed by numbers', () => {
    expect(VpcPlanDraft.safeParse({ vpc: { 0: '10.0.0.0/16' }, azs: '3', tiers: [] }).success).toBe(false);
    expect(
      VpcPlanDraft.safeParse({ vpc: ['10.0.0.0/16'], azs: '3', tiers: { 0: { name: 'a', size: '/24' } } })
        .success,
    ).toBe(false);
  });
});

describe('vpcDraftToInput', () => {
  it('turns the form into calculator input: numbers, IPv6 size, peers list, optional fields left out', () => {
    const input = vpcDraftToInput({
      vpc: [' 10.0.0.0/16 '],
      azs: 'us-east-1a,us-east-1b',
      futureAzs: '3',
      tiers: [{ name: 'web', size: ' /24 ', lb: true }],
      ipv6: '2600:1f18:1234:5600::/56',
      ipv6Size: '/64',
      existing: [],
      peers: '192.168.0.0/16, 172.16.0.0/12',
    });
    expect(input).toEqual({
      vpcCidrs: ['10.0.0.0/16'],
      azs: 'us-east-1a,us-east-1b',
      futureAzs: 3,
      tiers: [{ name: 'web', size: '/24', loadBalancer: true }],
      ipv6: { cidr: '2600:1f18:1234:5600::/56', subnetPrefix: 64 },
      peers: ['192.168.0.0/16', '172.16.0.0/12'],
    });
    expect(run(vpcPlan, input).ok).toBe(true);
  });

  it('passes non-numbers through so the schema reports them at their field', () => {
    const result = run(
      vpcPlan,
      vpcDraftToInput(
        VpcPlanDraft.parse({
          vpc: ['10.0.0.0/16'],
          azs: '2',
          futureAzs: 'x',
          tiers: [{ name: 'a', size: '/24' }],
        }),
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['futureAzs']);
  });
});
