import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { installTestWindow } from '../testWindow.ts';
import { pages } from './registry.ts';
import { SubnetPage } from './SubnetPage.tsx';

describe('SubnetPage', () => {
  it('renders the inspection of the CIDR in the link', () => {
    installTestWindow('/subnet?cidr=10.16.16.0%2F20');
    const html = renderToString(<SubnetPage />);
    expect(html).toContain('10.16.31.255');
    expect(html).toContain('4,091');
  });

  it('renders the parse error beside the field, not a blank page', () => {
    installTestWindow('/subnet?cidr=127.1%2F8');
    const html = renderToString(<SubnetPage />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('four decimal octets');
  });
});

describe('page registry', () => {
  it('gives every page a unique path and label', () => {
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
    expect(new Set(pages.map((page) => page.label)).size).toBe(pages.length);
    expect(pages[0]?.path).toBe('/subnet');
  });
});
