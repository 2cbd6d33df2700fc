// The filter row above a list: a search box, selects and "Clear filters". Each control carries
// a visually hidden label; the row is a search landmark named for what it filters.
import type { ReactNode } from 'react';
import { Icon } from './Icon';
import { Options, type Choice } from './options';

interface FilterBarProps {
  /** The landmark's name, e.g. "Filter services". */
  label: string;
  /** Shows "Clear filters" when some filter is set. */
  active: boolean;
  onClear: () => void;
  children: ReactNode;
}

export function FilterBar({ label, active, onClear, children }: FilterBarProps) {
  return (
    <div className="filter-bar" role="search" aria-label={label}>
      {children}
      {active ? (
        <button type="button" className="button subtle" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

interface SearchBoxProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
}

export function SearchBox({ label, placeholder, value, onChange }: SearchBoxProps) {
  return (
    <label className="search-box">
      <Icon name="search" />
      <span className="visually-hidden">{label}</span>
      <input type="search" placeholder={placeholder} value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

interface FilterSelectProps<V extends string> {
  label: string;
  /** null: no filter; shown as the `allLabel` option. */
  value: V | null;
  options: readonly Choice<V>[];
  /** The "no filter" option's text; without it every option is a value (no null). */
  allLabel?: string;
  onChange: (value: V | null) => void;
}

/** A select whose first option ('' → null) means "any". */
export function FilterSelect<V extends string>({ label, value, options, allLabel, onChange }: FilterSelectProps<V>) {
  return (
    <label className="filter">
      <span className="visually-hidden">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as V))}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        <Options items={options} />
      </select>
    </label>
  );
}
