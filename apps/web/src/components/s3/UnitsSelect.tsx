import { useId } from 'react';

/** How KB/MB/GB/TB are read: binary (AWS's S3 usage, the default) or decimal (SI). */
export function UnitsSelect(props: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field narrow">
      <label htmlFor={id}>Units</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="binary">binary (AWS: GB = 2^30)</option>
        <option value="decimal">decimal (SI: GB = 10^9)</option>
      </select>
    </div>
  );
}
