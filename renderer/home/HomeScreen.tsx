import { useApiQuery } from '../api/useApiQuery';
import { go } from '../shell/route';
import { useServicesUi } from '../services/store';
import { Icon } from '../ui/Icon';

const COUNT_ONLY = { limit: 1 } as const;

export function HomeScreen({ agencyName }: { agencyName: string }) {
  const services = useApiQuery('services:list', COUNT_ONLY, ['services']);
  const contractors = useApiQuery('contractors:list', {}, ['contractors']);
  const openAdd = useServicesUi((s) => s.openAdd);
  const openImport = useServicesUi((s) => s.openImport);

  return (
    <div className="screen home">
      <div className="screen-head">
        <div>
          <h1>Home</h1>
          <p className="screen-sub">{agencyName ? `${agencyName} at a glance` : 'Your agency at a glance'}</p>
        </div>
      </div>

      <div className="stat-row">
        <a className="stat" href="#/services">
          <span className="stat-value">{services.data ? services.data.total.toLocaleString('en-US') : '—'}</span>
          <span className="stat-label">CALNET services on file</span>
        </a>
        <a className="stat" href="#/agency">
          <span className="stat-value">{contractors.data ? contractors.data.length.toLocaleString('en-US') : '—'}</span>
          <span className="stat-label">Contractors</span>
        </a>
      </div>

      <section className="panel coming" aria-labelledby="coming-title">
        <div className="coming-icon">
          <Icon name="ticket" size={28} />
        </div>
        <div>
          <h2 id="coming-title">Tickets arrive in the next release</h2>
          <p>
            Trouble tickets, stop clocks, escalations and SLA credit claims will be tracked here, each one tied to a
            service. Getting your services and contractors in order now means every ticket starts with the right
            circuit, tier and charges.
          </p>
          <div className="button-row">
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
        </div>
      </section>
    </div>
  );
}
