import { describe, expect, it } from 'vitest';
import { vpcPlanCommandLine, vpcShellWord } from './vpcPlanCommandLine.ts';

describe('vpcPlanCommandLine', () => {
  it('writes the CLI flags for every part of the input', () => {
    expect(
      vpcPlanCommandLine({
        vpcCidrs: ['10.0.0.0/16', '100.64.0.0/16'],
        azs: ['us-east-1a', 'us-east-1b'],
        futureAzs: 3,
        tiers: [
          { name: 'web tier', size: '/24', loadBalancer: true },
          { name: 'app', size: 4000 },
        ],
        existing: [{ cidr: '10.0.0.0/24', tier: 'old', az: 'us-east-1a' }],
        ipv6: { cidr: '2600:1f18:1234:5600::/56', subnetPrefix: 64 },
        peers: ['192.168.0.0/16'],
        quotas: { maxSubnets: 300 },
      }),
    ).toBe(
      "awscalc vpc plan 10.0.0.0/16 --secondary 100.64.0.0/16 --azs us-east-1a,us-east-1b --future-azs 3 --tier 'web tier=/24' --tier app=4000 --lb-tier 'web tier' --existing 10.0.0.0/24:old:us-east-1a --ipv6 2600:1f18:1234:5600::/56 --ipv6-subnet-size 64 --peer 192.168.0.0/16 --max-subnets 300",
    );
  });

  it('single-quotes words a shell would split or expand', () => {
    expect(vpcShellWord('a b')).toBe("'a b'");
    expect(vpcShellWord("it's")).toBe("'it'\\''s'");
    expect(vpcShellWord('$HOME')).toBe("'$HOME'");
    expect(vpcShellWord('app=/24')).toBe('app=/24');
  });
});
