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

  it('opens an old link (ops, target, util, class, free, plain) as before, keeping it until a field is edited', () => {
    const old = installTestWindow(
      `/dynamodb?ops=${writes}&target=80&util=20&class=standard-ia&free=1&plain=1&item=%7B%22a%22%3A1%7D`,
    );
    const html = render();
    expect(html).toContain('data-testid="table-wcu">12,000 WCU/s');
    expect(html).toContain('Provisioned at 20 %');
    expect(html).toContain('name="target-utilization" value="80"');
    expect(html).toMatch(/name="table-class"[^>]*>.*<option value="standard-ia" selected=""/s);
    // {"a": 1} read as plain JSON: "a" + 1 (1 digit → 2 bytes) = 3 bytes.
    expect(html).toContain('data-testid="item-size">3 bytes');
    // Rendering does not rewrite the link: each field's first edit moves it to the new name.
    expect(old.href()).toContain('ops=');
  });

  it('names a table class no option offers beside the select, and keeps it as an option', () => {
    installTestWindow('/dynamodb?table-class=glacier');
    const html = render();
    expect(html).toContain('<option value="glacier" selected="">glacier</option>');
    expect(html).toMatch(/role="alert">Table class[^<]*glacier/);
  });

  it('names a bad field by its label beside it', () => {
    installTestWindow('/dynamodb?target-utilization=95');
    const html = render();
    expect(html).toContain('Target utilization must be at most 90 %');
  });
});
