import { formatUsd, run, s3StorageCost } from '@awscalc/core';
import { useId, useMemo } from 'react';
import { useTextParam } from '../../url.ts';
import { Field, issuesAt } from '../Field.tsx';
import { Notices } from '../Notices.tsx';
import { TraceTable } from '../TraceTable.tsx';
import { ClassCostBars } from './ClassCostBars.tsx';
import { given, grouped } from './format.ts';
import { UnitsSelect } from './UnitsSelect.tsx';

/** Dataset + request profile → monthly cost in every storage class, side by side, cheapest highlighted. */
export function StorageCostTool({
  units,
  onUnitsChange,
}: {
  units: string;
  onUnitsChange: (units: string) => void;
}) {
  const [objects, setObjects] = useTextParam('objects', '1M');
  const [average, setAverage] = useTextParam('avg', '256 KB');
  const [total, setTotal] = useTextParam('total', '');
  const [puts, setPuts] = useTextParam('puts', '1M');
  const [gets, setGets] = useTextParam('gets', '10M');
  const [retrieved, setRetrieved] = useTextParam('retr', '');
  const [deleted, setDeleted] = useTextParam('del', '');
  const [age, setAge] = useTextParam('age', '');
  const [month, setMonth] = useTextParam('month', '730');
  const [intMix, setIntMix] = useTextParam('int', '100,0,0');
  const monthId = useId();
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
        <Field
          label="Objects"
          name="objects"
          value={objects}
          onChange={setObjects}
          issues={issuesAt(issues, ['objectCount'])}
          hint="e.g. 1M"
          width="narrow"
        />
        <Field
          label="Average object size"
          name="avg"
          value={average}
          onChange={setAverage}
          issues={issuesAt(issues, ['averageObjectSize'])}
          hint={total.trim() === '' ? 'e.g. 256 KB' : 'ignored: total size is given'}
          width="narrow"
        />
        <Field
          label="or total size"
          name="total"
          value={total}
          onChange={setTotal}
          issues={issuesAt(issues, ['totalSize'])}
          hint="e.g. 10 TB"
          width="narrow"
        />
        <div className="field narrow">
          <label htmlFor={monthId}>Month</label>
          <select id={monthId} value={month} onChange={(event) => setMonth(event.target.value)}>
            <option value="730">730 h (AWS)</option>
            <option value="720">720 h (30 d)</option>
          </select>
        </div>
        <UnitsSelect value={units} onChange={onUnitsChange} />
      </div>
      <div className="row">
        <Field
          label="PUT/COPY/POST/LIST per month"
          name="puts"
          value={puts}
          onChange={setPuts}
          issues={issuesAt(issues, ['putRequests'])}
          width="narrow"
        />
        <Field
          label="GET/SELECT/other per month"
          name="gets"
          value={gets}
          onChange={setGets}
          issues={issuesAt(issues, ['getRequests'])}
          width="narrow"
        />
        <Field
          label="Retrieved per month"
          name="retr"
          value={retrieved}
          onChange={setRetrieved}
          issues={issuesAt(issues, ['retrievedSize'])}
          hint="data read back, e.g. 100 GB"
          width="narrow"
        />
        <Field
          label="Deleted objects per month"
          name="del"
          value={deleted}
          onChange={setDeleted}
          issues={issuesAt(issues, ['deletedObjects'])}
          width="narrow"
        />
        <Field
          label="Deleted after (days)"
          name="age"
          value={age}
          onChange={setAge}
          issues={issuesAt(issues, ['deletedAfterDays'])}
          hint="age when deleted"
          width="narrow"
        />
        <Field
          label="Intelligent-Tiering split (%)"
          name="int"
          value={intMix}
          onChange={setIntMix}
          issues={issuesAt(issues, ['intelligentTiering'])}
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
                    {formatUsd(entry.totalUsd)}
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
      {/* Issues no field above shows (units or month from a hand-edited link, dataset-level rules). */}
      <Notices
        problems={issues.filter(
          (issue) =>
            ![
              'objectCount',
              'averageObjectSize',
              'totalSize',
              'putRequests',
              'getRequests',
              'retrievedSize',
              'deletedObjects',
              'deletedAfterDays',
              'intelligentTiering',
            ].includes(String(issue.path[0])),
        )}
      />
    </section>
  );
}
