import {
  DYNAMO_TABLE_CLASSES,
  type DynamoCostInput,
  dynamoCost,
  dynamoCostCurve,
  formatUsd,
  type InputField as FieldInfo,
  run,
} from '@awscalc/core';
import { Fragment, useMemo } from 'react';
import { InputField } from '../InputField.tsx';
import { LineChart } from '../LineChart.tsx';
import { Notices } from '../Notices.tsx';
import { SelectField } from '../SelectField.tsx';

/** The cost fields this section shows, with their labels and URL parameters from the field metadata. */
export interface CostFields {
  readonly utilization: FieldInfo;
  readonly storage: FieldInfo;
  readonly tableClass: FieldInfo;
  readonly replicas: FieldInfo;
  readonly pitr: FieldInfo;
  readonly freeTier: FieldInfo;
}

const compactUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

/** Monthly cost on-demand vs provisioned, and the chart of cost against utilization with the break-even. */
export function CostSection(props: {
  fields: CostFields;
  workload: DynamoCostInput['workload'];
  utilization: string;
  onUtilization: (value: string) => void;
  storage: string;
  onStorage: (value: string) => void;
  /** As the link holds it: an unknown class is named beside the select, not replaced. */
  tableClass: string;
  onTableClass: (value: string) => void;
  replicas: string;
  onReplicas: (value: string) => void;
  pitr: boolean;
  onPitr: (value: boolean) => void;
  freeTier: boolean;
  onFreeTier: (value: boolean) => void;
}) {
  const { fields } = props;
  const input: DynamoCostInput = useMemo(
    () => ({
      workload: props.workload,
      // Text as typed: the core reads numbers (12,000 included) and names the field when it cannot.
      utilizationPercent: props.utilization,
      ...(props.storage.trim() !== '' ? { storage: props.storage } : {}),
      tableClass: props.tableClass,
      replicaRegions: props.replicas,
      pointInTimeRecovery: props.pitr,
      freeTier: props.freeTier,
    }),
    [
      props.workload,
      props.utilization,
      props.storage,
      props.tableClass,
      props.replicas,
      props.pitr,
      props.freeTier,
    ],
  );
  const cost = useMemo(() => run(dynamoCost, input), [input]);
  const curve = useMemo(() => run(dynamoCostCurve, input), [input]);
  const issues = cost.ok ? [] : cost.issues;
  const breakEven = curve.ok ? curve.value.breakEvenUtilizationPercent : null;
  const points = curve.ok ? curve.value.points : [];
  const firstX = points[0]?.utilizationPercent ?? 0;
  const lastX = points[points.length - 1]?.utilizationPercent ?? 0;
  return (
    <section aria-label="Cost" className="dynamo-section">
      <h2>Monthly cost</h2>
      <div className="row">
        <InputField
          field={fields.utilization}
          value={props.utilization}
          onChange={props.onUtilization}
          issues={issues}
          hint="average use of provisioned capacity"
          width="narrow"
        />
        <InputField
          field={fields.storage}
          value={props.storage}
          onChange={props.onStorage}
          issues={issues}
          hint={`e.g. ${fields.storage.example} (1 GB = 1,024³ bytes)`}
          width="narrow"
        />
        <InputField
          field={fields.replicas}
          value={props.replicas}
          onChange={props.onReplicas}
          issues={issues}
          hint="other Regions holding a replica (global table); 0 = not global"
          width="narrow"
        />
        <div className="field narrow">
          <label className="dynamo-check">
            <input
              type="checkbox"
              checked={props.pitr}
              onChange={(event) => props.onPitr(event.target.checked)}
            />{' '}
            {fields.pitr.label}
          </label>
          <label className="dynamo-check">
            <input
              type="checkbox"
              checked={props.freeTier}
              onChange={(event) => props.onFreeTier(event.target.checked)}
            />{' '}
            {fields.freeTier.label}
          </label>
        </div>
        <SelectField
          field={fields.tableClass}
          value={props.tableClass}
          options={DYNAMO_TABLE_CLASSES}
          onChange={props.onTableClass}
          issues={issues}
          width="narrow"
        />
      </div>
      {cost.ok ? (
        <div className="result" aria-live="polite">
          <dl className="facts">
            <dt>On-demand</dt>
            <dd data-testid="ondemand-usd">{formatUsd(cost.value.onDemand.monthlyUsd)} / month</dd>
            <dt>Provisioned at {cost.value.utilizationPercent} %</dt>
            <dd data-testid="provisioned-usd">{formatUsd(cost.value.provisioned.monthlyUsd)} / month</dd>
            <dt>Break-even utilization</dt>
            <dd data-testid="break-even">
              {cost.value.breakEvenUtilizationPercent === null
                ? 'no traffic'
                : `${cost.value.breakEvenUtilizationPercent.toFixed(1)} % (above it, provisioned is cheaper)`}
            </dd>
            <dt>Cheaper here</dt>
            <dd>{cost.value.cheaperMode}</dd>
            {cost.value.tableClasses.map((entry) => (
              <Fragment key={entry.tableClass}>
                <dt>Class {entry.tableClass}</dt>
                <dd>
                  on-demand {formatUsd(entry.onDemandUsd)} · provisioned {formatUsd(entry.provisionedUsd)}
                </dd>
              </Fragment>
            ))}
            <dt>Prices</dt>
            <dd>
              {cost.value.region}, USD, {cost.value.month.label}. {cost.value.freeTier.note}
            </dd>
          </dl>
          {points.length > 0 ? (
            <LineChart
              title="Monthly cost against average utilization of provisioned capacity"
              xLabel="Average utilization of provisioned capacity (%)"
              yLabel="USD per month"
              formatX={(x) => `${x} %`}
              formatY={(y) => compactUsd.format(y)}
              series={[
                {
                  name: 'On-demand',
                  color: '#0b6bcb',
                  points: points.map((point) => [point.utilizationPercent, point.onDemand] as const),
                },
                {
                  name: 'Provisioned',
                  color: '#b54708',
                  points: points.map((point) => [point.utilizationPercent, point.provisioned] as const),
                },
              ]}
              markers={
                breakEven !== null && breakEven >= firstX && breakEven <= lastX
                  ? [{ x: breakEven, label: `break-even ${breakEven.toFixed(1)} %` }]
                  : []
              }
            />
          ) : null}
          <table aria-label="Cost lines">
            <thead>
              <tr>
                <th>Mode</th>
                <th>Line</th>
                <th>Quantity</th>
                <th className="num">Unit price</th>
                <th className="num">Monthly</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['on-demand', cost.value.onDemand.lines],
                  ['provisioned', cost.value.provisioned.lines],
                  ['both', cost.value.common.lines],
                ] as const
              ).flatMap(([mode, lines]) =>
                lines.map((line) => (
                  <tr key={`${mode}-${line.priceKey}`}>
                    <td>{mode}</td>
                    <td>{line.description}</td>
                    <td>
                      {line.quantity} {line.unit}
                    </td>
                    <td className="num">${line.unitPriceUsd}</td>
                    <td className="num">{formatUsd(line.costUsd)}</td>
                    <td>
                      <a href={line.source} target="_blank" rel="noreferrer">
                        {line.region}, {line.asOf}
                      </a>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          <Notices warnings={cost.warnings.filter((w) => w.code === 'provisioned_never_cheaper')} />
        </div>
      ) : (
        <Notices problems={issues.filter((issue) => issue.path[0] === 'prices')} />
      )}
    </section>
  );
}
