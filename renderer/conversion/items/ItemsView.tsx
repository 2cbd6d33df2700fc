// The items of a project (#/conversions/3/items): filters, the table with a tick per row, the bulk
// actions on the ticked items, and the last bulk action's outcome per item (done, or the rule that
// blocked it). Empty: how to start (import the old inventory, or add an item).
import { useMemo } from 'react';
import { CONVERSION_STATUSES, FORM20_STATUSES } from '../../../shared/conversion/types';
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { FilterBar, FilterSelect, SearchBox } from '../../ui/FilterBar';
import { Icon } from '../../ui/Icon';
import { EmptyState } from '../../ui/ScreenStates';
import { labelled } from '../../ui/options';
import { DECISION_CHOICES, FLAG_LABELS, FORM20_LABELS, filterItems, filtersActive, STATUS_LABELS, visibleSelection, type FlagFilter } from '../model';
import { useConversionUi } from '../store';
import { BulkBar } from './BulkBar';
import { BulkResults } from './BulkResults';
import { ItemTable } from './ItemTable';

const FLAGS = Object.keys(FLAG_LABELS) as FlagFilter[];

export function ItemsView({ d }: { d: ProjectDetail }) {
  const filters = useConversionUi((s) => s.filters);
  const setFilter = useConversionUi((s) => s.setFilter);
  const clearFilters = useConversionUi((s) => s.clearFilters);
  const selected = useConversionUi((s) => s.selected);
  const open = useConversionUi((s) => s.open);
  const shown = useMemo(() => filterItems(d.items, filters), [d.items, filters]);
  const ticked = visibleSelection(selected, shown);
  const active = filtersActive(filters);

  if (d.items.length === 0) {
    return (
      <EmptyState titleId="items-empty-title" icon="convert" title="No item yet">
        <p>
          One item per existing service: its old Circuit ID or Service ID, the incumbent contractor and service, and where it goes. Import the
          old inventory from a CSV, or add the items one by one.
        </p>
        <div className="button-row center">
          <button type="button" className="button primary" onClick={() => open({ kind: 'import' })}>
            <Icon name="upload" /> Import CSV
          </button>
          <button type="button" className="button" onClick={() => open({ kind: 'item', itemId: null })}>
            <Icon name="plus" /> Add item
          </button>
        </div>
      </EmptyState>
    );
  }

  return (
    <section className="items-view" aria-label="Items">
      <div className="items-toolbar">
        <FilterBar label="Filter items" active={active} onClear={clearFilters}>
          <SearchBox label="Search items" placeholder="Search circuit, site, service, notes" value={filters.text} onChange={(v) => setFilter('text', v)} />
          <FilterSelect label="Filter by decision" allLabel="Every decision" value={filters.decision} options={DECISION_CHOICES} onChange={(v) => setFilter('decision', v)} />
          <FilterSelect label="Filter by status" allLabel="Every status" value={filters.status} options={labelled(CONVERSION_STATUSES, STATUS_LABELS)} onChange={(v) => setFilter('status', v)} />
          <FilterSelect label="Filter by Form 20" allLabel="Any Form 20" value={filters.form20} options={labelled(FORM20_STATUSES, FORM20_LABELS)} onChange={(v) => setFilter('form20', v)} />
          <FilterSelect label="Filter by flag" allLabel="Any flag" value={filters.flag} options={labelled(FLAGS, FLAG_LABELS)} onChange={(v) => setFilter('flag', v)} />
        </FilterBar>
        <button type="button" className="button primary" onClick={() => open({ kind: 'item', itemId: null })}>
          <Icon name="plus" /> Add item
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {active ? `${shown.length} of ${d.items.length} items match the filters` : `${d.items.length} item${d.items.length === 1 ? '' : 's'}`}
        {ticked.length > 0 ? `, ${ticked.length} ticked` : ''}
      </p>
      <BulkResults projectId={d.project.id} />
      {ticked.length > 0 ? <BulkBar count={ticked.length} /> : null}
      <ItemTable d={d} items={shown} ticked={ticked} />
    </section>
  );
}
