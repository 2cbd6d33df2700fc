// The printable conversion schedule (#/conversions/3/schedule): a print view shown alone (no
// navigation), like the claim packet, so what shows is what prints. The project and its dates,
// the two roles with their duties, progress against each milestone, every item by scheduled date
// with its flags, and a line for the Conversion Manager, who approves schedules (ATR 13-06).
// Letter landscape, a running header and "Page N of M" (schedule.css @page margin boxes).
import { useEffect } from 'react';
import type { ConversionSchedule } from '../../../shared/ipc/conversion';
import { useApiQuery } from '../../api/useApiQuery';
import { cssString } from '../../claims/packet/model';
import { LoadError } from '../../ui/ScreenStates';
import { CONVERSION_TABLES, dateLabel, milestoneProgressText, milestoneStateText, programsText, ROLE_LABELS } from '../model';
import { hrefForProject } from '../route';
import './schedule.css';

/** The running header of every page: agency · project · "Schedule as of …". */
export function scheduleHeader(s: Pick<ConversionSchedule, 'agencyName' | 'project' | 'today'>): string {
  return [s.agencyName || 'Agency', s.project.name, `Conversion schedule as of ${dateLabel(s.today)}`].join(' · ');
}

export function ScheduleScreen({ projectId }: { projectId: number }) {
  const q = useApiQuery('conversion:schedule', { projectId }, CONVERSION_TABLES);
  const s = q.data;

  useEffect(() => {
    if (!s) return;
    const root = document.documentElement;
    root.style.setProperty('--schedule-header', cssString(scheduleHeader(s)));
    const title = document.title;
    document.title = `${s.project.name} schedule ${s.today}`;
    // The tests' signal: the schedule is on the page.
    document.body.dataset.scheduleReady = String(s.project.id);
    return () => {
      root.style.removeProperty('--schedule-header');
      document.title = title;
      delete document.body.dataset.scheduleReady;
    };
  }, [s]);

  if (!s) {
    return (
      <main id="main" className="schedule-page">
        {q.error ? <LoadError message={`The schedule could not be made: ${q.error.message}`} onRetry={q.reload} /> : <p className="muted">Putting the schedule together…</p>}
      </main>
    );
  }
  const p = s.project;
  return (
    <main id="main" className="schedule-page">
      <div className="packet-toolbar" role="toolbar" aria-label="Conversion schedule">
        <a className="button" href={hrefForProject(p.id)}>
          Back to the project
        </a>
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print
        </button>
        <span className="packet-toolbar-hint">Print, then choose &ldquo;Save as PDF&rdquo; as the printer to keep a PDF.</span>
      </div>
      <article className="schedule" aria-label={`Conversion schedule: ${p.name}`}>
        <header className="schedule-head">
          <p className="schedule-agency">{s.agencyName}</p>
          <h1>Conversion schedule: {p.name}</h1>
          <p>
            {programsText(p)}. {p.oldProgram} ends {dateLabel(p.oldContractEnd)}
            {p.newContractAward ? `; ${p.newProgram} awarded ${dateLabel(p.newContractAward)}` : ''}
            {p.surveyDue ? `; survey due ${dateLabel(p.surveyDue)}` : ''}. As of {dateLabel(s.today)}.
          </p>
          {p.source ? <p className="schedule-source">Dates: {p.source}</p> : null}
        </header>

        <section className="schedule-roles" aria-labelledby="schedule-roles-title">
          <h2 id="schedule-roles-title">Roles</h2>
          <dl className="schedule-facts">
            {s.roles.map((r) => (
              <div key={r.role}>
                <dt>{ROLE_LABELS[r.role]}</dt>
                <dd>
                  {r.contactId !== null ? [r.name, r.phone, r.email].filter(Boolean).join(', ') : 'Not named yet'}
                  <span className="duties-inline">{r.duties.join('; ')}.</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="schedule-milestones-title">
          <h2 id="schedule-milestones-title">Milestones</h2>
          {s.milestones.length === 0 ? (
            <p>No milestone set: measured against the old contract&rsquo;s end only.</p>
          ) : (
            <table className="packet-table">
              <thead>
                <tr>
                  <th scope="col">Milestone</th>
                  <th scope="col">Date</th>
                  <th scope="col" className="num">Items needed</th>
                  <th scope="col">State</th>
                  <th scope="col">Progress</th>
                </tr>
              </thead>
              <tbody>
                {s.milestones.map((m) => (
                  <tr key={`${m.label}-${m.dueOn}`}>
                    <th scope="row">{m.label}</th>
                    <td>{dateLabel(m.dueOn)}</td>
                    <td className="num">{m.needed}</td>
                    <td>{milestoneStateText(m)}</td>
                    <td>{milestoneProgressText(m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <ScheduleItems s={s} />

        <section className="schedule-approval" aria-labelledby="schedule-approval-title">
          <h2 id="schedule-approval-title">Approval</h2>
          <p>The Customer Conversion Manager approves the schedule (ATR Bulletin 13-06).</p>
          <div className="approval-lines">
            <p>
              <span className="signature-line" /> {s.roles.find((r) => r.role === 'manager')?.name || 'Customer Conversion Manager'}
            </p>
            <p>
              <span className="signature-line short" /> Date
            </p>
          </div>
        </section>
      </article>
    </main>
  );
}

function ScheduleItems({ s }: { s: ConversionSchedule }) {
  return (
    <section className="schedule-items" aria-labelledby="schedule-items-title">
      <h2 id="schedule-items-title">
        Items ({s.rows.length}), by scheduled date
      </h2>
      {s.rows.length === 0 ? (
        <p>No item yet.</p>
      ) : (
        <table className="packet-table schedule-table">
          <thead>
            <tr>
              <th scope="col">Scheduled</th>
              <th scope="col">Old Circuit ID</th>
              <th scope="col">Site</th>
              <th scope="col">Incumbent</th>
              <th scope="col">Target</th>
              <th scope="col">Decision</th>
              <th scope="col">Status</th>
              <th scope="col">Form 20</th>
              <th scope="col">Timeframe</th>
              <th scope="col">Done</th>
              <th scope="col">New Circuit ID</th>
              <th scope="col">Flags and notes</th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr key={r.itemId}>
                <td className="ref">{r.scheduledOn ? dateLabel(r.scheduledOn) : 'Not scheduled'}</td>
                <th scope="row" className="mono">
                  {r.oldCircuitId}
                </th>
                <td>{r.site}</td>
                <td>{r.incumbent}</td>
                <td>{r.target}</td>
                <td>{r.decision}</td>
                <td>{r.status}</td>
                <td>{r.form20}</td>
                <td>{r.preferredTimeframe}</td>
                <td className="ref">{r.actualOn ? dateLabel(r.actualOn) : ''}</td>
                <td className="mono">{r.newCircuitId}</td>
                <td>
                  {r.flags.map((f) => (
                    <span key={f} className="row-flag">
                      {f}
                    </span>
                  ))}
                  {r.notes ? <span className="row-note">{r.notes}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
