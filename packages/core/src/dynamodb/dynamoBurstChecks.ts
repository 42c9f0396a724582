import { Decimal } from '../money/decimal.ts';
import type { Warning } from '../result.ts';
import type { Trace } from '../trace.ts';
import { type DynamoBurst, dynamoBurstSeconds } from './dynamoBurst.ts';
import type { DynamoUnitPair } from './dynamoCapacity.ts';
import { dynamoRoundUnits } from './dynamoRoundUnits.ts';
import { DYNAMO_BURST_SECONDS } from './dynamoRules.ts';

/** How long burst capacity absorbs a spike for one scope (table or GSI) and direction. */
export interface DynamoBurstCheck extends DynamoBurst {
  readonly scope: string;
  readonly kind: 'read' | 'write';
  readonly provisioned: number;
  readonly steady: number;
  readonly spike: number;
}

/**
 * For each scope (table, then each GSI) and direction with steady traffic: a spike of spikeFactor ×
 * steady against the provisioned units, and how many seconds the burst bank (unused capacity saved
 * over 300 s) covers it. One warning names every scope the spike overruns, with the shortest cover.
 */
export function dynamoBurstChecks(
  scopes: ReadonlyArray<readonly [scope: string, steady: DynamoUnitPair, provisioned: DynamoUnitPair]>,
  spikeFactor: number,
  trace: Trace,
  warnings: Warning[],
): DynamoBurstCheck[] {
  const burst: DynamoBurstCheck[] = [];
  for (const [scope, steadyPair, provisionedPair] of scopes) {
    for (const kind of ['read', 'write'] as const) {
      const steady = kind === 'read' ? steadyPair.readCapacityUnits : steadyPair.writeCapacityUnits;
      const provisionedUnits =
        kind === 'read' ? provisionedPair.readCapacityUnits : provisionedPair.writeCapacityUnits;
      if (steady === 0) continue;
      const spike = dynamoRoundUnits(new Decimal(steady).times(spikeFactor));
      const result = dynamoBurstSeconds({ provisioned: provisionedUnits, steady, spike });
      trace.step({
        id: 'burst_seconds',
        formula: `${scope} ${kind}s: bank = ${DYNAMO_BURST_SECONDS.value} s × (provisioned − steady); lasts bank ÷ (spike − provisioned)`,
        inputs: { provisioned: provisionedUnits, steady, spike, bankUnits: result.bankUnits },
        value:
          result.secondsAbsorbed === null ? 'spike fits in provisioned capacity' : result.secondsAbsorbed,
        unit: result.secondsAbsorbed === null ? '' : 'seconds',
        source: DYNAMO_BURST_SECONDS.source,
      });
      burst.push({ scope, kind, provisioned: provisionedUnits, steady, spike, ...result });
    }
  }
  const short = burst.filter((check) => check.secondsAbsorbed !== null);
  if (short.length > 0) {
    warnings.push({
      code: 'spike_exceeds_provisioned',
      path: ['spikeFactor'],
      message: `A ${spikeFactor}× spike exceeds provisioned capacity (${short.map((c) => `${c.scope} ${c.kind}s: ${c.spike} > ${c.provisioned}`).join('; ')}); burst capacity covers about ${Math.min(...short.map((c) => c.secondsAbsorbed ?? 0))} s (best effort, not guaranteed), then auto scaling must catch up or requests throttle.`,
    });
  }
  return burst;
}
