import type { Warning } from '../result.ts';
import { vpcExportCloudFormation } from './vpcExportCloudFormation.ts';
import { vpcExportCsv } from './vpcExportCsv.ts';
import { vpcExportJson } from './vpcExportJson.ts';
import type { VpcExportOptions } from './vpcExportNames.ts';
import { vpcExportTerraform } from './vpcExportTerraform.ts';
import type { VpcPlan } from './vpcPlan.ts';

export const VPC_EXPORT_FORMATS = ['terraform', 'cloudformation', 'csv', 'json'] as const;
export type VpcExportFormat = (typeof VPC_EXPORT_FORMATS)[number];

/** File name extension and media type of each export format (for downloads). */
export const VPC_EXPORT_FILES: Record<
  VpcExportFormat,
  { readonly fileName: string; readonly mediaType: string }
> = {
  terraform: { fileName: 'vpc.tf', mediaType: 'text/plain' },
  cloudformation: { fileName: 'vpc.yaml', mediaType: 'application/yaml' },
  csv: { fileName: 'vpc.csv', mediaType: 'text/csv' },
  json: { fileName: 'vpc.json', mediaType: 'application/json' },
};

/** Exports a plan in one of the formats; the CLI's `--format` and the web page's buttons share this. */
export function vpcExport(
  plan: VpcPlan,
  format: VpcExportFormat,
  options: VpcExportOptions & { readonly warnings?: readonly Warning[] } = {},
): string {
  switch (format) {
    case 'terraform':
      return vpcExportTerraform(plan, options);
    case 'cloudformation':
      return vpcExportCloudFormation(plan, options);
    case 'csv':
      return vpcExportCsv(plan);
    case 'json':
      return vpcExportJson(plan, options.warnings);
  }
}
