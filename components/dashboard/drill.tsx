/** The drill-down's shared pieces: what was clicked (a filter and its title) and the clickable number. */
import type { ComponentChildren } from 'preact';
import type { EventFilter } from '@/lib/log/team';

export interface Drill {
  filter: EventFilter;
  title: string;
}

export type OnDrill = (drill: Drill) => void;

/** A number, label or topic that lists its tickets when clicked. */
export function DrillButton({ drill, onDrill, children }: { drill: Drill; onDrill: OnDrill; children: ComponentChildren }) {
  return (
    <button type="button" class="dash-drill" data-action="drill" title={drill.title} onClick={() => onDrill(drill)}>
      {children}
    </button>
  );
}
