import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { VpcPage } from '../../pages/VpcPage.tsx';
import { installTestWindow } from '../../testWindow.ts';

const link = (draft: unknown) => `/vpc?plan=${encodeURIComponent(JSON.stringify(draft))}`;

describe('VpcPage', () => {
  it('renders the plan held in the link: table rows, address map and a Terraform preview', () => {
    installTestWindow(
      link({
        vpc: ['10.0.0.0/16'],
        azs: '2',
        futureAzs: '',
        tiers: [{ name: 'app', size: '/24', lb: false }],
        ipv6: '',
        ipv6Size: '',
        existing: [],
        peers: '',
      }),
    );
    const html = renderToString(<VpcPage />);
    expect(html).toContain('10.0.0.0/24');
    expect(html).toContain('10.0.1.0/24');
    expect(html).toContain('aria-label="Address map of 10.0.0.0/16"');
    expect(html).toContain('resource &quot;aws_subnet&quot;');
  });

  it('shows an invalid field beside it instead of a blank page', () => {
    installTestWindow(
      link({
        vpc: ['10.0.0.0/16'],
        azs: '2',
        futureAzs: '',
        tiers: [{ name: 'app', size: 'lots', lb: false }],
        ipv6: '',
        ipv6Size: '',
        existing: [],
        peers: '',
      }),
    );
    const html = renderToString(<VpcPage />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('is not a tier size');
    expect(html).toContain('Fix the highlighted fields');
  });

  it('reads a link whose parameters are named like the CLI flags, and labels fields from the metadata', () => {
    installTestWindow('/vpc?vpc-cidr=10.0.0.0%2F16&azs=2&tier=app%3D%2F24&future-azs=4');
    const html = renderToString(<VpcPage />);
    expect(html).toContain('10.0.0.0/24');
    expect(html).toContain('10.0.1.0/24');
    expect(html).toContain('Future AZs');
    expect(html).toContain('name="future-azs"');
    expect(html).toContain('vpc plan 10.0.0.0/16 --azs 2 --future-azs 4 --tier app=/24');
  });

  it('falls back to the default plan when the link carries something that is not a plan', () => {
    installTestWindow('/vpc?plan=%7B%22tiers%22%3A%7B%220%22%3A1%7D%7D');
    const html = renderToString(<VpcPage />);
    expect(html).toContain('VPC CIDRs');
    expect(html).not.toContain('role="alert"');
  });
});
