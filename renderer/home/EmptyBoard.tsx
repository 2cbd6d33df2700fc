// Nothing open: say so, and offer the way to open a ticket (or, on a new agency, to add services first).
import { useApiQuery } from '../api/useApiQuery';
import { go } from '../shell/route';
import { useServicesUi } from '../services/store';
import { Icon } from '../ui/Icon';
import { EmptyState } from '../ui/ScreenStates';

const COUNT_ONLY = { limit: 1 } as const;

export function EmptyBoard() {
  const services = useApiQuery('services:list', COUNT_ONLY, ['services']);
  const openAdd = useServicesUi((s) => s.openAdd);
  const openImport = useServicesUi((s) => s.openImport);
  const noServices = services.data !== undefined && services.data.total === 0;

  return (
    <EmptyState titleId="board-empty-title" icon="check" title="Nothing needs you now">
      <p>
        No trouble ticket is open. When a circuit fails, open a ticket: ATR Desk counts down its repair objectives and tells you whom
        to call next.
      </p>
      <p>
        <a href="#/tickets/new">Open a ticket</a>
      </p>
      {noServices ? (
        <>
          <p className="muted">Tickets are opened on a service: start by adding your agency&rsquo;s CALNET circuits.</p>
          <div className="button-row center">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                openAdd();
                go('services');
              }}
            >
              <Icon name="plus" /> Add a service
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                openImport();
                go('services');
              }}
            >
              <Icon name="upload" /> Import CSV
            </button>
          </div>
        </>
      ) : null}
    </EmptyState>
  );
}
