import { type EbsBurstSimulation, type EbsVolumeTraits, formatDuration, type Result } from '@awscalc/core';
import { InputField } from '../InputField.tsx';
import { Notices } from '../Notices.tsx';
import { TraceTable } from '../TraceTable.tsx';
import { BurstChart } from './BurstChart.tsx';
import { grouped } from './format.ts';
import { EBS_FIELDS, type EbsInputs } from './useEbsInputs.ts';

const F = EBS_FIELDS;
const seconds = (value: number) => `${grouped(value, 1)} s (${formatDuration(value)})`;

/** A burstable volume's credit balance over a workload: the fields, the chart and the period table. */
export function WorkloadSection(props: {
  inputs: EbsInputs;
  traits: EbsVolumeTraits;
  defaultDemand: string;
  simulation: Result<EbsBurstSimulation>;
}) {
  const { inputs, traits, simulation } = props;
  const issues = simulation.ok ? [] : simulation.issues;
  // The workload's unit depends on the type (IOPS for gp2, MiB/s for st1/sc1), so the label says which.
  const demandField = { ...F.demand, unit: `${traits.rateUnit}:duration, …` };
  return (
    <section aria-labelledby="ebs-workload-title">
      <h2 id="ebs-workload-title">Workload and credit balance</h2>
      <div className="row">
        <InputField
          field={demandField}
          value={inputs.demand}
          onChange={inputs.setDemand}
          issues={issues}
          hint={`e.g. ${props.defaultDemand} — durations in seconds or 10m, 1h`}
          width="wide"
        />
        <InputField
          field={F.repeat}
          value={inputs.repeat}
          onChange={inputs.setRepeat}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={F.start}
          value={inputs.start}
          onChange={inputs.setStart}
          issues={issues}
          hint="AWS starts volumes full"
          width="narrow"
        />
      </div>
      {simulation.ok ? <SimulationResult simulation={simulation} /> : null}
    </section>
  );
}

function SimulationResult({ simulation }: { simulation: Extract<Result<EbsBurstSimulation>, { ok: true }> }) {
  const v = simulation.value;
  return (
    <div className="result">
      <dl className="facts">
        <dt>Bucket empties at</dt>
        <dd data-testid="empty-at">{v.emptyAtSeconds === null ? 'never' : seconds(v.emptyAtSeconds)}</dd>
        <dt>Balance at the end</dt>
        <dd data-testid="final-balance">
          {grouped(v.finalBalance, 0)} {v.creditUnit} ({grouped(v.finalBalancePercent, 1)}%)
        </dd>
        <dt>Unserved demand</dt>
        <dd>
          {grouped(v.totalUnserved, 0)} {v.rateUnit === 'IOPS' ? 'I/Os' : 'MiB'}
        </dd>
      </dl>
      <BurstChart simulation={v} />
      <Notices warnings={simulation.warnings} />
      <details className="ebs-timeline">
        <summary>Period by period ({v.timeline.length} periods)</summary>
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
            {v.timeline.slice(0, 200).map((row) => (
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
  );
}
