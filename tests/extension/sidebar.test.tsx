// @vitest-environment happy-dom
/** The sidebar's findings list (components/Sidebar.tsx): count, order, folding, ten findings. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../components/Sidebar';
import type { Finding, RuleId } from '../../lib/analysis/types';
import { byImportance } from '../../lib/coach/view';

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);

function finding(rule: RuleId, n: number): Finding {
  return {
    rule,
    start: n * 40,
    end: n * 40 + 10,
    quote: `frase ${n}`,
    message: `message ${n}`,
    suggestions: [`rewrite ${n} ${'muy larga '.repeat(n === 1 ? 30 : 1)}`.trim()],
    alternatives: [],
  };
}

function mount(findings: Finding[]) {
  const root = document.createElement('div');
  document.body.append(root);
  const onApply = vi.fn();
  render(
    <Sidebar lang="es" words={120} findings={findings} moments={[]} internal={false} collapsed={false} t={t} onToggle={() => {}} onApply={onApply} onInsertAlternative={() => {}} />,
    root,
  );
  return { root, onApply };
}

afterEach(() => {
  document.body.innerHTML = '';
});

const RULES: RuleId[] = ['problem-framing', 'blame', 'dismissive', 'vague-handoff', 'overpromise', 'flat-refusal', 'blame', 'dismissive', 'problem-framing', 'unrealistic-commitment'];

describe('findings that scale', () => {
  it('send-blocking commitments come first, the rest keep the draft\'s order', () => {
    const ordered = byImportance(RULES.map((rule, n) => finding(rule, n)));
    expect(ordered[0].rule).toBe('unrealistic-commitment');
    expect(ordered.slice(1).map((f) => f.start)).toEqual([0, 40, 80, 120, 160, 200, 240, 280, 320]);
  });

  it('ten findings: a count in the header, the first three unfolded, each foldable, every suggestion a button', async () => {
    const { root, onApply } = mount(byImportance(RULES.map((rule, n) => finding(rule, n))));
    const count = root.querySelector('[data-tacto="finding-count"]')!;
    expect(count.getAttribute('data-count')).toBe('10');
    expect(count.textContent).toContain('findingCount(10)');
    const items = [...root.querySelectorAll('[data-rule]')];
    expect(items).toHaveLength(10);
    expect(items.map((li) => li.getAttribute('data-open'))).toEqual(['true', 'true', 'true', ...Array(7).fill('false')]);
    expect(items.map((li) => li.querySelector('details')!.open)).toEqual([true, true, true, ...Array(7).fill(false)]);
    // Every finding keeps its message visible (the summary) and its suggestion button.
    for (const li of items) {
      expect(li.querySelector('summary.message')?.textContent).toMatch(/^message \d$/);
      expect(li.querySelectorAll('[data-action="apply-suggestion"]')).toHaveLength(1);
    }
    // The agent unfolds the last one and folds the first one.
    const last = items[9].querySelector('details')!;
    last.open = true;
    last.dispatchEvent(new Event('toggle'));
    const first = items[0].querySelector('details')!;
    first.open = false;
    first.dispatchEvent(new Event('toggle'));
    await new Promise((r) => setTimeout(r, 0));
    expect(items[9].getAttribute('data-open')).toBe('true');
    expect(items[0].getAttribute('data-open')).toBe('false');
    items[9].querySelector<HTMLButtonElement>('[data-action="apply-suggestion"]')!.click();
    expect(onApply).toHaveBeenCalledWith(expect.objectContaining({ start: 320 }), 'rewrite 8 muy larga');
  });

  it('the findings scroll inside the panel body, below a fixed header', () => {
    const { root } = mount([finding('blame', 1)]);
    const panel = root.querySelector('[data-tacto="sidebar"]')!;
    const children = [...panel.children].map((el) => el.tagName.toLowerCase() + (el.getAttribute('data-tacto') ? `[${el.getAttribute('data-tacto')}]` : ''));
    expect(children).toEqual(['header', 'div[panel-body]']);
    expect(panel.querySelector('[data-tacto="panel-body"] [data-rule="blame"]')).not.toBeNull();
  });

  it('no count while paused or on an internal note', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<Sidebar lang="es" words={3} findings={[finding('blame', 1)]} moments={[]} internal={true} collapsed={false} t={t} onToggle={() => {}} onApply={() => {}} onInsertAlternative={() => {}} />, root);
    expect(root.querySelector('[data-tacto="finding-count"]')).toBeNull();
  });
});
