import { type EbsCost, type EbsMigrateGp2ToGp3, formatUsd, type Result } from '@awscalc/core';
import { Notices } from '../Notices.tsx';
import { SelectField } from '../SelectField.tsx';
import { grouped } from './format.ts';
import { MigrationPanel } from './MigrationPanel.tsx';
import { EBS_FIELDS, type EbsInputs } from './useEbsInputs.ts';

const F = EBS_FIELDS;
/** Issues the volume fields already show beside themselves; the rest are listed under this section's fields. */
const SHOWN_ABOVE = ['sizeGiB', 'iops', 'throughputMiBps', 'type'];
/** This section's selects show their own issues (a month from a hand-edited link) beside them. */
const SHOWN_BESIDE = [F.month.key, F.matchBurst.key];

/** The monthly cost, or for gp2 the gp3 equivalent and the saving. */
export function CostSection(props: {
  inputs: EbsInputs;
  cost: Result<EbsCost>;
  migration: Result<EbsMigrateGp2ToGp3> | null;
}) {
  const { inputs, cost, migration } = props;
  const issues = [
    ...(migration && !migration.ok ? migration.issues : []),
    ...(cost.ok ? [] : cost.issues),
  ].filter(
    (issue, index, all) =>
      !SHOWN_ABOVE.includes(String(issue.path[0])) &&
      all.findIndex((other) => other.message === issue.message) === index,
  );
  const others = issues.filter((issue) => !SHOWN_BESIDE.includes(String(issue.path[0])));
  return (
    <section aria-labelledby="ebs-cost-title">
      <h2 id="ebs-cost-title">{migration ? 'gp3 equivalent and cost' : 'Cost'}</h2>
      <div className="row">
        <SelectField
          field={F.month}
          value={inputs.month}
          onChange={inputs.setMonth}
          issues={issues}
          options={[
            ['730', '730 hours (AWS Pricing Calculator)'],
            ['720', '720 hours (30 days)'],
          ]}
        />
        {migration ? (
          <SelectField
            field={F.matchBurst}
            value={inputs.matchBurst}
            onChange={inputs.setMatchBurst}
            issues={issues}
            options={[
              ['false', "no: match gp2's baseline"],
              ['true', "yes: match gp2's burst maximum"],
            ]}
            hint={F.matchBurst.description}
          />
        ) : null}
      </div>
      <Notices problems={others} />
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
      {cost.ok && !migration ? <CostLines cost={cost.value} /> : null}
    </section>
  );
}

function CostLines({ cost }: { cost: EbsCost }) {
  return (
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
          {cost.lines.map((line) => (
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
        <strong>{formatUsd(cost.monthlyUsd)}</strong> per month ({cost.region}, {cost.month.label})
      </p>
    </div>
  );
}
