// The month's results with a verdict: the filter bar, the virtualized table (every row in
// memory, drawn only where in view: ~24,000 rows in an agency-year month) and the selected
// result's explain lines.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { MonthReport, SlaResultRow } from '../../shared/ipc/sla';
import { goTo } from '../shell/route';
import { ListRegion, NoMatchRow, SortHeader, SpacerRow } from '../ui/DataTable';
import { FilterBar, FilterSelect, SearchBox } from '../ui/FilterBar';
import { moveTarget, ROW_HEIGHT, rowsPerPage } from '../ui/listKeys';
import { CreditCell, SlaStatusPill } from '../ui/SlaBits';
import { formatAmount, measureText, stepText } from '../ui/slaText';
import { useDebounced } from '../ui/useDebounced';
import { useVirtualRows } from '../ui/useVirtualRows';
import { ariaSort, filterResults, filtersActive, sortResults, subjectOf, summaryBySla, type MonthSortKey, type VerdictFilter } from './model';
import { ResultDetail } from './ResultDetail';
import { useMonthUi } from './store';

const COLUMNS: { key: MonthSortKey | null; label: string; className: string }[] = [
  { key: 'sla', label: 'SLA', className: 'mc-sla' },
  { key: 'subject', label: 'Subject', className: 'mc-subject' },
  { key: null, label: 'Measure', className: 'mc-measure' },
  { key: 'status', label: 'Verdict', className: 'mc-status' },
  { key: 'step', label: 'Step', className: 'mc-step' },
  { key: 'credit', label: 'Credit', className: 'mc-credit col-money' },
];
const COLS = COLUMNS.length;

const VERDICTS: { value: VerdictFilter; label: string }[] = [
  { value: 'missed', label: 'Missed only' },
  { value: 'met', label: 'Met' },
  { value: 'not-applicable', label: 'Not applicable' },
];

export function MonthResults({ report }: { report: MonthReport }) {
  const filters = useMonthUi((s) => s.filters);
  const sort = useMonthUi((s) => s.sort);
  const setSla = useMonthUi((s) => s.setSla);
  const setStatus = useMonthUi((s) => s.setStatus);
  const setText = useMonthUi((s) => s.setText);
  const clearFilters = useMonthUi((s) => s.clearFilters);
  const text = useDebounced(filters.text, 150);
  const slaChoices = useMemo(() => summaryBySla(report.results, []).map((r) => ({ value: r.sla, label: r.title })), [report]);
  // Keyed on the settled text, not on each keystroke: a month can hold ~24,000 results.
  const { sla, status } = filters;
  const rows = useMemo(() => sortResults(filterResults(report.results, { sla, status, text }), sort), [report, sla, status, text, sort]);
  const active = filtersActive(filters);
  const shownOwed = active ? rows.reduce((sum, r) => sum + Math.round(r.credit.amount * 100), 0) / 100 : null;

  return (
    <section className="month-results" aria-labelledby="month-results-title">
      <div className="month-results-head">
        <h2 id="month-results-title">Results</h2>
        <p className="muted small" aria-live="polite">
          {active
            ? `${rows.length.toLocaleString('en-US')} of ${report.results.length.toLocaleString('en-US')} match${shownOwed ? `, owed ${formatAmount(shownOwed)}` : ''}`
            : `${report.results.length.toLocaleString('en-US')} with a verdict`}
        </p>
      </div>
      <FilterBar label="Filter results" active={active} onClear={clearFilters}>
        <SearchBox label="Search results" placeholder="Circuit, ticket, order, site or SLA" value={filters.text} onChange={setText} />
        <FilterSelect label="SLA" value={filters.sla} options={slaChoices} allLabel="Every SLA" onChange={setSla} />
        <FilterSelect label="Verdict" value={filters.status} options={VERDICTS} allLabel="Every verdict" onChange={setStatus} />
      </FilterBar>
      <ResultsTable rows={rows} queryKey={`${report.month}|${sla ?? ''}|${status ?? ''}|${text}|${sort.key}${sort.dir}`} filtered={active} />
      <ResultDetail month={report.month} rows={rows} />
    </section>
  );
}

function ResultsTable({ rows, queryKey, filtered }: { rows: SlaResultRow[]; queryKey: string; filtered: boolean }) {
  const sort = useMonthUi((s) => s.sort);
  const sortBy = useMonthUi((s) => s.sortBy);
  const clearFilters = useMonthUi((s) => s.clearFilters);
  const selectedKey = useMonthUi((s) => s.selectedKey);
  const select = useMonthUi((s) => s.select);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, padTop, padBottom } = useVirtualRows(rows.length, scrollRef, 10);
  const selectedIndex = selectedKey === null ? -1 : rows.findIndex((r) => r.key === selectedKey);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [queryKey, virtualizer]);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || rows.length === 0) return;
    const to = moveTarget(e.key, selectedIndex, rows.length, rowsPerPage(scrollRef.current));
    if (to !== null) {
      e.preventDefault();
      select(rows[to]!.key);
    } else if (e.key === 'Enter' && selectedIndex >= 0) {
      const href = subjectOf(rows[selectedIndex]!).href;
      if (href) {
        e.preventDefault();
        goTo(href);
      }
    }
  };

  return (
    <ListRegion
      scrollRef={scrollRef}
      className="month-scroll"
      label="Month results"
      keysId="month-keys"
      keysHelp="Arrow keys move the selection and show how the result was worked out; Enter opens its ticket, order or service."
      busy={false}
      onKeyDown={onKeyDown}
    >
      <table className="data-table month-table" aria-rowcount={rows.length + 1}>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.label} className={`w-${c.className.split(' ')[0]}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((col) =>
              col.key ? (
                <SortHeader key={col.label} label={col.label} state={ariaSort(sort, col.key)} className={col.className} onSort={() => sortBy(col.key!)} />
              ) : (
                <th key={col.label} scope="col" className={col.className}>
                  {col.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} colSpan={COLS} />
          {items.map((item) => {
            const r = rows[item.index]!;
            return <ResultRow key={r.key} result={r} index={item.index} selected={r.key === selectedKey} onSelect={() => select(r.key)} />;
          })}
          <SpacerRow height={padBottom} colSpan={COLS} />
          {rows.length === 0 ? (
            <NoMatchRow colSpan={COLS} filtered={filtered} what="results" onClear={clearFilters}>
              Every result of this month is still open: see below.
            </NoMatchRow>
          ) : null}
        </tbody>
      </table>
    </ListRegion>
  );
}

function ResultRow({ result: r, index, selected, onSelect }: { result: SlaResultRow; index: number; selected: boolean; onSelect: () => void }) {
  const s = subjectOf(r);
  const m = measureText(r);
  const step = stepText(r.consecutiveMisses);
  const na = r.status === 'not-applicable';
  return (
    <tr
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`${selected ? 'selected' : ''}${na ? ' is-na' : ''}`.trim() || undefined}
      style={{ height: ROW_HEIGHT }}
      data-key={r.key}
      onClick={onSelect}
    >
      <td className="mc-sla" title={`${r.clause} ${r.title}`}>
        <span className="cell-main">{r.title}</span>
        <span className="cell-sub">{r.clause}</span>
      </td>
      <td className="mc-subject" title={s.circuit ? `${s.label} on ${s.circuit}` : s.label}>
        <span className="cell-main">{s.href ? <a href={s.href}>{s.label}</a> : s.label}</span>
        {s.circuit ? <span className="cell-sub mono">{s.circuit}</span> : null}
      </td>
      <td className="mc-measure" title={[m.measure, m.objective ? `objective ${m.objective}` : null, m.detail].filter(Boolean).join(' · ')}>
        <span className="cell-main">{m.measure ?? <span className="muted">—</span>}</span>
        {m.objective ? <span className="cell-sub">objective {m.objective}</span> : null}
      </td>
      <td className="mc-status">
        <SlaStatusPill status={r.status} />
      </td>
      <td className="mc-step">{step ?? <span className="muted">—</span>}</td>
      <td className="mc-credit col-money">
        <CreditCell result={r} compact />
      </td>
    </tr>
  );
}
