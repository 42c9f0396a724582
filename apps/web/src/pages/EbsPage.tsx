import type { EBS_BURSTABLE_TYPES } from '@awscalc/core';
import {
  EBS_VOLUME_TYPES,
  ebsBurstSimulation,
  ebsCost,
  ebsMigrateGp2ToGp3,
  ebsRaid0,
  ebsVolumePerformance,
  ebsVolumeTraits,
  run,
} from '@awscalc/core';
import { useMemo } from 'react';
import { CostSection } from '../components/ebs/CostSection.tsx';
import { given } from '../components/ebs/format.ts';
import { useEbsInputs } from '../components/ebs/useEbsInputs.ts';
import { VolumeSection } from '../components/ebs/VolumeSection.tsx';
import { WorkloadSection } from '../components/ebs/WorkloadSection.tsx';

/** A workload that shows each burstable type's bucket draining and refilling, until the user types one. */
const DEFAULT_DEMAND: Record<(typeof EBS_BURSTABLE_TYPES)[number], string> = {
  gp2: '2500:600,200:3600',
  st1: '250:1h,20:2h',
  sc1: '80:1h,5:2h',
};

/** EBS: what a volume delivers, its credit bucket over a workload, and its gp3 equivalent and cost. */
export function EbsPage() {
  const inputs = useEbsInputs();
  const { type, size, iops, throughput, ioSize, instance, instanceIops, instanceThroughput } = inputs;
  const known = (EBS_VOLUME_TYPES as readonly string[]).includes(type);
  const traits = ebsVolumeTraits(known ? (type as (typeof EBS_VOLUME_TYPES)[number]) : 'gp3');
  const burstType = known && traits.burstable ? (type as keyof typeof DEFAULT_DEMAND) : null;
  // The type decides which fields apply: a value left in a hidden field must not change the result.
  const provisioned = {
    ...(!known || traits.takesIops ? given('iops', iops) : {}),
    ...(!known || traits.takesThroughput ? given('throughputMiBps', throughput) : {}),
  };
  const instanceInput =
    instance || instanceIops.trim() || instanceThroughput.trim()
      ? {
          instance: {
            ...(instance ? { name: instance } : {}),
            ...given('maxIops', instanceIops),
            ...given('maxThroughputMiBps', instanceThroughput),
          },
        }
      : {};
  const volumeKey = JSON.stringify({
    type,
    sizeGiB: size,
    ...provisioned,
    ...given('ioSizeKiB', ioSize),
    ...instanceInput,
  });
  const volume = useMemo(() => run(ebsVolumePerformance, JSON.parse(volumeKey)), [volumeKey]);
  const raid = useMemo(
    () =>
      inputs.raidCount.trim() === ''
        ? null
        : run(ebsRaid0, { ...JSON.parse(volumeKey), volumeCount: inputs.raidCount }),
    [volumeKey, inputs.raidCount],
  );
  const demand = burstType && inputs.demand.trim() === '' ? DEFAULT_DEMAND[burstType] : inputs.demand;
  const simulationKey = JSON.stringify({
    type,
    sizeGiB: size,
    periods: demand,
    ...given('repeat', inputs.repeat),
    ...given('creditBalancePercent', inputs.start),
    ...instanceInput,
  });
  const simulation = useMemo(
    () => (burstType ? run(ebsBurstSimulation, JSON.parse(simulationKey)) : null),
    [burstType, simulationKey],
  );
  const costKey = JSON.stringify({ type, sizeGiB: size, ...provisioned, monthHours: inputs.month });
  const cost = useMemo(() => run(ebsCost, JSON.parse(costKey)), [costKey]);
  const migration = useMemo(
    () =>
      type === 'gp2'
        ? run(ebsMigrateGp2ToGp3, { sizeGiB: size, matchBurst: inputs.matchBurst, monthHours: inputs.month })
        : null,
    [type, size, inputs.matchBurst, inputs.month],
  );

  return (
    <div className="ebs-page">
      <p className="lede">
        What an EBS volume really delivers: baseline and burst, how long a gp2 (or st1/sc1) bucket lasts under
        your workload, what the gp3 equivalent costs. Current limits (gp3: 80,000 IOPS, 2,000 MiB/s, 64 TiB
        since September 2025); every constant links to its AWS page. The link keeps your inputs.
      </p>
      <VolumeSection inputs={inputs} volume={volume} raid={raid} />
      {burstType && simulation ? (
        <WorkloadSection
          inputs={inputs}
          traits={traits}
          defaultDemand={DEFAULT_DEMAND[burstType]}
          simulation={simulation}
        />
      ) : null}
      <CostSection inputs={inputs} cost={cost} migration={migration} />
    </div>
  );
}
