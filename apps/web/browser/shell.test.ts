import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../src/pages/registry.ts';
import { launchChromium, openApp } from './chromium.ts';

describe('app shell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('navigates to every calculator page without a page error', async () => {
    const { page, errors } = await openApp(browser, '/');
    for (const entry of pages) {
      await page
        .getByRole('navigation', { name: 'Calculators' })
        .getByRole('link', { name: entry.label })
        .click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(entry.title);
      expect(new URL(page.url()).pathname).toBe(entry.path);
    }
    expect(errors).toEqual([]);
  });

  it('never scrolls a page sideways on a 390 px phone (wide tables scroll in their own box)', async () => {
    const { page, errors } = await openApp(browser, '/');
    await page.setViewportSize({ width: 390, height: 844 });
    for (const entry of pages) {
      await page.goto(new URL(entry.path, page.url()).href);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(entry.title);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), entry.path).toBeLessThanOrEqual(
        390,
      );
    }
    expect(errors).toEqual([]);
  });

  it('says so when part of a link cannot be read, instead of silently showing defaults', async () => {
    const { page, errors } = await openApp(browser, '/vpc?plan=%7Bnot-json');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('could not be read (plan)');
    expect(errors).toEqual([]);
  });
});
