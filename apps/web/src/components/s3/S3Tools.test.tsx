import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { installTestWindow } from '../../testWindow.ts';
import { S3Page } from '../../pages/S3Page.tsx';

describe('S3Page', () => {
  it('renders all three tools from the inputs in the link, under the parameters named like the CLI flags', () => {
    installTestWindow('/s3?get-rate=20000&put-rate=10000&object-size=6%20GB&objects=1&average-size=50%20KB');
    const html = renderToString(<S3Page />);
    expect(html).toContain('data-testid="s3-prefixes">4<');
    expect(html).toContain('data-testid="s3-single-put">no<');
    expect(html).toContain('cheapest');
  });

  it('still reads the parameter names of older links (get, put, pc, size, part, avg, retr, del, age, int)', () => {
    installTestWindow(
      '/s3?get=30000&put=0&pc=2&part=16%20MiB&size=1%20GiB&objects=1&avg=50%20KB&retr=1%20GB&del=1&age=10&int=50,50,0',
    );
    const html = renderToString(<S3Page />);
    expect(html).toContain('data-testid="s3-prefixes">6<');
    expect(html).toContain('value="16 MiB"');
    expect(html).toContain('value="1 GB"');
    expect(html).toContain('value="50,50,0"');
    expect(html).toContain('Prefix count 2 is too few');
  });

  it('prefers the new parameter when a link carries both', () => {
    installTestWindow('/s3?get=30000&get-rate=5000&put-rate=0');
    expect(renderToString(<S3Page />)).toContain('data-testid="s3-prefixes">1<');
  });

  it('labels the fields from the core metadata, with units and examples', () => {
    installTestWindow('/s3');
    const html = renderToString(<S3Page />);
    for (const label of [
      'GET rate (requests/s)',
      'Prefix count (prefixes)',
      'Object size (bytes)',
      'Retrieved size (bytes/month)',
      'Age at deletion (days)',
    ])
      expect(html).toContain(label);
    expect(html).toContain('placeholder="20k/s"');
  });

  it('makes the partitions column add up to the caption: light prefixes are "shared" and counted once', () => {
    installTestWindow(
      '/s3?get-rate=10000&put-rate=0&traffic=hot%2F%3D80%2C%20warm%2F%3D10%2C%20cold%2F%3D10',
    );
    const html = renderToString(<S3Page />);
    expect(html).toContain('partitions needed for the spread: <!-- -->3');
    expect(html).toContain('data-testid="s3-shared-partitions">1<');
    expect(html.match(/>shared</g)).toHaveLength(2);
  });

  it('shows bad input beside its field, named by its label, instead of a blank page', () => {
    installTestWindow('/s3?size=lots&objects=many');
    const html = renderToString(<S3Page />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Object size: ');
    expect(html).toContain('not a byte size');
    expect(html).toContain('Objects must be a number');
    expect(html).toContain('Partitioned prefixes needed');
  });
});
