import { useEffect } from 'react';
import { AGENCY_KIND_LABELS } from '../shared/ipc/agency';
import { api } from './api/client';
import { useApiQuery } from './api/useApiQuery';
import { AgencyScreen } from './agency/AgencyScreen';
import { HomeScreen } from './home/HomeScreen';
import { ServicesScreen } from './services/ServicesScreen';
import { TicketsScreen } from './tickets/TicketsScreen';
import { IncidentsScreen } from './incidents/IncidentsScreen';
import { OrdersScreen } from './orders/OrdersScreen';
import { MonthScreen } from './month/MonthScreen';
import { ClaimsScreen } from './claims/ClaimsScreen';
import { ReconcileScreen } from './reconcile/ReconcileScreen';
import { EscalationScreen } from './escalation/EscalationScreen';
import { BackupsScreen } from './backups/BackupsScreen';
import { HelpDeskScreen } from './helpdesk/HelpDeskScreen';
import { ReadOnlyBanner } from './shell/ReadOnlyBanner';
import { NoticeArea } from './shell/NoticeArea';
import { useNotices } from './shell/notices';
import { Icon, type IconName } from './ui/Icon';
import { hrefFor, packetRouteFromHash, useHash, useScreen, type Screen } from './shell/route';
import { ClaimPacketScreen } from './claims/packet/ClaimPacketScreen';
import { ConversionScreen } from './conversion/ConversionScreen';
import { scheduleRouteFromHash } from './conversion/route';
import { ScheduleScreen } from './conversion/schedule/ScheduleScreen';

const NAV: { screen: Screen; label: string; icon: IconName }[] = [
  { screen: 'home', label: 'Home', icon: 'home' },
  { screen: 'tickets', label: 'Tickets', icon: 'ticket' },
  { screen: 'incidents', label: 'Incidents', icon: 'incident' },
  { screen: 'orders', label: 'Orders', icon: 'order' },
  { screen: 'month', label: 'Month', icon: 'month' },
  { screen: 'claims', label: 'Claims', icon: 'file' },
  { screen: 'reconcile', label: 'Reconcile', icon: 'compare' },
  { screen: 'conversions', label: 'Conversions', icon: 'convert' },
  { screen: 'helpdesk', label: 'Help desk', icon: 'helpdesk' },
  { screen: 'escalation', label: 'Escalation', icon: 'ladder' },
  { screen: 'services', label: 'Services', icon: 'services' },
  { screen: 'agency', label: 'Agency', icon: 'agency' },
  { screen: 'backups', label: 'Backups', icon: 'backup' },
];

function useMainNotices() {
  const push = useNotices((s) => s.push);
  useEffect(
    () =>
      api.subscribe('notice', (n) => {
        if (!n || typeof n.title !== 'string') return;
        push({ id: `main-${n.id}`, title: n.title, body: n.body ?? '', level: n.level ?? 'info' });
      }),
    [push],
  );
}

export function App() {
  const screen = useScreen();
  const info = useApiQuery('app:info', {}, []);
  const agency = useApiQuery('agency:get', {}, ['agency']);
  useMainNotices();

  const started = (info.data !== undefined || info.error !== null) && (agency.data !== undefined || agency.error !== null);
  useEffect(() => {
    // The tests' ready signal: the shell has its first data (never a fixed sleep).
    if (started) document.body.dataset.ready = 'true';
  }, [started]);

  const fatal = info.error ?? agency.error;
  // The claim packet is a print view: the page alone, so what shows is what prints.
  const hash = useHash();
  const packet = packetRouteFromHash(hash);
  if (packet && !fatal) return <ClaimPacketScreen claimId={packet.claimId} />;
  // The conversion schedule is a print view too.
  const schedule = scheduleRouteFromHash(hash);
  if (schedule && !fatal) return <ScheduleScreen projectId={schedule.projectId} />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ATR
          </span>
          <span className="brand-name">ATR Desk</span>
        </div>
        <ul className="nav-list">
          {NAV.map((item) => (
            <li key={item.screen}>
              <a href={hrefFor(item.screen)} className="nav-link" aria-current={screen === item.screen ? 'page' : undefined}>
                <Icon name={item.icon} />
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          {info.data ? (
            <>
              <span>Version {info.data.version}</span>
              <span>{info.data.mode === 'browser' ? 'Browser mode' : 'Desktop'}</span>
            </>
          ) : null}
        </div>
      </nav>
      <div className="workspace">
        {info.data ? <ReadOnlyBanner info={info.data} /> : null}
        <header className="topbar">
          <div className="topbar-agency">
            <span className="topbar-label">Agency</span>
            <span className="topbar-name" data-testid="agency-name">
              {agency.data ? agency.data.name || 'Unnamed agency' : '…'}
            </span>
            {agency.data ? <span className="badge">{AGENCY_KIND_LABELS[agency.data.kind] ?? agency.data.kind}</span> : null}
          </div>
          <div className="topbar-file" title={info.data?.dataFile}>
            <span className="topbar-label">Data file</span>
            <code className="path">
              <span dir="ltr">{info.data?.dataFile ?? '…'}</span>
            </code>
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          {fatal ? (
            <div className="panel fatal" role="alert">
              <h1>ATR Desk cannot reach its data</h1>
              <p>{fatal.message}</p>
            </div>
          ) : screen === 'tickets' ? (
            <TicketsScreen />
          ) : screen === 'incidents' ? (
            <IncidentsScreen />
          ) : screen === 'orders' ? (
            <OrdersScreen />
          ) : screen === 'month' ? (
            <MonthScreen />
          ) : screen === 'claims' ? (
            <ClaimsScreen />
          ) : screen === 'reconcile' ? (
            <ReconcileScreen />
          ) : screen === 'conversions' ? (
            <ConversionScreen />
          ) : screen === 'helpdesk' ? (
            <HelpDeskScreen />
          ) : screen === 'escalation' ? (
            <EscalationScreen />
          ) : screen === 'services' ? (
            <ServicesScreen />
          ) : screen === 'agency' ? (
            <AgencyScreen />
          ) : screen === 'backups' ? (
            <BackupsScreen />
          ) : (
            <HomeScreen agencyName={agency.data?.name ?? ''} />
          )}
        </main>
        <NoticeArea />
      </div>
    </div>
  );
}
