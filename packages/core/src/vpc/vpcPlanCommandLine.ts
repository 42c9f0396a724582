import type { VpcPlanInput } from './vpcPlanInput.ts';

/**
 * The `awscalc vpc plan` arguments that reproduce a plan input (e.g. the web page's plan), in the
 * CLI's own flags, so a plan built in the browser can be scripted.
 *
 * @example
 * vpcPlanArgv({ vpcCidrs: ['10.0.0.0/16'], azs: 3, tiers: [{ name: 'app', size: '/22' }] })
 * //=> ['vpc', 'plan', '10.0.0.0/16', '--azs', '3', '--tier', 'app=/22']
 */
export function vpcPlanArgv(input: VpcPlanInput): string[] {
  const [primary, ...secondaries] = input.vpcCidrs;
  const argv = ['vpc', 'plan', primary ?? ''];
  for (const cidr of secondaries) argv.push('--secondary', cidr);
  const azs = input.azs;
  argv.push('--azs', Array.isArray(azs) ? azs.join(',') : String(azs));
  if (input.futureAzs !== undefined) argv.push('--future-azs', String(input.futureAzs));
  // Tiers, existing subnets and the IPv6 block may be given as the text their flags take.
  for (const tier of input.tiers)
    argv.push('--tier', typeof tier === 'string' ? tier : `${tier.name}=${String(tier.size)}`);
  for (const tier of input.tiers)
    if (typeof tier !== 'string' && tier.loadBalancer) argv.push('--lb-tier', tier.name);
  for (const subnet of input.existing ?? [])
    argv.push(
      '--existing',
      typeof subnet === 'string' ? subnet : `${subnet.cidr}:${subnet.tier}:${subnet.az}`,
    );
  const ipv6 = typeof input.ipv6 === 'string' ? { cidr: input.ipv6 } : input.ipv6;
  if (ipv6) {
    argv.push('--ipv6', ipv6.cidr);
    if (ipv6.subnetPrefix !== undefined) argv.push('--ipv6-subnet-size', String(ipv6.subnetPrefix));
  }
  for (const peer of input.peers ?? []) argv.push('--peer', peer);
  if (typeof input.quotas === 'string') argv.push('--quotas', input.quotas);
  else {
    if (input.quotas?.maxCidrs !== undefined) argv.push('--max-cidrs', String(input.quotas.maxCidrs));
    if (input.quotas?.maxSubnets !== undefined) argv.push('--max-subnets', String(input.quotas.maxSubnets));
  }
  return argv;
}

/** One POSIX shell word: left bare when it is plainly safe, else single-quoted. */
export function vpcShellWord(word: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The whole command line, quoted for a POSIX shell. */
export function vpcPlanCommandLine(input: VpcPlanInput): string {
  return ['awscalc', ...vpcPlanArgv(input)].map(vpcShellWord).join(' ');
}
