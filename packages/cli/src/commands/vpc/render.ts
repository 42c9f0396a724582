import type { VpcPlan } from '@awscalc/core';
import { type Block, pairs, rows, text } from '../../output.ts';

const grouped = (value: number) => value.toLocaleString('en-US');

/** The plan as people read it: the VPC and tiers, one row per subnet, growth slots, free space. */
export function planBlocks(plan: VpcPlan): Block[] {
  const ipv6 = plan.ipv6 !== null;
  const blocks: Block[] = [
    pairs([
      ['VPC', plan.vpc.join(', ')],
      ...(plan.ipv6 ? ([['IPv6', `${plan.ipv6.cidr} (subnets /${plan.ipv6.subnetPrefix})`]] as const) : []),
      [
        'AZs',
        `${plan.azs.join(', ')}${plan.azsFromCount ? ' (placeholders: exports use the Region’s first available AZs)' : ''}`,
      ],
      [
        'Tiers',
        plan.tiers
          .map((tier) => `${tier.name} /${tier.prefixLength} (${grouped(tier.usableAddresses)} usable)`)
          .join(', '),
      ],
      [
        'Tier blocks',
        plan.tiers.map((tier) => `${tier.name} ${tier.summaryCidrs.join(' + ') || '—'}`).join('; '),
      ],
    ]),
    rows(
      ['Tier', 'AZ', 'CIDR', 'Usable', 'First usable', 'Last usable', ...(ipv6 ? ['IPv6'] : []), 'Note'],
      plan.subnets.map((subnet) => [
        subnet.tier,
        subnet.az,
        subnet.cidr,
        grouped(subnet.usableAddresses),
        subnet.firstUsable,
        subnet.lastUsable,
        ...(ipv6 ? [subnet.ipv6Cidr ?? '—'] : []),
        subnet.existing ? 'existing' : '',
      ]),
    ),
  ];
  if (plan.reserved.length > 0)
    blocks.push(
      text('Held for future AZs (growth room):'),
      rows(
        ['Tier', 'AZ', 'CIDR', ...(ipv6 ? ['IPv6'] : [])],
        plan.reserved.map((slot) => [slot.tier, slot.az, slot.cidr, ...(ipv6 ? [slot.ipv6Cidr ?? '—'] : [])]),
      ),
    );
  const totals = plan.totals;
  blocks.push(
    pairs([
      ['Free', plan.free.length > 0 ? plan.free.join(', ') : 'none'],
      [
        'Totals',
        `${totals.subnets} subnet${totals.subnets === 1 ? '' : 's'}, ${grouped(totals.usableAddresses)} usable of ${grouped(totals.subnetAddresses)} addresses; ${grouped(totals.reservedAddresses)} held for growth; ${grouped(totals.freeAddresses)} free of ${grouped(totals.vpcAddresses)} in the VPC`,
      ],
    ]),
  );
  return blocks;
}

/** An export file as one headerless column, so `--output text` writes it to stdout byte for byte. */
export function fileBlocks(file: string): Block[] {
  const lines = file.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return [
    rows(
      ['file'],
      lines.map((line) => [line]),
    ),
  ];
}
