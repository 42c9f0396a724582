import { formatUsd, type S3ClassCost } from '@awscalc/core';

/**
 * Horizontal bars of each storage class's monthly total, stacked by category, cheapest highlighted.
 * The totals come from the core; the chart only scales them to the drawing width.
 */
const CATEGORIES = [
  { key: 'storage', label: 'Storage', color: '#0b6bcb' },
  { key: 'requests', label: 'Requests', color: '#7a5af8' },
  { key: 'retrieval', label: 'Retrieval', color: '#e07b00' },
  { key: 'early_deletion', label: 'Early deletion', color: '#b42318' },
  { key: 'monitoring', label: 'Monitoring', color: '#2e9e6a' },
] as const;

const LABEL_WIDTH = 230;
const BAR_WIDTH = 380;
const ROW = 30;

export function ClassCostBars({ classes }: { classes: readonly S3ClassCost[] }) {
  const largest = Math.max(...classes.map((entry) => Number(entry.monthlyUsd)), 0);
  const height = classes.length * ROW + 10;
  const width = LABEL_WIDTH + BAR_WIDTH + 110;
  const scale = (usd: string) => (largest > 0 ? (Number(usd) / largest) * BAR_WIDTH : 0);
  return (
    <figure className="chart-figure s3-bars">
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="Monthly cost by storage class"
      >
        <title>Monthly cost by storage class</title>
        {classes.map((entry, index) => {
          let x = LABEL_WIDTH;
          const y = 8 + index * ROW;
          return (
            <g key={entry.storageClass} data-class={entry.storageClass}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + 15}
                textAnchor="end"
                fontSize="12"
                fontWeight={entry.cheapest ? 700 : 400}
                fill="#16202c"
              >
                {entry.label}
              </text>
              {CATEGORIES.map((category) => {
                const w = scale(entry.subtotalsUsd[category.key]);
                const rect = (
                  <rect key={category.key} x={x} y={y} width={w} height={20} fill={category.color} />
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 15} fontSize="12" fill="#16202c" fontWeight={entry.cheapest ? 700 : 400}>
                {formatUsd(entry.monthlyUsd)}
                {entry.cheapest ? ' ★' : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {CATEGORIES.map((category) => (
          <span key={category.key}>
            <i style={{ background: category.color }} /> {category.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
