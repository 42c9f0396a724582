import type { Issue } from '@awscalc/core';
import { MULTIPART_FIELDS } from './fields.ts';
import { SelectField } from '../SelectField.tsx';

/** How KB/MB/GB/TB are read: binary (AWS's S3 usage, the default) or decimal (SI). */
export function UnitsSelect(props: {
  value: string;
  onChange: (value: string) => void;
  issues?: readonly Issue[] | undefined;
}) {
  return (
    <SelectField
      width="narrow"
      field={MULTIPART_FIELDS.units}
      value={props.value}
      onChange={props.onChange}
      issues={props.issues}
      options={[
        ['binary', 'binary (AWS: GB = 2^30)'],
        ['decimal', 'decimal (SI: GB = 10^9)'],
      ]}
    />
  );
}
