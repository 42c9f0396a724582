import type { S3RequestPrefixes } from '@awscalc/core';
import { grouped } from './format.ts';

/**
 * Load per prefix for a traffic spread. The "Partitions needed" column adds up to the caption's
 * total: a hot prefix shows the partitions it needs of its own; lightly used prefixes share
 * partitions, so they read "shared" and are counted once, together, in the last row.
 */
export function SpreadTable({ value }: { value: S3RequestPrefixes }) {
  if (value.traffic.length === 0) return null;
  const light = value.traffic.filter((row) => !row.overLimit).length;
  return (
    <table aria-label="Load per prefix">
      <caption>
        Load per prefix (partitions needed for the spread: {value.prefixesForTraffic})
        {light > 0 ? (
          <small> — lightly used prefixes share partitions, so they are counted together</small>
        ) : null}
      </caption>
      <thead>
        <tr>
          <th>Prefix</th>
          <th className="num">Share</th>
          <th className="num">GET/s</th>
          <th className="num">PUT/s</th>
          <th className="num">Partitions needed</th>
        </tr>
      </thead>
      <tbody>
        {value.traffic.map((row) => (
          <tr key={row.prefix} className={row.overLimit ? 's3-over' : undefined}>
            <td className="mono">{row.prefix}</td>
            <td className="num">{row.sharePercent}%</td>
            <td className="num">{grouped(row.getRate)}</td>
            <td className="num">{grouped(row.putRate)}</td>
            <td className="num">{row.overLimit ? row.ownPartitions : 'shared'}</td>
          </tr>
        ))}
      </tbody>
      {light > 0 ? (
        <tfoot>
          <tr>
            <td colSpan={4}>
              {light} lightly used {light === 1 ? 'prefix' : 'prefixes'}, together
            </td>
            <td className="num" data-testid="s3-shared-partitions">
              {value.sharedPartitions}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
