import { describe, expect, it } from 'vitest';
import { factProblem, isFact } from '../rules/fact.ts';
import * as instances from './ebsInstances.ts';
import * as limits from './ebsLimits.ts';
import * as prices from './prices.ts';

/** Every number or object reachable from an exported constant must be a sourced fact (or carry a source). */
function unsourced(value: unknown, path: string): string[] {
  if (isFact(value)) return factProblem(value) ? [path] : [];
  if (typeof value === 'number') return [path];
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return [];
  if ('source' in value && typeof (value as { source: unknown }).source === 'string') return [];
  return Object.entries(value).flatMap(([key, inner]) => unsourced(inner, `${path}.${key}`));
}

describe('EBS constants', () => {
  it('every exported EBS limit, instance row and price carries an AWS source and a date', () => {
    const modules = { limits, instances, prices };
    const missing = Object.entries(modules).flatMap(([name, module]) =>
      Object.entries(module).flatMap(([key, value]) =>
        typeof value === 'function' ? [] : unsourced(value, `${name}.${key}`),
      ),
    );
    expect(missing).toEqual([]);
    for (const price of prices.EBS_PRICES.prices) expect(factProblem(price)).toBeUndefined();
  });

  it('carries the September 2025 gp3 limits, not the old 16,000 / 1,000 / 16 TiB', () => {
    expect([
      limits.GP3.maxIops.value,
      limits.GP3.maxThroughputMiBps.value,
      limits.GP3.maxSizeGiB.value,
    ]).toEqual([80_000, 2_000, 65_536]);
    expect(limits.GP3.maxIops.source).toBe(limits.EBS_GP3_2025_ANNOUNCEMENT);
  });
});
