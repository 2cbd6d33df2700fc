// Progress against each milestone: the items done by its date against the items it needs, met,
// missed or still open (shared/conversion/board.ts milestoneProgress). The bar has a text twin.
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { dateLabel, milestoneProgressText, milestoneShare, milestoneStateText } from '../model';
import { hrefForProject } from '../route';

export function MilestonesProgress({ d }: { d: ProjectDetail }) {
  const ms = d.board.milestones;
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title">Milestones</h2>
      {ms.length === 0 ? (
        <p className="empty-inline">
          No milestone set. <a href={hrefForProject(d.project.id, 'setup')}>Add milestones</a> to measure progress by date.
        </p>
      ) : (
        <ul className="milestone-progress">
          {ms.map((m) => (
            <li key={`${m.label}-${m.dueOn}`} className={`milestone milestone-${m.state}`}>
              <div className="milestone-head">
                <strong>{m.label}</strong>
                <span className="muted">
                  {m.percent}% by {dateLabel(m.dueOn)}
                </span>
                <span className={`state-badge state-${m.state}`}>{milestoneStateText(m)}</span>
              </div>
              <div className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${milestoneShare(m)}%` }} />
              </div>
              <p className="small">{milestoneProgressText(m)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
