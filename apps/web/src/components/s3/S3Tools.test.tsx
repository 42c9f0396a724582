import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { installTestWindow } from '../../testWindow.ts';
import { S3Page } from '../../pages/S3Page.tsx';

describe('S3Page', () => {
  it('renders all three tools from the inputs in the link', () => {
    installTestWindow('/s3?get=20000&put=10000&size=6%20GB&objects=1&avg=50%20KB');
    const html = renderToString(<S3Page />);
    expect(html).toContain('data-testid="s3-prefixes">4<');
    expect(html).toContain('data-testid="s3-single-put">no<');
    expect(html).toContain('cheapest');
  });

  it('shows bad input beside its field instead of a blank page', () => {
    installTestWindow('/s3?size=lots&objects=many');
    const html = renderToString(<S3Page />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('not a byte size');
    expect(html).toContain('not a count');
    expect(html).toContain('Partitioned prefixes needed');
  });
});
