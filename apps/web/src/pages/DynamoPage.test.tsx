import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { installTestWindow } from '../testWindow.ts';
import { DynamoPage } from './DynamoPage.tsx';

const row = { previousItemSize: '', consistency: 'strong', writeMode: 'standard', index: '', items: '1' };
const writes = encodeURIComponent(
  JSON.stringify([{ ...row, type: 'PutItem', rate: '12,000', itemSize: '1KB' }]),
);

// React marks text boundaries with empty comments; the assertions read the text without them.
const render = () => renderToString(<DynamoPage />).replaceAll('<!-- -->', '');

describe('DynamoPage', () => {
  it('keeps its fields under the CLI flag names and reads numbers with thousands separators', () => {
    installTestWindow(`/dynamodb?operations=${writes}&utilization=20&table-class=standard-ia`);
    const html = render();
    // 12,000 writes/s of 1 KB = 12,000 WCU/s.
    expect(html).toContain('data-testid="table-wcu">12,000 WCU/s');
    expect(html).toContain('Provisioned at 20 %');
    expect(html).toContain('name="utilization"');
    expect(html).toContain('Utilization (%)');
  });

  it('opens an old link (ops, util, class, plain) as before and rewrites it to the new names', () => {
    const old = installTestWindow(
      `/dynamodb?ops=${writes}&util=20&class=standard-ia&plain=1&item=%7B%22a%22%3A1%7D`,
    );
    const html = render();
    expect(html).toContain('data-testid="table-wcu">12,000 WCU/s');
    expect(html).toContain('Provisioned at 20 %');
    // {"a": 1} read as plain JSON: "a" + 1 (1 digit → 2 bytes) = 3 bytes.
    expect(html).toContain('data-testid="item-size">3 bytes');
    const params = new URL(old.href(), 'http://awscalc.test').searchParams;
    expect([...params.keys()].sort()).toEqual(['format', 'item', 'operations', 'table-class', 'utilization']);
    expect(params.get('format')).toBe('plain');
  });

  it('names a bad field by its label beside it', () => {
    installTestWindow('/dynamodb?target-utilization=95');
    const html = render();
    expect(html).toContain('Target utilization must be at most 90 %');
  });
});
