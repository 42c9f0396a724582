import { calculatorEntry, type Issue, type VpcPlanDraft } from '@awscalc/core';
import { Field, issuesAt } from '../Field.tsx';
import { fieldOf, InputField } from '../InputField.tsx';

// Labels, examples and URL parameters come from the plan's field metadata, as `--help` shows them.
const entry = calculatorEntry('vpc.plan');
const FIELDS = {
  vpcCidrs: fieldOf(entry, 'vpcCidrs'),
  azs: fieldOf(entry, 'azs'),
  futureAzs: fieldOf(entry, 'futureAzs'),
  tiers: fieldOf(entry, 'tiers'),
  existing: fieldOf(entry, 'existing'),
  ipv6: fieldOf(entry, 'ipv6'),
  peers: fieldOf(entry, 'peers'),
};

type Path = ReadonlyArray<string | number>;

/** Errors for a list cell (e.g. tiers[1].size), shown right under its row. */
function RowErrors({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <p className="field-error" role="alert">
      {issues.map((issue) => issue.message).join(' ')}
    </p>
  );
}

function Cell(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  placeholder?: string;
  width?: string;
}) {
  return (
    <input
      aria-label={props.label}
      value={props.value}
      placeholder={props.placeholder}
      spellCheck={false}
      autoComplete="off"
      aria-invalid={props.invalid}
      style={props.width ? { width: props.width } : undefined}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

/** The planner's inputs: VPC CIDRs, AZs, growth room, tiers, IPv6, existing subnets, peers. */
export function VpcForm(props: {
  draft: VpcPlanDraft;
  onChange: (draft: VpcPlanDraft) => void;
  issues: readonly Issue[];
  name: string;
  onNameChange: (name: string) => void;
}) {
  const { draft, onChange, issues } = props;
  const at = (path: Path) => issuesAt(issues, path);
  const set = (patch: Partial<VpcPlanDraft>) => onChange({ ...draft, ...patch });
  const replace = <T,>(list: readonly T[], index: number, item: T) =>
    list.map((old, i) => (i === index ? item : old));
  const without = <T,>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);

  return (
    <div className="vpc-form">
      <fieldset>
        <legend>{FIELDS.vpcCidrs.label}</legend>
        {draft.vpc.map((cidr, index) => (
          <div key={index} className="vpc-list-row">
            <Cell
              label={index === 0 ? 'Primary VPC CIDR' : `Secondary VPC CIDR ${index}`}
              value={cidr}
              placeholder={index === 0 ? FIELDS.vpcCidrs.example : '100.64.0.0/16'}
              invalid={at(['vpcCidrs', index]).length > 0}
              onChange={(value) => set({ vpc: replace(draft.vpc, index, value) })}
            />
            {index > 0 ? (
              <button
                type="button"
                aria-label={`Remove secondary VPC CIDR ${index}`}
                onClick={() => set({ vpc: without(draft.vpc, index) })}
              >
                Remove
              </button>
            ) : (
              <span className="field-hint">primary (added first)</span>
            )}
            <RowErrors issues={at(['vpcCidrs', index])} />
          </div>
        ))}
        <RowErrors
          issues={issues.filter((issue) => issue.path.length === 1 && issue.path[0] === 'vpcCidrs')}
        />
        <button type="button" onClick={() => set({ vpc: [...draft.vpc, ''] })}>
          Add secondary CIDR
        </button>
      </fieldset>

      <div className="row">
        <InputField
          field={FIELDS.azs}
          value={draft.azs}
          onChange={(azs) => set({ azs })}
          issues={issues}
          hint={FIELDS.azs.description}
        />
        <InputField
          field={FIELDS.futureAzs}
          value={draft.futureAzs}
          onChange={(futureAzs) => set({ futureAzs })}
          issues={issues}
          hint={`Optional. ${FIELDS.futureAzs.description}`}
          inputMode="numeric"
          width="narrow"
        />
      </div>

      <fieldset>
        <legend>{FIELDS.tiers.label} (one subnet per AZ each)</legend>
        <table className="vpc-tiers">
          <thead>
            <tr>
              <th>Name</th>
              <th>Size per AZ</th>
              <th>Load balancer</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.tiers.map((tier, index) => {
              const rowIssues = at(['tiers', index]);
              return (
                <tr key={index}>
                  <td>
                    <Cell
                      label={`Tier ${index + 1} name`}
                      value={tier.name}
                      placeholder="private"
                      invalid={at(['tiers', index, 'name']).length > 0}
                      onChange={(name) => set({ tiers: replace(draft.tiers, index, { ...tier, name }) })}
                    />
                  </td>
                  <td>
                    <Cell
                      label={`Tier ${index + 1} size`}
                      value={tier.size}
                      placeholder="/24 or 4000"
                      width="8rem"
                      invalid={at(['tiers', index, 'size']).length > 0}
                      onChange={(size) => set({ tiers: replace(draft.tiers, index, { ...tier, size }) })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Tier ${index + 1} is a load-balancer tier`}
                      checked={tier.lb}
                      onChange={(event) =>
                        set({ tiers: replace(draft.tiers, index, { ...tier, lb: event.target.checked }) })
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove tier ${index + 1}`}
                      onClick={() => set({ tiers: without(draft.tiers, index) })}
                    >
                      Remove
                    </button>
                    <RowErrors issues={rowIssues} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <RowErrors issues={issues.filter((issue) => issue.path.length === 1 && issue.path[0] === 'tiers')} />
        <button
          type="button"
          onClick={() => set({ tiers: [...draft.tiers, { name: '', size: '', lb: false }] })}
        >
          Add tier
        </button>
        <p className="field-hint">
          Size is a prefix (/24) or the usable hosts each subnet must hold (AWS reserves 5 per subnet). A
          load-balancer tier needs at least /27 with 8 free addresses.
        </p>
      </fieldset>

      <details
        className="vpc-more"
        open={draft.ipv6 !== '' || draft.existing.length > 0 || draft.peers !== ''}
      >
        <summary>IPv6, existing subnets, peers and export name</summary>
        <div className="row">
          <InputField
            field={FIELDS.ipv6}
            value={draft.ipv6}
            onChange={(ipv6) => set({ ipv6 })}
            issues={issues}
            path={['ipv6', 'cidr']}
            hint={`Optional. ${FIELDS.ipv6.description}`}
          />
          <Field
            label="IPv6 subnet size"
            name="ipv6-subnet-size"
            value={draft.ipv6Size}
            onChange={(ipv6Size) => set({ ipv6Size })}
            issues={at(['ipv6', 'subnetPrefix'])}
            hint="Default /64 (/44–/64, steps of 4)"
            width="narrow"
          />
        </div>
        <fieldset>
          <legend>{FIELDS.existing.label} (kept where they are)</legend>
          {draft.existing.map((row, index) => (
            <div key={index} className="vpc-list-row">
              <Cell
                label={`Existing subnet ${index + 1} CIDR`}
                value={row.cidr}
                placeholder="10.0.0.0/24"
                invalid={at(['existing', index, 'cidr']).length > 0}
                onChange={(cidr) => set({ existing: replace(draft.existing, index, { ...row, cidr }) })}
              />
              <Cell
                label={`Existing subnet ${index + 1} tier`}
                value={row.tier}
                placeholder="public"
                invalid={at(['existing', index, 'tier']).length > 0}
                onChange={(tier) => set({ existing: replace(draft.existing, index, { ...row, tier }) })}
              />
              <Cell
                label={`Existing subnet ${index + 1} AZ`}
                value={row.az}
                placeholder="az1"
                invalid={at(['existing', index, 'az']).length > 0}
                onChange={(az) => set({ existing: replace(draft.existing, index, { ...row, az }) })}
              />
              <button
                type="button"
                aria-label={`Remove existing subnet ${index + 1}`}
                onClick={() => set({ existing: without(draft.existing, index) })}
              >
                Remove
              </button>
              <RowErrors issues={at(['existing', index])} />
            </div>
          ))}
          <button
            type="button"
            onClick={() => set({ existing: [...draft.existing, { cidr: '', tier: '', az: '' }] })}
          >
            Add existing subnet
          </button>
        </fieldset>
        <div className="row">
          <InputField
            field={FIELDS.peers}
            value={draft.peers}
            onChange={(peers) => set({ peers })}
            issues={issues}
            hint={`Optional, comma-separated. ${FIELDS.peers.description}`}
          />
          <Field
            label="VPC name (exports)"
            name="name"
            value={props.name}
            onChange={props.onNameChange}
            width="narrow"
          />
        </div>
      </details>
    </div>
  );
}
