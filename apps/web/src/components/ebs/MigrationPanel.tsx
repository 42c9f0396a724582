import { type EbsMigrateGp2ToGp3, formatUsd } from '@awscalc/core';
import { grouped } from './format.ts';

/** gp2 today and its gp3 equivalent, side by side, with the monthly saving. */
export function MigrationPanel({ migration }: { migration: EbsMigrateGp2ToGp3 }) {
  const { gp2, gp3 } = migration;
  return (
    <table className="ebs-migration" aria-label="gp2 and its gp3 equivalent">
      <thead>
        <tr>
          <th />
          <th>gp2 (today)</th>
          <th>gp3 (equivalent)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Size</th>
          <td className="num">{grouped(migration.sizeGiB)} GiB</td>
          <td className="num">{grouped(migration.sizeGiB)} GiB</td>
        </tr>
        <tr>
          <th scope="row">IOPS</th>
          <td className="num">
            {grouped(gp2.baselineIops)} baseline
            {gp2.maxIops > gp2.baselineIops ? `, ${grouped(gp2.maxIops)} burst` : ''}
          </td>
          <td className="num" data-testid="gp3-iops">
            {grouped(gp3.iops)} sustained
          </td>
        </tr>
        <tr>
          <th scope="row">Throughput</th>
          <td className="num">
            {grouped(gp2.baselineThroughputMiBps)} MiB/s baseline
            {gp2.maxThroughputMiBps > gp2.baselineThroughputMiBps
              ? `, ${grouped(gp2.maxThroughputMiBps)} burst`
              : ''}
          </td>
          <td className="num" data-testid="gp3-throughput">
            {grouped(gp3.throughputMiBps)} MiB/s sustained
          </td>
        </tr>
        <tr>
          <th scope="row">Monthly cost</th>
          <td className="num">{formatUsd(gp2.monthlyUsd)}</td>
          <td className="num">{formatUsd(gp3.monthlyUsd)}</td>
        </tr>
        <tr className="ebs-saving">
          <th scope="row">Saving</th>
          <td colSpan={2} className="num" data-testid="saving">
            {formatUsd(migration.savingUsd)} per month ({migration.savingPercent}%)
          </td>
        </tr>
      </tbody>
    </table>
  );
}
