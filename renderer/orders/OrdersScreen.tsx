// Orders (service requests): due dates the provisioning SLA measures against, completion, and
// Customer Provisioning Delay stop clocks (29.4.8.10).
import { useEffect } from 'react';
import type { Service } from '../../shared/ipc/services';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { Icon } from '../ui/Icon';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { useAgencyZone } from '../ui/agencyTime';
import { OrderDetail } from './OrderDetail';
import { OrderFormDialog } from './OrderFormDialog';
import { OrderTable } from './OrderTable';
import { EndStopClockDialog, VoidStopClockDialog } from './StopClockDialogs';
import { ReasonDialog } from '../ui/ReasonDialog';
import { orderIdFromHash } from './route';
import { useOrdersUi } from './store';
import { useHash } from '../shell/route';

const REFRESH_MS = 60_000;
const SERVICES_QUERY = { limit: 10_000, sort: { key: 'circuitId', dir: 'asc' } } as const;

export function OrdersScreen() {
  const zone = useAgencyZone();
  const orders = useApiQuery('orders:list', {}, ['orders', 'stop_clocks', 'services']);
  const services = useApiQuery('services:list', SERVICES_QUERY, ['services']);
  // The engine's status of an open order changes when its due date ends: ask again now and then.
  const { reload } = orders;
  useEffect(() => {
    const t = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(t);
  }, [reload]);
  const dialog = useOrdersUi((s) => s.dialog);
  const selectedId = useOrdersUi((s) => s.selectedId);
  const openAdd = useOrdersUi((s) => s.openAdd);
  const select = useOrdersUi((s) => s.select);
  const closeDialog = useOrdersUi((s) => s.closeDialog);
  // `#/orders?order=12` (a link from the Month screen): that order, selected.
  const linked = orderIdFromHash(useHash());
  useEffect(() => {
    if (linked !== null) select(linked);
  }, [linked, select]);

  const rows = orders.data ?? [];
  const serviceList: Service[] = services.data?.rows ?? [];
  const selected = rows.find((o) => o.id === selectedId);
  const loaded = orders.data !== undefined && services.data !== undefined;

  return (
    <div className="screen orders" data-loaded={loaded ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Orders</h1>
          <p className="screen-sub" aria-live="polite">
            {!loaded ? 'Loading…' : `${rows.length.toLocaleString('en-US')} service request${rows.length === 1 ? '' : 's'} on file · dates in ${zone}`}
          </p>
        </div>
        {rows.length > 0 ? (
          <button type="button" className="button primary" onClick={openAdd}>
            <Icon name="plus" /> New order
          </button>
        ) : null}
      </div>

      {orders.error && !orders.data ? (
        <LoadError message={`The orders could not be loaded: ${orders.error.message}`} onRetry={orders.reload} />
      ) : loaded && rows.length === 0 ? (
        <EmptyOrders hasServices={serviceList.length > 0} onAdd={openAdd} />
      ) : (
        <>
          <OrderTable rows={rows} zone={zone} loading={orders.loading} />
          {selected ? <OrderDetail key={selected.id} order={selected} zone={zone} /> : rows.length > 0 ? <p className="table-note">Select an order to see how its due date is made up and to record Customer Provisioning Delay.</p> : null}
        </>
      )}

      {dialog.kind === 'form' ? <OrderFormDialog services={serviceList} zone={zone} /> : null}
      {dialog.kind === 'end' ? <EndStopClockDialog stopClockId={dialog.stopClockId} title={dialog.title} zone={zone} /> : null}
      {dialog.kind === 'void' ? <VoidStopClockDialog stopClockId={dialog.stopClockId} title={dialog.title} /> : null}
      {dialog.kind === 'retract' ? (
        <ReasonDialog
          title={`Retract ${dialog.title}?`}
          description="Retract a stop clock entered in error: it stays on record, struck through with your reason, and stops counting; the due date is computed again. Record the right one anew."
          send={(reason, who) => api.invoke('stopClocks:retract', { id: dialog.stopClockId, reason, who })}
          onDone={() => notify(`${dialog.title} retracted`, 'It stays on record and no longer counts.')}
          onClose={closeDialog}
        />
      ) : null}
    </div>
  );
}

function EmptyOrders({ hasServices, onAdd }: { hasServices: boolean; onAdd: () => void }) {
  return (
    <EmptyState titleId="orders-empty-title" icon="order" title="No orders yet">
      <p>
        Record each new install, move, add or change with its order date. The app works out the due date the provisioning SLA measures
        against and tells you when an order is late.
      </p>
      <div className="button-row center">
        {hasServices ? (
          <button type="button" className="button primary" onClick={onAdd}>
            <Icon name="plus" /> New order
          </button>
        ) : (
          <a className="button primary" href="#/services">
            <Icon name="services" /> Add a service first
          </a>
        )}
      </div>
    </EmptyState>
  );
}
