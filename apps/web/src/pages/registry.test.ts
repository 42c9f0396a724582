import { calculators } from '@awscalc/core';
import { describe, expect, it } from 'vitest';
import { pages } from './registry.ts';

describe('web pages and the calculator registry', () => {
  it('has a page for every calculator that names one', () => {
    const paths = new Set(pages.map((page) => page.path));
    for (const entry of calculators) if (entry.page) expect(paths, entry.id).toContain(entry.page);
  });

  it('offers every page some calculator from the registry', () => {
    const offered = new Set(calculators.map((entry) => entry.page));
    for (const page of pages) expect(offered, page.path).toContain(page.path);
  });
});
