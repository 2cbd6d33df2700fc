// What the data tables share: the focusable scrolling region that takes the arrow keys, sortable
// header cells, the hidden "Actions" header, plain header rows, the spacer rows around a
// virtualized body and the "no match" row.
import type { KeyboardEvent, ReactNode, Ref } from 'react';

interface ListRegionProps {
  scrollRef?: Ref<HTMLDivElement>;
  /** Added to `table-scroll`. */
  className?: string;
  /** The region's name, e.g. "Services list". */
  label: string;
  /** The id of the hidden text telling which keys do what, and that text. */
  keysId: string;
  keysHelp: string;
  busy: boolean;
  /** Sets data-loaded when given. */
  loaded?: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  children: ReactNode;
}

/** The scrolling box around a list's table: one tab stop, the keys move the selection. */
export function ListRegion({ scrollRef, className, label, keysId, keysHelp, busy, loaded, onKeyDown, children }: ListRegionProps) {
  return (
    <div
      ref={scrollRef}
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-describedby={keysId}
      aria-busy={busy}
      data-loaded={loaded === undefined ? undefined : loaded ? 'true' : 'false'}
      onKeyDown={onKeyDown}
    >
      <p id={keysId} className="visually-hidden">
        {keysHelp}
      </p>
      {children}
    </div>
  );
}

export type SortState = 'ascending' | 'descending' | 'none';

/** A column header that sorts by its column; aria-sort tells how it is sorted now. */
export function SortHeader({ label, state, className, onSort }: { label: string; state: SortState; className?: string | undefined; onSort: () => void }) {
  return (
    <th scope="col" aria-sort={state} className={className}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className={`sort-mark sort-${state}`} aria-hidden="true" />
      </button>
    </th>
  );
}

/** The header of the row-actions column: named for screen readers only. */
export function ActionsHeader() {
  return (
    <th scope="col" className="col-actions">
      <span className="visually-hidden">Actions</span>
    </th>
  );
}

export type Column = string | { label: string; className: string };

/** A header row of plain column names, and the actions column if the rows have buttons. */
export function HeaderRow({ columns, actions = false }: { columns: readonly Column[]; actions?: boolean }) {
  return (
    <tr>
      {columns.map((c) =>
        typeof c === 'string' ? (
          <th key={c} scope="col">
            {c}
          </th>
        ) : (
          <th key={c.label} scope="col" className={c.className}>
            {c.label}
          </th>
        ),
      )}
      {actions ? <ActionsHeader /> : null}
    </tr>
  );
}

/** Stands in for the rows scrolled out of a virtualized body. */
export function SpacerRow({ height, colSpan }: { height: number; colSpan: number }) {
  if (height <= 0) return null;
  return (
    <tr className="spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={colSpan} />
    </tr>
  );
}

interface NoMatchProps {
  colSpan: number;
  /** The filters hide every row: say so, with a way to clear them. */
  filtered: boolean;
  /** "services", "tickets". */
  what: string;
  onClear: () => void;
  /** What to say when there is nothing at all. */
  children: ReactNode;
}

export function NoMatchRow({ colSpan, filtered, what, onClear, children }: NoMatchProps) {
  return (
    <tr>
      <td colSpan={colSpan} className="no-match">
        {filtered ? (
          <>
            No {what} match these filters.{' '}
            <button type="button" className="link-button" onClick={onClear}>
              Clear filters
            </button>
          </>
        ) : (
          children
        )}
      </td>
    </tr>
  );
}
