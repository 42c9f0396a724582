import { DYNAMO_PARTITION_LIMITS, type DynamoCapacity } from '@awscalc/core';
import { grouped } from '../../format.ts';

const units = (value: number) => grouped(value, 3);

/** Units per operation and in total, for the table and each GSI, and the provisioned sizing. */
export function CapacityResults({ value }: { value: DynamoCapacity }) {
  return (
    <>
      <dl className="facts">
        <dt>Table read units</dt>
        <dd data-testid="table-rcu">{units(value.readCapacityUnits)} RCU/s</dd>
        <dt>Table write units</dt>
        <dd data-testid="table-wcu">{units(value.writeCapacityUnits)} WCU/s</dd>
        <dt>Table + GSIs</dt>
        <dd data-testid="total-units">
          {units(value.totals.readCapacityUnits)} RCU/s · {units(value.totals.writeCapacityUnits)} WCU/s
        </dd>
        <dt>Provision at {value.provisioned.targetUtilizationPercent} % target</dt>
        <dd data-testid="provisioned-units">
          {units(value.provisioned.totals.readCapacityUnits)} RCU ·{' '}
          {units(value.provisioned.totals.writeCapacityUnits)} WCU
        </dd>
        <dt>On-demand per month</dt>
        <dd>
          {units(value.onDemand.readRequestUnitsPerMonth)} RRU ·{' '}
          {units(value.onDemand.writeRequestUnitsPerMonth)} WRU ({value.onDemand.month.label})
        </dd>
        <dt>Minimum partitions</dt>
        <dd>
          {value.provisioned.minimumPartitions} ({grouped(DYNAMO_PARTITION_LIMITS.readUnits.value)} RCU /{' '}
          {grouped(DYNAMO_PARTITION_LIMITS.writeUnits.value)} WCU each)
        </dd>
      </dl>
      <table aria-label="Units per operation">
        <thead>
          <tr>
            <th>#</th>
            <th>Operation</th>
            <th className="num">Calls/s</th>
            <th className="num">RCU/call</th>
            <th className="num">WCU/call</th>
            <th className="num">RCU/s</th>
            <th className="num">WCU/s</th>
            <th>Reads from / index writes</th>
          </tr>
        </thead>
        <tbody>
          {value.operations.map((op) => (
            <tr key={op.position}>
              <td>{op.position + 1}</td>
              <td>{op.type}</td>
              <td className="num">{units(op.ratePerSecond)}</td>
              <td className="num">{units(op.readUnitsPerCall)}</td>
              <td className="num">{units(op.writeUnitsPerCall)}</td>
              <td className="num">{units(op.readUnitsPerSecond)}</td>
              <td className="num">{units(op.writeUnitsPerSecond)}</td>
              <td>
                {op.writeMode === null
                  ? op.readsFrom
                  : op.indexWrites
                      .map((write) => `${write.index}: ${units(write.writeUnitsPerSecond)} WCU/s`)
                      .join(', ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {value.indexes.length > 0 ? (
        <table aria-label="Units per GSI">
          <thead>
            <tr>
              <th>GSI</th>
              <th className="num">RCU/s</th>
              <th className="num">WCU/s</th>
              <th className="num">Provision RCU</th>
              <th className="num">Provision WCU</th>
            </tr>
          </thead>
          <tbody>
            {value.indexes.map((index, position) => (
              <tr key={index.name}>
                <td className="mono">{index.name}</td>
                <td className="num">{units(index.readCapacityUnits)}</td>
                <td className="num">{units(index.writeCapacityUnits)}</td>
                <td className="num">{units(value.provisioned.indexes[position]?.readCapacityUnits ?? 0)}</td>
                <td className="num">{units(value.provisioned.indexes[position]?.writeCapacityUnits ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
