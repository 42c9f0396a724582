import { type VpcPlan, vpcAddressMap } from '@awscalc/core';
import { vpcTierColour } from './palette.ts';

const WIDTH = 1000;
const HEIGHT = 44;

/**
 * The VPC's address space drawn to scale, one bar per VPC CIDR: subnets coloured by tier and
 * labelled by AZ, growth slots hatched, free space grey. Positions come from the core.
 */
export function VpcAddressMap({ plan }: { plan: VpcPlan }) {
  const rows = vpcAddressMap(plan);
  return (
    <figure className="vpc-map" aria-label="Address map">
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <defs>
          <pattern
            id="vpc-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#8a94a3" strokeWidth="2" />
          </pattern>
        </defs>
      </svg>
      {rows.map((row) => (
        <div key={row.vpcCidr} className="vpc-map-row">
          <div className="vpc-map-label mono">{row.vpcCidr}</div>
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={`Address map of ${row.vpcCidr}`}
          >
            {row.segments.map((segment) => {
              const x = segment.start * WIDTH;
              const w = Math.max(segment.width * WIDTH, 0.75);
              const fill =
                segment.kind === 'free'
                  ? '#eef1f5'
                  : segment.kind === 'reserved'
                    ? 'url(#vpc-hatch)'
                    : vpcTierColour(segment.tierIndex);
              const label = segment.kind === 'free' ? 'free' : (segment.az ?? '');
              return (
                <g key={`${segment.kind}-${segment.cidr}`} data-kind={segment.kind} data-cidr={segment.cidr}>
                  <title>
                    {segment.kind === 'free'
                      ? `free ${segment.cidr}`
                      : `${segment.tier} · ${segment.az} · ${segment.cidr}${segment.kind === 'reserved' ? ' (held for growth)' : ''}${segment.existing ? ' (existing)' : ''}`}
                  </title>
                  <rect
                    x={x}
                    y={2}
                    width={w}
                    height={HEIGHT - 4}
                    fill={fill}
                    stroke={segment.kind === 'reserved' ? vpcTierColour(segment.tierIndex) : '#ffffff'}
                    strokeWidth={segment.kind === 'reserved' ? 2 : 1}
                    strokeDasharray={segment.existing ? '4 2' : undefined}
                    vectorEffect="non-scaling-stroke"
                  />
                  {w > 40 ? (
                    <text
                      x={x + w / 2}
                      y={HEIGHT / 2 + 5}
                      textAnchor="middle"
                      fontSize="13"
                      fill={segment.kind === 'subnet' ? '#ffffff' : '#16202c'}
                    >
                      {label}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
        </div>
      ))}
      <figcaption className="vpc-map-legend">
        {plan.tiers.map((tier, index) => (
          <span key={tier.name}>
            <i style={{ background: vpcTierColour(index) }} />
            {tier.name} /{tier.prefixLength}
          </span>
        ))}
        {plan.reserved.length > 0 ? (
          <span>
            <i className="vpc-swatch-reserved" />
            held for future AZs
          </span>
        ) : null}
        <span>
          <i style={{ background: '#eef1f5' }} />
          free
        </span>
      </figcaption>
    </figure>
  );
}
