import { Decimal } from '../money/decimal.ts';
import { type MonthConvention, monthConvention } from '../money/month.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import type { DynamoUnitPair } from './dynamoCapacity.ts';
import type { DynamoOperationUnits } from './dynamoOperationUnits.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import { DYNAMO_ON_DEMAND_SCALING, DYNAMO_THROUGHPUT_QUOTAS } from './dynamoRules.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';
import { formatNumber } from '../input/formatNumber.ts';

/** On-demand mode: request units per month at the steady rate, and whether the spike peak is served. */
export interface DynamoOnDemand {
  readonly month: MonthConvention;
  readonly secondsPerMonth: number;
  /** Table + GSIs, request units per month at the steady rate. */
  readonly readRequestUnitsPerMonth: number;
  readonly writeRequestUnitsPerMonth: number;
  /** The table's share of writeRequestUnitsPerMonth (LSI entries included, GSIs excluded). */
  readonly tableWriteRequestUnitsPerMonth: number;
  /** Global tables: table write units applied per month in EACH other Region (no transactional 2×); 0 without replicas. */
  readonly replicaWriteRequestUnitsPerMonth: number;
  readonly peak: {
    readonly readRequestUnitsPerSecond: number;
    readonly writeRequestUnitsPerSecond: number;
    /** Fraction of what a new on-demand table sustains (12,000 RRU / 4,000 WRU, linear mix). */
    readonly newTableLoad: number;
    readonly withinNewTable: boolean;
    readonly withinDoublePreviousPeak: boolean | null;
  };
}

/**
 * On-demand request units per month (from each operation's exact units per call, so rare operations
 * are not overstated by per-second rounding), then the table's peak (steady × spikeFactor) against
 * what a new on-demand table sustains, double the previous peak, and the per-table quota; each
 * overrun is a warning, since on-demand serves it eventually but may throttle first.
 */
export function dynamoOnDemand(
  workload: DynamoWorkloadParsed,
  operations: readonly DynamoOperationUnits[],
  table: DynamoUnitPair,
  totals: DynamoUnitPair,
  trace: Trace,
  warnings: Warning[],
): DynamoOnDemand {
  const month = monthConvention(workload.monthHours);
  const secondsPerMonth = month.hours * 3600;
  // From the unrounded per-second figures (rate × units per call): the per-second outputs are rounded
  // to 6 decimals, which at low rates ("1/day") would overstate a month by several per cent.
  const perMonth = (unitsPerCall: (op: DynamoOperationUnits) => Decimal.Value) =>
    operations
      .reduce(
        (total, op) => total.plus(new Decimal(op.ratePerSecond).times(unitsPerCall(op))),
        new Decimal(0),
      )
      .times(secondsPerMonth)
      .toDecimalPlaces(3)
      .toNumber();
  const gsiWriteUnitsPerCall = (op: DynamoOperationUnits) =>
    op.indexWrites
      .filter((write) => write.kind === 'gsi')
      .reduce((units, write) => units.plus(write.writeUnitsPerCall), new Decimal(0));
  const tableWriteMonth = perMonth((op) => op.writeUnitsPerCall);
  // Global tables (priced in dynamoCost): items replicate one by one, so no transactional 2× there.
  const replicaWriteMonth = perMonth((op) => op.replicaWriteUnitsPerCall);
  const readMonth = trace.step({
    id: 'on_demand_read_units_per_month',
    formula: 'RRU/month = (table + GSI) RCU/s × seconds per month',
    inputs: { readUnitsPerSecond: totals.readCapacityUnits, secondsPerMonth, month: month.label },
    value: perMonth((op) => op.readUnitsPerCall),
    unit: 'read request units per month',
    source: month.source,
  });
  const writeMonth = trace.step({
    id: 'on_demand_write_units_per_month',
    formula: 'WRU/month = (table + GSI) WCU/s × seconds per month',
    inputs: { writeUnitsPerSecond: totals.writeCapacityUnits, secondsPerMonth },
    value: perMonth((op) => gsiWriteUnitsPerCall(op).plus(op.writeUnitsPerCall)),
    unit: 'write request units per month',
    source: month.source,
  });
  const peakReads = dynamoRoundUnits(new Decimal(table.readCapacityUnits).times(workload.spikeFactor));
  const peakWrites = dynamoRoundUnits(new Decimal(table.writeCapacityUnits).times(workload.spikeFactor));
  const newTableLoad = trace.step({
    id: 'on_demand_new_table_load',
    formula: 'peak RRU/s ÷ 12,000 + peak WRU/s ÷ 4,000 (1 = what a new on-demand table sustains)',
    inputs: { peakReadUnits: peakReads, peakWriteUnits: peakWrites, spikeFactor: workload.spikeFactor },
    value: new Decimal(peakReads)
      .dividedBy(DYNAMO_ON_DEMAND_SCALING.newTableReadUnits.value)
      .plus(new Decimal(peakWrites).dividedBy(DYNAMO_ON_DEMAND_SCALING.newTableWriteUnits.value))
      .toDecimalPlaces(4)
      .toNumber(),
    unit: 'new-table capacity',
    source: DYNAMO_ON_DEMAND_SCALING.newTableReadUnits.source,
  });
  if (newTableLoad > 1) {
    warnings.push({
      code: 'on_demand_new_table_peak',
      message: `A new on-demand table sustains 12,000 RRU/s or 4,000 WRU/s (or a mix); a peak of ${formatNumber(peakReads)} RRU/s and ${formatNumber(peakWrites)} WRU/s is ${Math.round(newTableLoad * 100)} % of that. Pre-warm the table (warm throughput) or ramp traffic over 30+ minutes.`,
    });
  }
  let withinDouble: boolean | null = null;
  if (workload.previousPeak) {
    const multiple = DYNAMO_ON_DEMAND_SCALING.previousPeakMultiple.value;
    const allowedReads = workload.previousPeak.readRequestUnits * multiple;
    const allowedWrites = workload.previousPeak.writeRequestUnits * multiple;
    withinDouble = trace.step({
      id: 'on_demand_double_previous_peak',
      formula: 'peak ≤ 2 × previous peak, for reads and for writes',
      inputs: { peakReadUnits: peakReads, allowedReads, peakWriteUnits: peakWrites, allowedWrites },
      value: peakReads <= allowedReads && peakWrites <= allowedWrites,
      unit: '',
      source: DYNAMO_ON_DEMAND_SCALING.previousPeakMultiple.source,
    });
    if (!withinDouble) {
      warnings.push({
        code: 'on_demand_double_peak',
        message: `On-demand instantly serves up to double the previous peak (${formatNumber(allowedReads)} RRU/s, ${formatNumber(allowedWrites)} WRU/s here); a peak of ${formatNumber(peakReads)} RRU/s and ${formatNumber(peakWrites)} WRU/s may throttle if it arrives within 30 minutes. Pre-warm or ramp up.`,
      });
    }
  }
  const quota = DYNAMO_THROUGHPUT_QUOTAS.tableUnits.value;
  if (peakReads > quota || peakWrites > quota) {
    warnings.push({
      code: 'on_demand_table_quota',
      message: `A peak of ${formatNumber(peakReads)} RRU/s and ${formatNumber(peakWrites)} WRU/s is over the default on-demand table quota of ${quota.toLocaleString('en-US')} units per second; request an increase.`,
    });
  }
  return {
    month,
    secondsPerMonth,
    readRequestUnitsPerMonth: readMonth,
    writeRequestUnitsPerMonth: writeMonth,
    tableWriteRequestUnitsPerMonth: tableWriteMonth,
    replicaWriteRequestUnitsPerMonth: replicaWriteMonth,
    peak: {
      readRequestUnitsPerSecond: peakReads,
      writeRequestUnitsPerSecond: peakWrites,
      newTableLoad,
      withinNewTable: newTableLoad <= 1,
      withinDoublePreviousPeak: withinDouble,
    },
  };
}
