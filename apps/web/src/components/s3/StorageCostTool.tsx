import { formatUsd, run, s3StorageCost } from '@awscalc/core';
import { useMemo } from 'react';
import { InputField, useFieldParam } from '../InputField.tsx';
import { Notices } from '../Notices.tsx';
import { TraceTable } from '../TraceTable.tsx';
import { ClassCostBars } from './ClassCostBars.tsx';
import { COST_FIELDS as FIELDS } from './fields.ts';
import { given, grouped } from './format.ts';
import { SelectField } from '../SelectField.tsx';
import { UnitsSelect } from './UnitsSelect.tsx';

const SHOWN: readonly string[] = [...Object.values(FIELDS).map((field) => field.key), 'units'];

/** Dataset + request profile → monthly cost in every storage class, side by side, cheapest highlighted. */
export function StorageCostTool({
  units,
  onUnitsChange,
}: {
  units: string;
  onUnitsChange: (units: string) => void;
}) {
  const [objects, setObjects] = useFieldParam(FIELDS.objectCount, '1M');
  const [average, setAverage] = useFieldParam(FIELDS.averageObjectSize, '256 KB', { formerly: ['avg'] });
  const [total, setTotal] = useFieldParam(FIELDS.totalSize, '', { formerly: ['total'] });
  const [puts, setPuts] = useFieldParam(FIELDS.putRequests, '1M');
  const [gets, setGets] = useFieldParam(FIELDS.getRequests, '10M');
  const [retrieved, setRetrieved] = useFieldParam(FIELDS.retrievedSize, '', { formerly: ['retr'] });
  const [deleted, setDeleted] = useFieldParam(FIELDS.deletedObjects, '', { formerly: ['del'] });
  const [age, setAge] = useFieldParam(FIELDS.deletedAfterDays, '', { formerly: ['age'] });
  const [month, setMonth] = useFieldParam(FIELDS.monthHours, '730');
  const [intMix, setIntMix] = useFieldParam(FIELDS.intelligentTiering, '100,0,0', { formerly: ['int'] });
  const result = useMemo(
    () =>
      run(s3StorageCost, {
        ...given('objectCount', objects),
        ...(total.trim() === '' ? given('averageObjectSize', average) : {}),
        ...given('totalSize', total),
        ...given('putRequests', puts),
        ...given('getRequests', gets),
        ...given('retrievedSize', retrieved),
        ...given('deletedObjects', deleted),
        ...given('deletedAfterDays', age),
        monthHours: month,
        ...given('intelligentTiering', intMix),
        units,
      }),
    [objects, average, total, puts, gets, retrieved, deleted, age, month, intMix, units],
  );
  const issues = result.ok ? [] : result.issues;
  return (
    <section aria-labelledby="s3-cost-title" className="s3-tool">
      <h2 id="s3-cost-title">Storage and request cost by storage class</h2>
      <p className="lede">
        Monthly cost of the same dataset and request profile in every class: tiered storage, requests,
        retrieval fees, the 128 KB minimum billable size, Glacier per-object overhead, minimum storage
        durations (30/90/180 days) for early deletions, Intelligent-Tiering monitoring. Storage is billed per
        GB-month with 1 GB = 2^30 bytes, whichever units you type in. Counts take k/M/B.
      </p>
      <div className="row">
        <InputField
          field={FIELDS.objectCount}
          value={objects}
          onChange={setObjects}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.averageObjectSize}
          value={average}
          onChange={setAverage}
          issues={issues}
          hint={total.trim() === '' ? undefined : `ignored: ${FIELDS.totalSize.label} is given`}
          width="narrow"
        />
        <InputField
          field={FIELDS.totalSize}
          value={total}
          onChange={setTotal}
          issues={issues}
          width="narrow"
        />
        <SelectField
          width="narrow"
          field={FIELDS.monthHours}
          value={month}
          onChange={setMonth}
          issues={issues}
          options={[
            ['730', '730 h (AWS)'],
            ['720', '720 h (30 d)'],
          ]}
        />
        <UnitsSelect value={units} onChange={onUnitsChange} issues={issues} />
      </div>
      <div className="row">
        <InputField
          field={FIELDS.putRequests}
          value={puts}
          onChange={setPuts}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.getRequests}
          value={gets}
          onChange={setGets}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.retrievedSize}
          value={retrieved}
          onChange={setRetrieved}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.deletedObjects}
          value={deleted}
          onChange={setDeleted}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.deletedAfterDays}
          value={age}
          onChange={setAge}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.intelligentTiering}
          value={intMix}
          onChange={setIntMix}
          issues={issues}
          hint="Frequent, Infrequent, Archive Instant"
          width="narrow"
        />
      </div>
      {result.ok ? (
        <div className="result" aria-live="polite">
          <p>
            {result.value.dataset.objectCount === null
              ? 'Unknown number of objects'
              : `${grouped(result.value.dataset.objectCount)} objects`}
            , {grouped(Number(result.value.dataset.totalGb))} GB · {result.value.month.label} · prices{' '}
            {result.value.region}, <a href="https://aws.amazon.com/s3/pricing/">aws.amazon.com/s3/pricing</a>
          </p>
          <table aria-label="Monthly cost by storage class" className="s3-classes">
            <thead>
              <tr>
                <th>Storage class</th>
                <th className="num">Storage</th>
                <th className="num">Requests</th>
                <th className="num">Retrieval</th>
                <th className="num">Early deletion</th>
                <th className="num">Monitoring</th>
                <th className="num">Total / month</th>
              </tr>
            </thead>
            <tbody>
              {result.value.classes.map((entry) => (
                <tr
                  key={entry.storageClass}
                  data-class={entry.storageClass}
                  className={entry.cheapest ? 's3-cheapest' : undefined}
                  aria-current={entry.cheapest ? 'true' : undefined}
                >
                  <td>
                    {entry.label}
                    {entry.cheapest ? <strong className="s3-badge">cheapest</strong> : null}
                  </td>
                  <td className="num">{formatUsd(entry.subtotalsUsd.storage)}</td>
                  <td className="num">{formatUsd(entry.subtotalsUsd.requests)}</td>
                  <td className="num">{formatUsd(entry.subtotalsUsd.retrieval)}</td>
                  <td className="num">{formatUsd(entry.subtotalsUsd.early_deletion)}</td>
                  <td className="num">{formatUsd(entry.subtotalsUsd.monitoring)}</td>
                  <td className="num" data-testid={`s3-total-${entry.storageClass}`}>
                    {formatUsd(entry.monthlyUsd)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ClassCostBars classes={result.value.classes} />
          <Notices warnings={result.warnings} problems={result.value.problems} />
          <details className="s3-lines">
            <summary>Line items with unit prices, region, source and date</summary>
            {result.value.classes.map((entry) => (
              <table key={entry.storageClass} aria-label={`${entry.label} line items`}>
                <caption>{entry.label}</caption>
                <thead>
                  <tr>
                    <th>Item</th>
                    <th className="num">Quantity</th>
                    <th>Unit</th>
                    <th className="num">Unit price (USD)</th>
                    <th className="num">Cost</th>
                    <th>Region · as of</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.lines.map((line, index) => (
                    <tr key={index}>
                      <td>{line.description}</td>
                      <td className="num">{line.quantity}</td>
                      <td>{line.unit}</td>
                      <td className="num">{line.unitPriceUsd}</td>
                      <td className="num">{formatUsd(line.costUsd)}</td>
                      <td>
                        <a href={line.source}>{line.region}</a> · {line.asOf}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </details>
          <ul className="s3-guidance" aria-label="Assumptions">
            {result.value.assumptions.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
          <TraceTable trace={result.trace} />
        </div>
      ) : null}
      {/* Issues no field above shows (e.g. a price override or storage class in a hand-edited link). */}
      <Notices problems={issues.filter((issue) => !SHOWN.includes(String(issue.path[0])))} />
    </section>
  );
}
