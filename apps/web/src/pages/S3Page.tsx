import { useFieldParam } from '../components/InputField.tsx';
import { MULTIPART_FIELDS } from '../components/s3/fields.ts';
import { MultipartTool } from '../components/s3/MultipartTool.tsx';
import { PrefixesTool } from '../components/s3/PrefixesTool.tsx';
import { StorageCostTool } from '../components/s3/StorageCostTool.tsx';

/** S3: request-rate prefixes, multipart upload planning, and storage-class cost, each with its arithmetic. */
export function S3Page() {
  // Shared by the multipart and cost tools: one reading of KB/MB/GB/TB for the whole page.
  const [units, setUnits] = useFieldParam(MULTIPART_FIELDS.units, 'binary');
  return (
    <div className="s3-page">
      <p className="lede">
        How many partitioned prefixes a request rate needs, which part size lets an object upload, and what a
        dataset costs in each storage class. Everything updates as you type; the link keeps your inputs.
      </p>
      <PrefixesTool />
      <MultipartTool units={units} onUnitsChange={setUnits} />
      <StorageCostTool units={units} onUnitsChange={setUnits} />
    </div>
  );
}
