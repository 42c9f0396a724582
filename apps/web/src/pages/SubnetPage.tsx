import { calculatorEntry, run, subnetInspect } from '@awscalc/core';
import { useMemo } from 'react';
import { fieldOf, InputField, useFieldParam } from '../components/InputField.tsx';
import { Notices } from '../components/Notices.tsx';
import { TraceTable } from '../components/TraceTable.tsx';

const grouped = (decimal: string) => decimal.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Subnet inspector: type a CIDR, see its addresses, AWS's reserved ones and whether AWS accepts it. */
const cidrField = fieldOf(calculatorEntry('subnet'), 'cidr');

export function SubnetPage() {
  const [cidr, setCidr] = useFieldParam(cidrField, '10.0.0.0/24');
  const result = useMemo(() => run(subnetInspect, { cidr }), [cidr]);
  return (
    <section aria-label="Subnet inspector">
      <p className="lede">
        An IPv4 or IPv6 CIDR as AWS sees it: AWS reserves the first four and the last address of every subnet.
      </p>
      <InputField
        field={cidrField}
        value={cidr}
        onChange={setCidr}
        issues={result.ok ? [] : result.issues}
        hint="e.g. 10.16.16.0/20 or 2600:1f18:1234:5600::/56"
        width="wide"
      />
      {result.ok ? (
        <div className="result" aria-live="polite">
          <dl className="facts">
            <dt>Network</dt>
            <dd data-testid="network">{result.value.cidr}</dd>
            <dt>Last address</dt>
            <dd>{result.value.lastAddress}</dd>
            {result.value.netmask ? (
              <>
                <dt>Netmask</dt>
                <dd>{result.value.netmask}</dd>
              </>
            ) : null}
            <dt>Total addresses</dt>
            <dd data-testid="total">{grouped(result.value.totalAddresses)}</dd>
            <dt>Usable addresses</dt>
            <dd data-testid="usable">{grouped(result.value.usableAddresses)}</dd>
            <dt>Usable range</dt>
            <dd>
              {result.value.firstUsable ? `${result.value.firstUsable} – ${result.value.lastUsable}` : 'none'}
            </dd>
            <dt>Valid VPC CIDR</dt>
            <dd data-testid="vpc-valid">{result.value.vpcValid ? 'yes' : 'no'}</dd>
            <dt>Valid subnet CIDR</dt>
            <dd data-testid="subnet-valid">{result.value.subnetValid ? 'yes' : 'no'}</dd>
          </dl>
          <Notices problems={result.value.problems} warnings={result.warnings} />
          <table className="reserved" aria-label="Reserved addresses">
            <caption>Addresses AWS reserves in this subnet</caption>
            <thead>
              <tr>
                <th>Address</th>
                <th>Offset</th>
                <th>Role</th>
              </tr>
            </thead>
            <tbody>
              {result.value.reserved.map((reserved) => (
                <tr key={reserved.address}>
                  <td className="mono">{reserved.address}</td>
                  <td>{reserved.offset}</td>
                  <td>{reserved.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TraceTable trace={result.trace} />
        </div>
      ) : null}
    </section>
  );
}
