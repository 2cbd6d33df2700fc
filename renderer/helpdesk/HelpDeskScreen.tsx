// The Help desk screen (#/helpdesk, issue 14): a service-level contract's month, the Customer
// Care Center's by default. Three tabs: the scorecard (every target against its objective with a
// 12-month trend, printable, and the incidents whose notifications were missed with their
// timeline), the center's figures (a month's form, the year's score, the CSV import), and the
// billing check. Everything shown comes from the sla:* and figures:* / billing:* channels.
import { isMonth, shiftMonth } from '../../shared/calendar';
import { useApiQuery } from '../api/useApiQuery';
import { defaultMonth } from '../month/model';
import { monthLabel } from '../ui/slaText';
import { useAgencyZone } from '../ui/agencyTime';
import { useAppNow } from '../ui/appNow';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { tabPanelProps, Tabs } from '../ui/Tabs';
import { BillingPanel } from './BillingPanel';
import { FiguresPanel } from './FiguresPanel';
import { catalogOf, contractsOf } from './model';
import { ScorecardPanel } from './ScorecardPanel';
import { useHelpDeskUi, type HelpDeskTab } from './store';
import './helpdesk.css';

const NO_REQUEST = {};
const TABS: Array<{ id: HelpDeskTab; label: string }> = [
  { id: 'scorecard', label: 'Scorecard' },
  { id: 'figures', label: 'Figures' },
  { id: 'billing', label: 'Billing check' },
];

export function HelpDeskScreen() {
  const zone = useAgencyZone();
  const now = useAppNow();
  const ui = useHelpDeskUi();
  const services = useApiQuery('services:list', { limit: 10_000, includeRetired: true }, ['services']);
  const contractors = useApiQuery('contractors:list', NO_REQUEST, ['contractors']);
  const contracts = contractsOf(services.data?.rows ?? [], contractors.data ?? []);
  const contract = contracts.find((c) => `${c.contractorId}|${c.catalogId}` === ui.contract) ?? contracts[0];
  const month = ui.month ?? defaultMonth(now, zone);
  const loading = services.data === undefined || contractors.data === undefined;
  const error = services.error ?? contractors.error;

  return (
    <div className="screen helpdesk" data-loaded={loading ? 'false' : 'true'}>
      <div className="screen-head">
        <div>
          <h1>Help desk</h1>
          <p className="screen-sub">{contract ? `${catalogOf(contract).title}: service levels met or missed, no credits` : 'Service levels of a help-desk contract'}</p>
        </div>
        {contract ? (
          <div className="helpdesk-controls" role="group" aria-label="Contract and month">
            {contracts.length > 1 ? (
              <label className="month-control">
                <span className="month-control-label">Contract</span>
                <select value={`${contract.contractorId}|${contract.catalogId}`} onChange={(e) => ui.setContract(e.target.value)}>
                  {contracts.map((c) => (
                    <option key={`${c.contractorId}|${c.catalogId}`} value={`${c.contractorId}|${c.catalogId}`}>
                      {c.contractorName}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <p className="helpdesk-contract">
                <span className="month-control-label">Contract</span> {contract.contractorName}
              </p>
            )}
            <div className="month-control">
              <label className="month-control-label" htmlFor="helpdesk-month">
                Month
              </label>
              <div className="month-stepper">
                <button type="button" className="button small" aria-label={`Previous month, ${monthLabel(shiftMonth(month, 1))}`} onClick={() => ui.setMonth(shiftMonth(month, 1))}>
                  <span aria-hidden="true">‹</span>
                </button>
                <input id="helpdesk-month" type="month" value={month} required onChange={(e) => isMonth(e.target.value) && ui.setMonth(e.target.value)} />
                <button type="button" className="button small" aria-label={`Next month, ${monthLabel(shiftMonth(month, -1))}`} onClick={() => ui.setMonth(shiftMonth(month, -1))}>
                  <span aria-hidden="true">›</span>
                </button>
              </div>
            </div>
          </div>
        ) : null}
      </div>
      {error ? (
        <LoadError message={error.message} onRetry={() => (services.reload(), contractors.reload())} />
      ) : loading ? (
        <p className="muted">Loading…</p>
      ) : !contract ? (
        <EmptyState titleId="helpdesk-empty" icon="services" title="No help-desk contract yet">
          <p>
            Add the Customer Care Center as a contractor (Agency screen), then its lines of support as services under the <em>Customer Care Center (help desk)</em> catalog
            (Services screen): Security Support, Desktop Software Support, Application Support, Hardware Support/Dispatch. Its incidents are then recorded as tickets on those
            services, and its monthly figures here.
          </p>
        </EmptyState>
      ) : (
        <>
          <Tabs label="Help desk" idPrefix="helpdesk" items={TABS} selected={ui.tab} onSelect={(id) => ui.setTab(id as HelpDeskTab)} />
          <div {...tabPanelProps('helpdesk', ui.tab)} className="helpdesk-panel">
            {ui.tab === 'scorecard' ? (
              <ScorecardPanel contract={contract} month={month} zone={zone} />
            ) : ui.tab === 'figures' ? (
              <FiguresPanel contract={contract} month={month} zone={zone} />
            ) : (
              <BillingPanel contract={contract} month={month} />
            )}
          </div>
        </>
      )}
    </div>
  );
}
