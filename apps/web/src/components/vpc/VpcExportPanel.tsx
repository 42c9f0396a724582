import {
  VPC_EXPORT_FILES,
  VPC_EXPORT_FORMATS,
  type VpcExportFormat,
  type VpcPlan,
  type Warning,
  vpcExport,
} from '@awscalc/core';
import { useState } from 'react';

const LABELS: Record<VpcExportFormat, string> = {
  terraform: 'Terraform',
  cloudformation: 'CloudFormation',
  csv: 'CSV',
  json: 'JSON',
};

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function download(text: string, format: VpcExportFormat): void {
  const { fileName, mediaType } = VPC_EXPORT_FILES[format];
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export buttons (Terraform, CloudFormation, CSV, JSON) with a preview, download and copy to clipboard. */
export function VpcExportPanel({
  plan,
  warnings,
  name,
}: {
  plan: VpcPlan;
  warnings: readonly Warning[];
  name: string;
}) {
  const [format, setFormat] = useState<VpcExportFormat>('terraform');
  const [status, setStatus] = useState('');
  const text = vpcExport(plan, format, { warnings, name: name.trim() === '' ? 'main' : name.trim() });
  return (
    <section className="vpc-export" aria-label="Export">
      <h2>Export</h2>
      <div className="vpc-export-tabs" role="group" aria-label="Export format">
        {VPC_EXPORT_FORMATS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            aria-pressed={candidate === format}
            onClick={() => {
              setFormat(candidate);
              setStatus('');
            }}
          >
            {LABELS[candidate]}
          </button>
        ))}
      </div>
      <div className="vpc-export-actions">
        <button type="button" className="primary" onClick={() => download(text, format)}>
          Download {VPC_EXPORT_FILES[format].fileName}
        </button>
        <button
          type="button"
          onClick={async () =>
            setStatus(
              (await copyText(text))
                ? `Copied the ${LABELS[format]} export.`
                : 'Copy failed: select the text below and copy it.',
            )
          }
        >
          Copy {LABELS[format]}
        </button>
        <button
          type="button"
          onClick={async () =>
            setStatus(
              (await copyText(window.location.href))
                ? 'Copied a link to this plan.'
                : `Copy failed; the link is ${window.location.href}`,
            )
          }
        >
          Copy link
        </button>
        <span role="status" className="vpc-export-status">
          {status}
        </span>
      </div>
      {plan.problems.length > 0 ? (
        <p className="vpc-export-note">The plan has problems; AWS would reject this export as it is.</p>
      ) : null}
      <pre className="vpc-export-preview" aria-label="Export preview" data-format={format}>
        {text}
      </pre>
    </section>
  );
}
