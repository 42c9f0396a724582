import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../input/fieldMeta.ts';
import { run } from '../run.ts';
import { vpcPlan } from './vpcPlan.ts';
import { VpcPlanInput } from './vpcPlanInput.ts';

const base = { vpcCidrs: ['10.0.0.0/16'], azs: 2, tiers: [{ name: 'app', size: '/24' }] };

describe('VpcPlanInput', () => {
  it('gives every top-level field a label, a flag and a URL parameter', () => {
    const fields = fieldsOf(VpcPlanInput);
    expect(fields.map((field) => [field.key, field.flag])).toEqual([
      ['vpcCidrs', 'vpc-cidr'],
      ['azs', 'azs'],
      ['futureAzs', 'future-azs'],
      ['tiers', 'tier'],
      ['existing', 'existing'],
      ['ipv6', 'ipv6'],
      ['peers', 'peer'],
      ['quotas', 'quotas'],
    ]);
    for (const field of fields) expect(field.param).toBe(field.flag);
  });

  it('reads tiers, existing subnets and the IPv6 block in the text forms the flags and URL carry', () => {
    const text = run(vpcPlan, {
      ...base,
      tiers: ['app=/24', 'data=1,000'],
      existing: ['10.0.0.0/24:app:az1'],
      ipv6: '2600:1f18:1234:5600::/56',
    });
    const objects = run(vpcPlan, {
      ...base,
      tiers: [
        { name: 'app', size: '/24' },
        { name: 'data', size: 1000 },
      ],
      existing: [{ cidr: '10.0.0.0/24', tier: 'app', az: 'az1' }],
      ipv6: { cidr: '2600:1f18:1234:5600::/56' },
    });
    expect(text.ok && objects.ok).toBe(true);
    expect(text.ok && text.value).toEqual(objects.ok && objects.value);
  });

  it('names the field by its label and points at the entry for malformed text', () => {
    const tier = run(vpcPlan, { ...base, tiers: ['app'] });
    expect(!tier.ok && tier.issues[0]).toMatchObject({
      code: 'tier_text_invalid',
      path: ['tiers', 0],
      message: expect.stringMatching(/name=size/),
    });
    const existing = run(vpcPlan, { ...base, existing: ['10.0.0.0/24:app'] });
    expect(!existing.ok && existing.issues[0]).toMatchObject({
      code: 'existing_text_invalid',
      path: ['existing', 0],
    });
    const future = run(vpcPlan, { ...base, futureAzs: 'lots' });
    expect(!future.ok && future.issues[0]?.message).toMatch(/^Future AZs must be a number/);
    const unknown = run(vpcPlan, { ...base, tier: ['app=/24'] });
    expect(!unknown.ok && unknown.issues[0]?.message).toMatch(
      /Unknown field "tier" \(did you mean "tiers"\?\)/,
    );
  });

  it('refuses a pasted blob for the Availability Zones before reading it, saying the bound', () => {
    const result = run(vpcPlan, { ...base, azs: `${'1'.repeat(50_000)}x` });
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        code: 'text_too_long',
        path: ['azs'],
        message: expect.stringMatching(
          /Availability Zones is 50,001 characters long; at most 1,000 are read/,
        ),
      }),
    ]);
  });

  it('refuses huge tier, existing-subnet and peer text with text_too_long, and too many entries by count', () => {
    const long = 'a'.repeat(20_000);
    const tier = run(vpcPlan, { ...base, tiers: [`${long}=/24`] });
    expect(!tier.ok && tier.issues[0]).toMatchObject({ code: 'text_too_long', path: ['tiers', 0] });
    const existing = run(vpcPlan, { ...base, existing: [`10.0.0.0/24:${long}:az1`] });
    expect(!existing.ok && existing.issues[0]).toMatchObject({
      code: 'text_too_long',
      path: ['existing', 0],
    });
    const peer = run(vpcPlan, { ...base, peers: [`10.0.0.0/${long}`] });
    expect(!peer.ok && peer.issues[0]).toMatchObject({ code: 'text_too_long', path: ['peers', 0] });
    const peers = run(vpcPlan, { ...base, peers: Array.from({ length: 1_001 }, () => '192.168.0.0/16') });
    expect(!peers.ok && peers.issues[0]?.message).toMatch(/at most 1,000 peer ranges/);
  });
});
