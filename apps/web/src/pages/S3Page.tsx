import { MultipartTool } from '../components/s3/MultipartTool.tsx';
import { PrefixesTool } from '../components/s3/PrefixesTool.tsx';
import { StorageCostTool } from '../components/s3/StorageCostTool.tsx';

/** S3: request-rate prefixes, multipart upload planning, and storage-class cost, each with its arithmetic. */
export function S3Page() {
  return (
    <div className="s3-page">
      <p className="lede">
        How many partitioned prefixes a request rate needs, which part size lets an object upload, and what a
        dataset costs in each storage class. Everything updates as you type; the link keeps your inputs.
      </p>
      <PrefixesTool />
      <MultipartTool />
      <StorageCostTool />
    </div>
  );
}
