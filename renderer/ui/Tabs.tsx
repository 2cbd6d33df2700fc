// A row of tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys / Home / End move between
// tabs and show the tab at once. The panel is the caller's: give it `tabPanelProps(id)`.
import { useRef, type KeyboardEvent } from 'react';
import { moveTarget } from './listKeys';

export interface TabItem {
  id: string;
  label: string;
}

interface TabsProps {
  /** Names the tab list, e.g. "Monthly SLA". */
  label: string;
  /** Prefix of the tabs' and panel's ids (unique on the page). */
  idPrefix: string;
  items: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
}

export function tabId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`;
}

export function tabPanelProps(idPrefix: string, selected: string) {
  return { id: `${idPrefix}-panel`, role: 'tabpanel', 'aria-labelledby': tabId(idPrefix, selected) } as const;
}

export function Tabs({ label, idPrefix, items, selected, onSelect }: TabsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const index = items.findIndex((t) => t.id === selected);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = e.key === 'ArrowRight' ? 'ArrowDown' : e.key === 'ArrowLeft' ? 'ArrowUp' : e.key;
    if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End') {
      const to = moveTarget(key, index, items.length);
      if (to === null) return;
      e.preventDefault();
      const next = items[to]!;
      onSelect(next.id);
      listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, next.id))}`)?.focus();
    }
  };

  return (
    <div ref={listRef} className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((t) => {
        const active = t.id === selected;
        return (
          <button
            key={t.id}
            id={tabId(idPrefix, t.id)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={active}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
