import type { EbsEffective } from '@awscalc/core';
import { given, grouped } from '../../format.ts';

export { given, grouped };
/** Seconds for an axis: seconds below two hours, hours beyond. */
export function axisTime(seconds: number, span: number): string {
  return span > 7_200 ? `${grouped(seconds / 3_600, 1)} h` : `${grouped(seconds, 0)} s`;
}

/** The figures on the instance, each with the side that binds it (the volume or array, or the instance). */
export function effectiveText(effective: EbsEffective, own: 'volume' | 'array'): string {
  const by = (side: 'volume' | 'instance') => `limited by the ${side === 'volume' ? own : 'instance'}`;
  return (
    `baseline ${grouped(effective.baselineIops)} IOPS (${by(effective.baselineIopsLimitedBy)}), ` +
    `maximum ${grouped(effective.maxIops)} IOPS (${by(effective.iopsLimitedBy)}); ` +
    `baseline ${grouped(effective.baselineThroughputMiBps)} MiB/s (${by(effective.baselineThroughputLimitedBy)}), ` +
    `maximum ${grouped(effective.maxThroughputMiBps)} MiB/s (${by(effective.throughputLimitedBy)})`
  );
}
