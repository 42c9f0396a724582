import {
  EBS_VOLUME_TYPES,
  ebsBurstSimulation,
  ebsCost,
  ebsInstanceList,
  ebsMigrateGp2ToGp3,
  ebsRaid0,
  ebsVolumePerformance,
  formatDuration,
  formatUsd,
  run,
} from '@awscalc/core';
import { useId, useMemo } from 'react';
import { BurstChart } from '../components/ebs/BurstChart.tsx';
import { effectiveText, given, grouped } from '../components/ebs/format.ts';
import { MigrationPanel } from '../components/ebs/MigrationPanel.tsx';
import { Field, issuesAt } from '../components/Field.tsx';
import { Notices } from '../components/Notices.tsx';
import { TraceTable } from '../components/TraceTable.tsx';
import { useTextParam } from '../url.ts';

const TYPE_LABELS: Record<(typeof EBS_VOLUME_TYPES)[number], string> = {
  gp3: 'gp3 — General Purpose SSD',
  gp2: 'gp2 — General Purpose SSD (burst credits)',
  io2: 'io2 Block Express — Provisioned IOPS SSD',
  io1: 'io1 — Provisioned IOPS SSD',
  st1: 'st1 — Throughput Optimized HDD',
  sc1: 'sc1 — Cold HDD',
  standard: 'standard — Magnetic (previous generation)',
};

const DEFAULT_DEMAND = { gp2: '2500:600,200:3600', st1: '250:1h,20:2h', sc1: '80:1h,5:2h' } as const;

function Select(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<readonly [string, string]>;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {props.hint ? <p className="field-hint">{props.hint}</p> : null}
    </div>
  );
}

const seconds = (value: number | null) =>
  value === null ? '—' : `${grouped(value, 1)} s (${formatDuration(value)})`;

/** EBS: what a volume delivers, its credit bucket over a workload, and its gp3 equivalent and cost. */
export function EbsPage() {
  const [type, setType] = useTextParam('type', 'gp2');
  const [size, setSize] = useTextParam('size', '100');
  const [iops, setIops] = useTextParam('iops', '');
  const [throughput, setThroughput] = useTextParam('throughput', '');
  const [ioSize, setIoSize] = useTextParam('io', '');
  const [instance, setInstance] = useTextParam('instance', '');
  const [instanceIops, setInstanceIops] = useTextParam('iiops', '');
  const [instanceThroughput, setInstanceThroughput] = useTextParam('ithr', '');
  const [raidCount, setRaidCount] = useTextParam('raid', '');
  const [demandText, setDemand] = useTextParam('demand', '');
  const [repeat, setRepeat] = useTextParam('repeat', '3');
  const [start, setStart] = useTextParam('start', '100');
  const [month, setMonth] = useTextParam('month', '730');
  const [burst, setBurst] = useTextParam('burst', '0');

  const takesIops = type === 'gp3' || type === 'io1' || type === 'io2';
  const takesThroughput = type === 'gp3';
  const burstable = type === 'gp2' || type === 'st1' || type === 'sc1';
  const demand = demandText.trim() === '' && burstable ? DEFAULT_DEMAND[type] : demandText;
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
  const instanceKey = JSON.stringify(instanceInput);
  const volumeInput = {
    type,
    sizeGiB: size,
    ...(takesIops ? given('iops', iops) : {}),
    ...(takesThroughput ? given('throughputMiBps', throughput) : {}),
    ...given('ioSizeKiB', ioSize),
    ...instanceInput,
  };
  const volumeKey = JSON.stringify(volumeInput);
  const volume = useMemo(() => run(ebsVolumePerformance, JSON.parse(volumeKey)), [volumeKey]);
  const raid = useMemo(
    () =>
      raidCount.trim() === '' ? null : run(ebsRaid0, { ...JSON.parse(volumeKey), volumeCount: raidCount }),
    [volumeKey, raidCount],
  );
  const simulation = useMemo(
    () =>
      burstable
        ? run(ebsBurstSimulation, {
            type,
            sizeGiB: size,
            periods: demand,
            ...given('repeat', repeat),
            ...given('startBalancePercent', start),
            ...JSON.parse(instanceKey),
          })
        : null,
    [burstable, type, size, demand, repeat, start, instanceKey],
  );
  const cost = useMemo(
    () =>
      run(ebsCost, {
        type,
        sizeGiB: size,
        ...(takesIops ? given('iops', iops) : {}),
        ...(takesThroughput ? given('throughputMiBps', throughput) : {}),
        monthHours: month,
      }),
    [type, size, iops, throughput, takesIops, takesThroughput, month],
  );
  const migration = useMemo(
    () =>
      type === 'gp2'
        ? run(ebsMigrateGp2ToGp3, { sizeGiB: size, matchBurst: burst === '1', monthHours: month })
        : null,
    [type, size, burst, month],
  );
  const volumeIssues = volume.ok ? volume.value.problems : volume.issues;
  const simulationIssues = simulation && !simulation.ok ? simulation.issues : [];
  const unit = type === 'gp2' ? 'IOPS' : 'MiB/s';

  return (
    <div className="ebs-page">
      <p className="lede">
        What an EBS volume really delivers: baseline and burst, how long a gp2 (or st1/sc1) bucket lasts under
        your workload, what the gp3 equivalent costs. Current limits (gp3: 80,000 IOPS, 2,000 MiB/s, 64 TiB
        since September 2025); every constant links to its AWS page. The link keeps your inputs.
      </p>
      <section aria-labelledby="ebs-volume-title">
        <h2 id="ebs-volume-title">Volume</h2>
        <div className="row">
          <Select
            label="Volume type"
            name="type"
            value={type}
            onChange={setType}
            options={EBS_VOLUME_TYPES.map((value) => [value, TYPE_LABELS[value]] as const)}
          />
          <Field
            label="Size (GiB)"
            name="size"
            value={size}
            onChange={setSize}
            issues={issuesAt(volumeIssues, ['sizeGiB'])}
            hint="e.g. 100, 500 GiB or 2 TiB"
            width="narrow"
          />
          {takesIops ? (
            <Field
              label="Provisioned IOPS"
              name="iops"
              value={iops}
              onChange={setIops}
              issues={issuesAt(volumeIssues, ['iops'])}
              hint={type === 'gp3' ? 'default 3,000 (included)' : 'required'}
              placeholder={type === 'gp3' ? '3000' : ''}
              width="narrow"
            />
          ) : null}
          {takesThroughput ? (
            <Field
              label="Throughput (MiB/s)"
              name="throughput"
              value={throughput}
              onChange={setThroughput}
              issues={issuesAt(volumeIssues, ['throughputMiBps'])}
              hint="default 125 (included)"
              placeholder="125"
              width="narrow"
            />
          ) : null}
          <Field
            label="I/O size"
            name="io"
            value={ioSize}
            onChange={setIoSize}
            issues={issuesAt(volumeIssues, ['ioSizeKiB'])}
            hint="optional, e.g. 16 KiB: caps throughput at IOPS × size"
            width="narrow"
          />
          <Select
            label="Instance"
            name="instance"
            value={instance}
            onChange={setInstance}
            options={[
              ['', 'none (volume limits only)'],
              ...ebsInstanceList().map((row) => [row.name, row.name] as const),
            ]}
            hint="caps the volume at the instance's EBS maximum"
          />
          <Field
            label="Instance max IOPS"
            name="iiops"
            value={instanceIops}
            onChange={setInstanceIops}
            issues={issuesAt(volume.ok ? [] : volume.issues, ['instance', 'maxIops'])}
            hint="or type the instance's EBS limits"
            width="narrow"
          />
          <Field
            label="Instance max MiB/s"
            name="ithr"
            value={instanceThroughput}
            onChange={setInstanceThroughput}
            issues={issuesAt(volume.ok ? [] : volume.issues, ['instance', 'maxThroughputMiBps'])}
            width="narrow"
          />
          <Field
            label="RAID 0 volumes"
            name="raid"
            value={raidCount}
            onChange={setRaidCount}
            issues={raid && !raid.ok ? issuesAt(raid.issues, ['volumeCount']) : []}
            hint="optional: stripe N identical volumes"
            width="narrow"
          />
        </div>
        {volume.ok ? (
          <div className="result" aria-live="polite">
            <dl className="facts">
              <dt>Baseline IOPS</dt>
              <dd data-testid="baseline-iops">{grouped(volume.value.baselineIops)}</dd>
              <dt>Maximum IOPS</dt>
              <dd data-testid="max-iops">{grouped(volume.value.maxIops)}</dd>
              <dt>Baseline throughput</dt>
              <dd>{grouped(volume.value.baselineThroughputMiBps)} MiB/s</dd>
              <dt>Maximum throughput</dt>
              <dd>{grouped(volume.value.maxThroughputMiBps)} MiB/s</dd>
              {volume.value.creditBucket ? (
                <>
                  <dt>Credit bucket</dt>
                  <dd>
                    {grouped(volume.value.creditBucket.capacity, 0)} {volume.value.creditBucket.unit}
                  </dd>
                  <dt>Burst from a full bucket</dt>
                  <dd data-testid="burst-seconds">
                    {volume.value.burstable ? seconds(volume.value.burstSeconds) : 'does not burst'}
                  </dd>
                  <dt>Refill an empty bucket</dt>
                  <dd data-testid="refill-seconds">{seconds(volume.value.refillSeconds)}</dd>
                </>
              ) : null}
              {volume.value.instance ? (
                <>
                  <dt>On {volume.value.instance.name ?? 'the instance'}</dt>
                  <dd data-testid="effective">{effectiveText(volume.value.effective, 'volume')}</dd>
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
              <dd data-testid="valid">{volume.value.valid ? 'yes' : 'no'}</dd>
            </dl>
            <Notices
              problems={volume.value.problems}
              warnings={[
                ...volume.warnings,
                ...(raid?.ok
                  ? raid.warnings.filter(
                      (w) => w.code.startsWith('raid0') || w.code === 'instance_burst_limited',
                    )
                  : []),
              ]}
            />
            <TraceTable trace={volume.trace} />
          </div>
        ) : (
          <Notices
            problems={volume.issues.filter(
              (issue) => issue.path[0] === 'type' || issue.path[0] === 'instance',
            )}
          />
        )}
      </section>

      {burstable ? (
        <section aria-labelledby="ebs-workload-title">
          <h2 id="ebs-workload-title">Workload and credit balance</h2>
          <div className="row">
            <Field
              label={`Workload (${unit}:duration, …)`}
              name="demand"
              value={demandText}
              onChange={setDemand}
              issues={issuesAt(simulationIssues, ['periods'])}
              placeholder={DEFAULT_DEMAND[type]}
              hint={`e.g. ${DEFAULT_DEMAND[type]} — durations in seconds or 10m, 1h`}
              width="wide"
            />
            <Field
              label="Repeat"
              name="repeat"
              value={repeat}
              onChange={setRepeat}
              issues={issuesAt(simulationIssues, ['repeat'])}
              width="narrow"
            />
            <Field
              label="Start balance (%)"
              name="start"
              value={start}
              onChange={setStart}
              issues={issuesAt(simulationIssues, ['startBalancePercent'])}
              hint="AWS starts volumes full"
              width="narrow"
            />
          </div>
          {simulation?.ok ? (
            <div className="result">
              <dl className="facts">
                <dt>Bucket empties at</dt>
                <dd data-testid="empty-at">
                  {simulation.value.emptyAtSeconds === null
                    ? 'never'
                    : seconds(simulation.value.emptyAtSeconds)}
                </dd>
                <dt>Balance at the end</dt>
                <dd data-testid="final-balance">
                  {grouped(simulation.value.finalBalance, 0)} {simulation.value.creditUnit} (
                  {grouped(simulation.value.finalBalancePercent, 1)}%)
                </dd>
                <dt>Unserved demand</dt>
                <dd>
                  {grouped(simulation.value.totalUnserved, 0)} {type === 'gp2' ? 'I/Os' : 'MiB'}
                </dd>
              </dl>
              <BurstChart simulation={simulation.value} />
              <Notices warnings={simulation.warnings} />
              <details className="ebs-timeline">
                <summary>Period by period ({simulation.value.timeline.length} periods)</summary>
                <table aria-label="Simulated periods">
                  <thead>
                    <tr>
                      <th>Rep</th>
                      <th>Period</th>
                      <th className="num">Start s</th>
                      <th className="num">Demand</th>
                      <th className="num">Delivered</th>
                      <th className="num">Balance at end</th>
                      <th className="num">Empty at s</th>
                    </tr>
                  </thead>
                  <tbody>
                    {simulation.value.timeline.slice(0, 200).map((row) => (
                      <tr key={`${row.repetition}-${row.period}`}>
                        <td>{row.repetition}</td>
                        <td>{row.period}</td>
                        <td className="num">{grouped(row.startSeconds, 1)}</td>
                        <td className="num">{grouped(row.demand)}</td>
                        <td className="num">
                          {row.deliveredAtStart === row.deliveredAtEnd
                            ? grouped(row.deliveredAtStart)
                            : `${grouped(row.deliveredAtStart)} → ${grouped(row.deliveredAtEnd)}`}
                        </td>
                        <td className="num">{grouped(row.balanceEnd, 0)}</td>
                        <td className="num">
                          {row.emptiedAtSeconds === null ? '' : grouped(row.emptiedAtSeconds, 1)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
              <TraceTable trace={simulation.trace} />
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="ebs-cost-title">
        <h2 id="ebs-cost-title">{type === 'gp2' ? 'gp3 equivalent and cost' : 'Cost'}</h2>
        <div className="row">
          <Select
            label="Month"
            name="month"
            value={month}
            onChange={setMonth}
            options={[
              ['730', '730 hours (AWS Pricing Calculator)'],
              ['720', '720 hours (30 days)'],
            ]}
          />
          {type === 'gp2' ? (
            <Select
              label="gp3 should match gp2's"
              name="burst"
              value={burst}
              onChange={setBurst}
              options={[
                ['0', 'baseline'],
                ['1', 'burst (maximum)'],
              ]}
            />
          ) : null}
        </div>
        {/* Issues the fields above do not already show (e.g. a month from a hand-edited link). */}
        <Notices
          problems={[
            ...(migration && !migration.ok ? migration.issues : []),
            ...(cost.ok ? [] : cost.issues),
          ].filter(
            (issue, index, all) =>
              !['sizeGiB', 'iops', 'throughputMiBps', 'type'].includes(String(issue.path[0])) &&
              all.findIndex((other) => other.message === issue.message) === index,
          )}
        />
        {migration?.ok ? (
          <div className="result">
            <MigrationPanel migration={migration.value} />
            <Notices warnings={migration.warnings} />
            <p className="field-hint">
              {migration.value.region} list prices, {migration.value.month.label}; source{' '}
              <a href={migration.value.gp2.lines[0]?.source} target="_blank" rel="noreferrer">
                Amazon EBS pricing
              </a>
              .
            </p>
          </div>
        ) : null}
        {cost.ok && type !== 'gp2' ? (
          <div className="result">
            <table aria-label="Cost lines">
              <thead>
                <tr>
                  <th>Line</th>
                  <th className="num">Quantity</th>
                  <th className="num">Unit price</th>
                  <th className="num">Cost</th>
                  <th>As of</th>
                </tr>
              </thead>
              <tbody>
                {cost.value.lines.map((line) => (
                  <tr key={line.priceKey}>
                    <td>
                      <a href={line.source} target="_blank" rel="noreferrer">
                        {line.description}
                      </a>
                    </td>
                    <td className="num">
                      {grouped(Number(line.quantity), 4)} {line.unit}
                    </td>
                    <td className="num">${line.unitPriceUsd}</td>
                    <td className="num">{formatUsd(line.costUsd)}</td>
                    <td>{line.asOf}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p data-testid="monthly-cost">
              <strong>{formatUsd(cost.value.totalUsd)}</strong> per month ({cost.value.region},{' '}
              {cost.value.month.label})
            </p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
