// The project's header: its name and programs, the dates that matter (the old contract's end first,
// with the days left), who holds the two roles, what the agency's kind means for its services, and
// the project's actions (import the old inventory, export the items, the printable schedule).
import { useState } from 'react';
import { daysBetweenDates } from '../../../shared/calendar/civil';
import { AGENCY_KIND_LABELS, type AgencyKind } from '../../../shared/ipc/agency';
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Icon } from '../../ui/Icon';
import { saveText } from '../../ui/saveText';
import { dateLabel, daysText, programsText, ROLE_LABELS } from '../model';
import { hrefForProject, hrefForSchedule } from '../route';
import { useConversionUi } from '../store';

/** What the agency's kind means for its services (ATR Bulletin 13-06). */
const KIND_NOTES: Record<AgencyKind, string> = {
  'non-exempt-state': 'its services transition automatically unless a disconnect notice is sent first.',
  'exempt-state': 'it converts its services at its option: each one needs a target or a disconnect notice.',
  'non-state-entity': 'it converts at its option, and orders from a contractor only with an ATO on file for that contractor.',
};

export function ProjectHeader({ d }: { d: ProjectDetail }) {
  const p = d.project;
  const open = useConversionUi((s) => s.open);
  const [exporting, setExporting] = useState(false);
  const today = d.board.today;
  const kind = d.agencyKind as AgencyKind;

  const exportCsv = async () => {
    setExporting(true);
    const r = await api.invoke('conversion:exportCsv', { projectId: p.id });
    setExporting(false);
    if (!r.ok) {
      notify('The items could not be exported', r.error.message, 'error');
      return;
    }
    saveText(r.value.fileName, r.value.text, 'text/csv;charset=utf-8');
    notify(`Exported ${r.value.rowCount} item${r.value.rowCount === 1 ? '' : 's'}`, r.value.fileName);
  };

  return (
    <section className="panel project-header" aria-labelledby="project-title">
      <div className="project-title-row">
        <div>
          <h1 id="project-title">{p.name}</h1>
          <p className="screen-sub">
            {programsText(p)}
            {p.source ? ` · ${p.source}` : ''}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => open({ kind: 'import' })}>
            <Icon name="upload" /> Import CSV
          </button>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={exporting || d.items.length === 0}>
            Export CSV
          </button>
          <a className="button" href={hrefForSchedule(p.id)}>
            <Icon name="file" /> Printable schedule
          </a>
        </div>
      </div>
      <dl className="project-dates">
        <div className="date-key">
          <dt>{p.oldProgram} ends</dt>
          <dd>
            {dateLabel(p.oldContractEnd)} <span className="muted">({daysText(daysBetweenDates(today, p.oldContractEnd))})</span>
          </dd>
        </div>
        {p.newContractAward ? (
          <div>
            <dt>{p.newProgram} awarded</dt>
            <dd>{dateLabel(p.newContractAward)}</dd>
          </div>
        ) : null}
        {p.surveyDue ? (
          <div>
            <dt>Survey due</dt>
            <dd>{dateLabel(p.surveyDue)}</dd>
          </div>
        ) : null}
        {d.roles.map((r) => (
          <div key={r.role}>
            <dt>{ROLE_LABELS[r.role]}</dt>
            <dd>
              {r.contactId !== null ? (
                r.name
              ) : (
                <a href={hrefForProject(p.id, 'setup')} className="missing-role">
                  <Icon name="warning" size={14} /> Not named yet
                </a>
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt>Agency</dt>
          <dd title={KIND_NOTES[kind]}>{AGENCY_KIND_LABELS[kind] ?? d.agencyKind}</dd>
        </div>
      </dl>
      <p className="muted small">
        {AGENCY_KIND_LABELS[kind] ?? d.agencyKind}: {KIND_NOTES[kind]}
      </p>
    </section>
  );
}
