import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';

export type OptionsTab = 'dashboard' | 'settings';

const TABS: ReadonlyArray<{ id: OptionsTab; label: string }> = [
  { id: 'dashboard', label: 'tabDashboard' },
  { id: 'settings', label: 'tabSettings' },
];

export interface OptionsTabsProps {
  t: Translate;
  selected: OptionsTab;
  onSelect(tab: OptionsTab): void;
  children: ComponentChildren;
}

/**
 * The options page's tabs, as the ARIA tabs pattern has them: one tab stop (the selected
 * tab), the arrow keys, Home and End move between tabs and select them, and the panel is
 * labelled by its tab.
 */
export function OptionsTabs({ t, selected, onSelect, children }: OptionsTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.findIndex((tab) => tab.id === selected);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (at - 1 + TABS.length) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : -1;
    if (to < 0) return;
    event.preventDefault();
    onSelect(TABS[to].id);
    list.current?.querySelector<HTMLElement>(`#tab-${TABS[to].id}`)?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" ref={list} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            key={tab.id}
            data-tab={tab.id}
            aria-selected={tab.id === selected}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" class="panel" id={`tabpanel-${selected}`} aria-labelledby={`tab-${selected}`} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
