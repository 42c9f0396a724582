/**
 * A small dependency-free SVG line chart: numeric x, one or more series, optional vertical markers
 * (e.g. "bucket empty", "break-even"). Pages pass numbers the core computed; the chart only draws.
 */
export interface ChartSeries {
  readonly name: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly color: string;
  /** Draw as steps (value holds until the next point), for per-period quantities. */
  readonly step?: boolean;
}

export interface ChartMarker {
  readonly x: number;
  readonly label: string;
  readonly color?: string;
}

const WIDTH = 720;
const HEIGHT = 300;
const PAD = { left: 64, right: 16, top: 16, bottom: 40 };

function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(tick);
  return ticks;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

export function LineChart(props: {
  title: string;
  series: readonly ChartSeries[];
  markers?: readonly ChartMarker[];
  xLabel: string;
  yLabel: string;
  formatX?: (x: number) => string;
  formatY?: (y: number) => string;
}) {
  const all = props.series.flatMap((series) => series.points);
  if (all.length === 0) return null;
  const formatX = props.formatX ?? ((x: number) => compact.format(x));
  const formatY = props.formatY ?? ((y: number) => compact.format(y));
  const minX = Math.min(...all.map(([x]) => x));
  const maxX = Math.max(...all.map(([x]) => x), minX + 1e-9);
  const yTicks = niceTicks(Math.max(...all.map(([, y]) => y), 0));
  const maxY = Math.max(yTicks[yTicks.length - 1] ?? 1, 1e-9);
  const xTicks = niceTicks(maxX - minX).map((tick) => tick + minX);
  const sx = (x: number) => PAD.left + ((x - minX) / (maxX - minX)) * (WIDTH - PAD.left - PAD.right);
  const sy = (y: number) => HEIGHT - PAD.bottom - (y / maxY) * (HEIGHT - PAD.top - PAD.bottom);
  const path = (series: ChartSeries) =>
    series.points
      .map(([x, y], index) => {
        if (index === 0) return `M${sx(x)},${sy(y)}`;
        const previous = series.points[index - 1];
        return series.step && previous ? `H${sx(x)}V${sy(y)}` : `L${sx(x)},${sy(y)}`;
      })
      .join('');
  return (
    <figure className="chart-figure">
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.title}>
        <title>{props.title}</title>
        {yTicks.map((tick) => (
          <g key={`y${tick}`}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={sy(tick)} y2={sy(tick)} stroke="#e6e9ee" />
            <text x={PAD.left - 6} y={sy(tick) + 4} textAnchor="end" fontSize="11" fill="#5b6776">
              {formatY(tick)}
            </text>
          </g>
        ))}
        {xTicks
          .filter((tick) => tick <= maxX)
          .map((tick) => (
            <text
              key={`x${tick}`}
              x={sx(tick)}
              y={HEIGHT - PAD.bottom + 16}
              textAnchor="middle"
              fontSize="11"
              fill="#5b6776"
            >
              {formatX(tick)}
            </text>
          ))}
        <text
          x={(PAD.left + WIDTH - PAD.right) / 2}
          y={HEIGHT - 6}
          textAnchor="middle"
          fontSize="12"
          fill="#16202c"
        >
          {props.xLabel}
        </text>
        <text
          x={14}
          y={(PAD.top + HEIGHT - PAD.bottom) / 2}
          textAnchor="middle"
          fontSize="12"
          fill="#16202c"
          transform={`rotate(-90 14 ${(PAD.top + HEIGHT - PAD.bottom) / 2})`}
        >
          {props.yLabel}
        </text>
        {(props.markers ?? []).map((marker) => (
          <g key={`m${marker.x}${marker.label}`} data-marker={marker.label}>
            <line
              x1={sx(marker.x)}
              x2={sx(marker.x)}
              y1={PAD.top}
              y2={HEIGHT - PAD.bottom}
              stroke={marker.color ?? '#b42318'}
              strokeDasharray="4 3"
            />
            <text x={sx(marker.x) + 4} y={PAD.top + 12} fontSize="11" fill={marker.color ?? '#b42318'}>
              {marker.label}
            </text>
          </g>
        ))}
        {props.series.map((series) => (
          <path
            key={series.name}
            d={path(series)}
            fill="none"
            stroke={series.color}
            strokeWidth="2"
            data-series={series.name}
          />
        ))}
      </svg>
      <figcaption className="chart-legend">
        {props.series.map((series) => (
          <span key={series.name}>
            <i style={{ background: series.color }} /> {series.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
