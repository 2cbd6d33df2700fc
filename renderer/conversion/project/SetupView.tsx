// The project's set-up (#/conversions/3/setup): its dates, its milestones, the two roles chosen
// from the contacts with what each may do, and the ATOs on file per contractor.
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { Icon } from '../../ui/Icon';
import { dateLabel } from '../model';
import { useConversionUi } from '../store';
import { AtosPanel } from './AtosPanel';
import { MilestonesPanel } from './MilestonesPanel';
import { RolesPanel } from './RolesPanel';

export function SetupView({ d }: { d: ProjectDetail }) {
  const open = useConversionUi((s) => s.open);
  const p = d.project;
  return (
    <div className="setup-grid">
      <section className="panel" aria-labelledby="dates-title">
        <div className="panel-head">
          <h2 id="dates-title">Dates</h2>
          <button type="button" className="button" onClick={() => open({ kind: 'editProject' })}>
            <Icon name="edit" /> Edit dates…
          </button>
        </div>
        <dl className="term-list">
          <dt>Old contract end ({p.oldProgram})</dt>
          <dd>{dateLabel(p.oldContractEnd)}</dd>
          <dt>New contract award ({p.newProgram})</dt>
          <dd>{p.newContractAward ? dateLabel(p.newContractAward) : <span className="muted">Not recorded</span>}</dd>
          <dt>Survey due</dt>
          <dd>{p.surveyDue ? dateLabel(p.surveyDue) : <span className="muted">Not recorded</span>}</dd>
          {p.note ? (
            <>
              <dt>Note</dt>
              <dd>{p.note}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <MilestonesPanel key={d.milestones.map((m) => `${m.id}:${m.label}:${m.percent}:${m.dueOn}`).join('|')} d={d} />
      <RolesPanel key={d.roles.map((r) => `${r.role}:${r.contactId}`).join('|')} d={d} />
      <AtosPanel d={d} />
    </div>
  );
}
