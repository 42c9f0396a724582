import {
  type Issue,
  run,
  type TraceStep,
  type VpcPlan,
  type VpcPlanDraft,
  vpcDraftToInput,
  vpcPlan,
  vpcPlanCommandLine,
  type Warning,
} from '@awscalc/core';
import { useMemo, useRef } from 'react';
import { Notices } from '../components/Notices.tsx';
import { TraceTable } from '../components/TraceTable.tsx';
import { VpcAddressMap } from '../components/vpc/VpcAddressMap.tsx';
import { VpcExportPanel } from '../components/vpc/VpcExportPanel.tsx';
import { VpcForm } from '../components/vpc/VpcForm.tsx';
import { vpcTierColour } from '../components/vpc/palette.ts';
import { useVpcDraft } from '../components/vpc/useVpcDraft.ts';
import { grouped } from '../format.ts';
import { useTextParam } from '../url.ts';

const DEFAULT_DRAFT: VpcPlanDraft = {
  vpc: ['10.0.0.0/16'],
  azs: '3',
  futureAzs: '',
  tiers: [
    { name: 'public', size: '/24', lb: true },
    { name: 'private', size: '4000', lb: false },
    { name: 'data', size: '/26', lb: false },
  ],
  ipv6: '',
  ipv6Size: '',
  existing: [],
  peers: '',
};

/** VPC planner: VPC CIDRs, AZs and tiers in; subnets, address map, AWS checks and exports out. */
export function VpcPage() {
  const [draft, setDraft] = useVpcDraft(DEFAULT_DRAFT);
  const [name, setName] = useTextParam('name', 'main');
  const input = useMemo(() => vpcDraftToInput(draft), [draft]);
  const result = useMemo(() => run(vpcPlan, input), [input]);
  // Keep showing the last valid plan while a field is being retyped, so the page never goes blank.
  const lastGood = useRef<{
    plan: VpcPlan;
    warnings: readonly Warning[];
    trace: readonly TraceStep[];
  } | null>(null);
  if (result.ok) lastGood.current = { plan: result.value, warnings: result.warnings, trace: result.trace };
  const shown = lastGood.current;
  const issues: readonly Issue[] = result.ok ? result.value.problems : result.issues;

  return (
    <section className="vpc-page" aria-label="VPC planner">
      <p className="lede">
        One subnet per tier per Availability Zone, aligned and packed largest first, checked against AWS's
        rules. Everything updates as you type; the link holds the whole plan.
      </p>
      <VpcForm draft={draft} onChange={setDraft} issues={issues} name={name} onNameChange={setName} />
      {!result.ok ? (
        <p className="vpc-stale" role="status">
          Fix the highlighted fields{shown ? '; showing the last valid plan below.' : '.'}
        </p>
      ) : null}
      {shown ? (
        <VpcResult plan={shown.plan} warnings={shown.warnings} trace={shown.trace} name={name} />
      ) : null}
      <p className="vpc-command">
        Same plan on the command line: <code data-testid="vpc-command">{vpcPlanCommandLine(input)}</code>
      </p>
    </section>
  );
}

function VpcResult({
  plan,
  warnings,
  trace,
  name,
}: {
  plan: VpcPlan;
  warnings: readonly Warning[];
  trace: readonly TraceStep[];
  name: string;
}) {
  const ipv6 = plan.ipv6 !== null;
  const tierIndex = (tier: string) => plan.tiers.findIndex((candidate) => candidate.name === tier);
  return (
    <div className="result" aria-live="polite">
      <Notices problems={plan.problems} warnings={warnings} />
      <dl className="facts">
        <dt>VPC</dt>
        <dd className="mono">{plan.vpc.join(', ')}</dd>
        <dt>Subnets</dt>
        <dd data-testid="vpc-totals">
          {plan.totals.subnets} subnet{plan.totals.subnets === 1 ? '' : 's'},{' '}
          {grouped(plan.totals.usableAddresses)} usable of {grouped(plan.totals.subnetAddresses)} addresses
        </dd>
        <dt>Tier blocks</dt>
        <dd className="mono" data-testid="vpc-tier-blocks">
          {plan.tiers.map((tier) => `${tier.name} ${tier.summaryCidrs.join(' + ') || '—'}`).join('; ')}
        </dd>
        <dt>Held for growth</dt>
        <dd>{grouped(plan.totals.reservedAddresses)} addresses</dd>
        <dt>Free</dt>
        <dd>
          {grouped(plan.totals.freeAddresses)} of {grouped(plan.totals.vpcAddresses)} addresses
          {plan.totals.largestFreeBlock ? ` (largest block ${plan.totals.largestFreeBlock})` : ''}
        </dd>
        {plan.azsFromCount ? (
          <>
            <dt>AZs</dt>
            <dd>az1…az{plan.azs.length} are placeholders: exports use the Region's first available AZs.</dd>
          </>
        ) : null}
      </dl>
      <h2>Address map</h2>
      <VpcAddressMap plan={plan} />
      <h2>Subnets</h2>
      <table className="vpc-subnets" aria-label="Subnets">
        <thead>
          <tr>
            <th>Tier</th>
            <th>AZ</th>
            <th>CIDR</th>
            <th className="num">Usable</th>
            <th>First usable</th>
            <th>Last usable</th>
            {ipv6 ? <th>IPv6</th> : null}
            <th>Note</th>
          </tr>
        </thead>
        <tbody>
          {plan.subnets.map((subnet) => (
            <tr key={`${subnet.tier}-${subnet.az}-${subnet.cidr}`}>
              <td>
                <i className="vpc-swatch" style={{ background: vpcTierColour(tierIndex(subnet.tier)) }} />
                {subnet.tier}
              </td>
              <td>{subnet.az}</td>
              <td className="mono">{subnet.cidr}</td>
              <td className="num">{grouped(subnet.usableAddresses)}</td>
              <td className="mono">{subnet.firstUsable}</td>
              <td className="mono">{subnet.lastUsable}</td>
              {ipv6 ? <td className="mono">{subnet.ipv6Cidr ?? '—'}</td> : null}
              <td>{subnet.existing ? 'existing' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.reserved.length > 0 ? (
        <table className="vpc-reserved" aria-label="Held for future AZs">
          <caption>Held for future AZs: adding an AZ fills these and moves nothing</caption>
          <thead>
            <tr>
              <th>Tier</th>
              <th>AZ</th>
              <th>CIDR</th>
              {ipv6 ? <th>IPv6</th> : null}
            </tr>
          </thead>
          <tbody>
            {plan.reserved.map((slot) => (
              <tr key={`${slot.tier}-${slot.az}`}>
                <td>{slot.tier}</td>
                <td>{slot.az}</td>
                <td className="mono">{slot.cidr}</td>
                {ipv6 ? <td className="mono">{slot.ipv6Cidr ?? '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <strong>Free blocks:</strong>{' '}
        <span className="mono" data-testid="vpc-free">
          {plan.free.length > 0 ? plan.free.join(', ') : 'none'}
        </span>
      </p>
      {plan.fit?.tierSizesThatFit ? (
        <p className="vpc-fit">
          Sizes that fit:{' '}
          {plan.fit.tierSizesThatFit.map((tier) => `${tier.tier} /${tier.prefixLength}`).join(', ')}
          {plan.fit.smallestVpcPrefix !== null ? `; or a VPC CIDR of /${plan.fit.smallestVpcPrefix}` : ''}.
        </p>
      ) : null}
      <VpcExportPanel plan={plan} warnings={warnings} name={name} />
      <TraceTable trace={trace} />
    </div>
  );
}
