// The shipped ladders as the contract documents state them: levels, who calls, when due, the rule.
import { HeaderRow } from '../ui/DataTable';
import { calendarText, contactedByText, ISSUE_KIND_LABELS, levelDueText, type LadderInfo } from './model';

export function LadderReference({ ladders }: { ladders: LadderInfo[] }) {
  return (
    <section className="ladder-reference" aria-labelledby="shipped-title">
      <h2 id="shipped-title">Shipped ladders</h2>
      {ladders.map((l) => (
        <LadderCard key={l.id} ladder={l} />
      ))}
    </section>
  );
}

function LadderCard({ ladder }: { ladder: LadderInfo }) {
  const titleId = `ladder-${ladder.id}`;
  return (
    <article className="panel ladder-card" aria-labelledby={titleId}>
      <div className="card-head">
        <h3 id={titleId}>{ladder.title}</h3>
        <span className="badge">{ISSUE_KIND_LABELS[ladder.issueKind] ?? ladder.issueKind}</span>
      </div>
      <p className="muted small">
        Source: <cite>{ladder.source}</cite>
      </p>
      <p className="small">{calendarText(ladder.calendar)}</p>
      <table className="data-table compact ladder-table">
        <thead>
          <HeaderRow columns={[{ label: 'Level', className: 'col-level' }, 'Role', 'Who contacts', 'When due', 'Rule']} />
        </thead>
        <tbody>
          {ladder.levels.map((v) => (
            <tr key={v.level}>
              <td className="col-level">{v.level}</td>
              <td>
                {v.role}
                {v.fallback ? <span className="cell-note">Fallback: {v.fallback}</span> : null}
              </td>
              <td>{contactedByText(v.contactedBy)}</td>
              <td>{levelDueText(v)}</td>
              <td className="wrap">{v.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ladder.updates ? (
        <p className="small">
          <strong>Updates while it lasts:</strong> {ladder.updates}
        </p>
      ) : null}
    </article>
  );
}
