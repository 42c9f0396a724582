import {
  EBS_VOLUME_TYPES,
  type EbsRaid0,
  type EbsVolumePerformance,
  ebsInstanceList,
  ebsVolumeTraits,
  formatDuration,
  type Result,
} from '@awscalc/core';
import { InputField } from '../InputField.tsx';
import { Notices } from '../Notices.tsx';
import { SelectField } from '../SelectField.tsx';
import { TraceTable } from '../TraceTable.tsx';
import { effectiveText, grouped } from './format.ts';
import { EBS_FIELDS, type EbsInputs } from './useEbsInputs.ts';

const F = EBS_FIELDS;
/** Instance issues shown beside their own inputs; the rest (an unknown bundled name) go above the results. */
const BESIDE_FIELDS = [F.instanceIops.key, F.instanceThroughput.key];
const seconds = (value: number | null) =>
  value === null ? '—' : `${grouped(value, 1)} s (${formatDuration(value)})`;
const TYPE_OPTIONS = EBS_VOLUME_TYPES.map(
  (type) => [type, `${type} — ${ebsVolumeTraits(type).name}`] as const,
);

/** The volume: its fields (those its type takes), what it delivers, on the instance and in RAID 0. */
export function VolumeSection(props: {
  inputs: EbsInputs;
  volume: Result<EbsVolumePerformance>;
  raid: Result<EbsRaid0> | null;
}) {
  const { inputs, volume, raid } = props;
  const traits = ebsVolumeTraits(volume.ok ? volume.value.type : 'gp3');
  const typeKnown = (EBS_VOLUME_TYPES as readonly string[]).includes(inputs.type);
  const issues = volume.ok ? volume.value.problems : volume.issues;
  return (
    <section aria-labelledby="ebs-volume-title">
      <h2 id="ebs-volume-title">Volume</h2>
      <div className="row">
        <SelectField
          field={F.type}
          value={inputs.type}
          onChange={inputs.setType}
          options={TYPE_OPTIONS}
          issues={issues}
        />
        <InputField
          field={F.size}
          value={inputs.size}
          onChange={inputs.setSize}
          issues={issues}
          hint="e.g. 100, 500 GiB or 2 TiB"
          width="narrow"
        />
        {!typeKnown || traits.takesIops ? (
          <InputField
            field={F.iops}
            value={inputs.iops}
            onChange={inputs.setIops}
            issues={issues}
            hint={
              traits.defaultIops !== null ? `default ${grouped(traits.defaultIops)} (included)` : 'required'
            }
            width="narrow"
          />
        ) : null}
        {!typeKnown || traits.takesThroughput ? (
          <InputField
            field={F.throughput}
            value={inputs.throughput}
            onChange={inputs.setThroughput}
            issues={issues}
            hint={`default ${grouped(traits.defaultThroughputMiBps ?? 0)} (included)`}
            width="narrow"
          />
        ) : null}
        <InputField
          field={F.ioSize}
          value={inputs.ioSize}
          onChange={inputs.setIoSize}
          issues={issues}
          hint="optional, e.g. 16 KiB: caps throughput at IOPS × size"
          width="narrow"
        />
        <SelectField
          field={F.instance}
          value={inputs.instance}
          onChange={inputs.setInstance}
          options={[
            ['', 'none (volume limits only)'],
            ...ebsInstanceList().map((row) => [row.name, row.name] as const),
          ]}
          hint="caps the volume at the instance's EBS maximum"
        />
        <InputField
          field={F.instanceIops}
          value={inputs.instanceIops}
          onChange={inputs.setInstanceIops}
          issues={issues}
          path={['instance', 'maxIops']}
          hint="or type the instance's EBS limits"
          width="narrow"
        />
        <InputField
          field={F.instanceThroughput}
          value={inputs.instanceThroughput}
          onChange={inputs.setInstanceThroughput}
          issues={issues}
          path={['instance', 'maxThroughputMiBps']}
          width="narrow"
        />
        <InputField
          field={F.raidCount}
          value={inputs.raidCount}
          onChange={inputs.setRaidCount}
          issues={raid && !raid.ok ? raid.issues : []}
          hint="optional: stripe N identical volumes in RAID 0"
          width="narrow"
        />
      </div>
      {volume.ok ? (
        <VolumeFigures volume={volume} raid={raid} />
      ) : (
        <Notices
          problems={volume.issues.filter(
            (issue) => issue.path[0] === 'instance' && !BESIDE_FIELDS.includes(String(issue.path[1])),
          )}
        />
      )}
    </section>
  );
}

function VolumeFigures({
  volume,
  raid,
}: {
  volume: Extract<Result<EbsVolumePerformance>, { ok: true }>;
  raid: Result<EbsRaid0> | null;
}) {
  const v = volume.value;
  return (
    <div className="result" aria-live="polite">
      <dl className="facts">
        <dt>Baseline IOPS</dt>
        <dd data-testid="baseline-iops">{grouped(v.baselineIops)}</dd>
        <dt>Maximum IOPS</dt>
        <dd data-testid="max-iops">{grouped(v.maxIops)}</dd>
        <dt>Baseline throughput</dt>
        <dd>{grouped(v.baselineThroughputMiBps)} MiB/s</dd>
        <dt>Maximum throughput</dt>
        <dd>{grouped(v.maxThroughputMiBps)} MiB/s</dd>
        {v.creditBucket ? (
          <>
            <dt>Credit bucket</dt>
            <dd>
              {grouped(v.creditBucket.capacity, 0)} {v.creditBucket.unit}
            </dd>
            <dt>Burst from a full bucket</dt>
            <dd data-testid="burst-seconds">{v.burstable ? seconds(v.burstSeconds) : 'does not burst'}</dd>
            <dt>Refill an empty bucket</dt>
            <dd data-testid="refill-seconds">{seconds(v.refillSeconds)}</dd>
          </>
        ) : null}
        {v.instance ? (
          <>
            <dt>On {v.instance.name ?? 'the instance'}</dt>
            <dd data-testid="effective">{effectiveText(v.effective, 'volume')}</dd>
          </>
        ) : null}
        {raid?.ok ? (
          <>
            <dt>
              RAID 0 of {raid.value.volumeCount} ({grouped(raid.value.capacityGiB)} GiB)
            </dt>
            <dd data-testid="raid">{effectiveText(raid.value.effective, 'array')}</dd>
          </>
        ) : null}
        <dt>Valid for AWS</dt>
        <dd data-testid="valid">{v.valid ? 'yes' : 'no'}</dd>
      </dl>
      <Notices
        problems={v.problems}
        warnings={[
          ...volume.warnings,
          ...(raid?.ok
            ? raid.warnings.filter((w) => w.code.startsWith('raid0') || w.code === 'instance_burst_limited')
            : []),
        ]}
      />
      <TraceTable trace={volume.trace} />
    </div>
  );
}
