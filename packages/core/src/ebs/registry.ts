import type { CalculatorEntry } from '../registry.ts';
import { ebsBurstSimulation } from './ebsBurstSimulation.ts';
import { ebsCheapestVolume } from './ebsCheapestVolume.ts';
import { ebsCost } from './ebsCost.ts';
import { ebsMigrateGp2ToGp3 } from './ebsMigrateGp2ToGp3.ts';
import { ebsRaid0 } from './ebsRaid0.ts';
import { ebsVolumePerformance } from './ebsVolumePerformance.ts';

/** The ebs calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const ebsCalculators: readonly CalculatorEntry[] = [
  {
    id: 'ebs.volume',
    title: 'EBS volume performance',
    summary: 'what a volume delivers: baseline/max IOPS and MiB/s, burst, instance cap, AWS problems',
    calculator: ebsVolumePerformance,
    page: '/ebs',
  },
  {
    id: 'ebs.simulate',
    title: 'EBS burst credit simulation',
    summary: 'gp2/st1/sc1 credit balance over a workload: delivered rate, when the bucket empties',
    calculator: ebsBurstSimulation,
    page: '/ebs',
  },
  {
    id: 'ebs.cost',
    title: 'EBS monthly cost',
    summary: 'monthly cost: storage, provisioned IOPS (io2 tiers), gp3 IOPS/throughput',
    calculator: ebsCost,
    page: '/ebs',
  },
  {
    id: 'ebs.migrate',
    title: 'gp2 to gp3 migration',
    summary: 'gp2 → gp3: the matching gp3 configuration and the monthly saving',
    calculator: ebsMigrateGp2ToGp3,
    page: '/ebs',
  },
  {
    id: 'ebs.cheapest',
    title: 'Cheapest EBS volume type',
    summary: 'the cheapest type and configuration meeting an IOPS/throughput/capacity need',
    calculator: ebsCheapestVolume,
  },
  {
    id: 'ebs.raid0',
    title: 'EBS RAID 0 array',
    summary: 'RAID 0 over N identical volumes: aggregate IOPS/MiB/s, capped by the instance',
    calculator: ebsRaid0,
    page: '/ebs',
  },
];
