// The item's steps in order: each done (with its date), allowed now (a button for whoever holds the
// role), or blocked, with the rule that blocks it in the rules' own words (conversion:project's
// steps; nothing is worked out here). The main process refuses a blocked step with the same words.
import type { ConversionItem, ProjectDetail } from '../../../shared/ipc/conversion';
import { Icon } from '../../ui/Icon';
import { dateLabel, stepRows, type StepRow } from '../model';
import { useConversionUi } from '../store';

const DONE_WORD: Record<StepRow['step'], string> = { authorize: 'Authorized', order: 'Ordered', convert: 'Converted', disconnect: 'Disconnected' };

export function StepsPanel({ d, item }: { d: ProjectDetail; item: ConversionItem }) {
  const open = useConversionUi((s) => s.open);
  const rows = stepRows(item, d.roles);
  return (
    <section className="panel steps-panel" aria-labelledby="steps-title">
      <h2 id="steps-title">Steps</h2>
      <ol className="step-list">
        {rows.map((r) => (
          <li key={r.step} className={`step-row step-is-${r.state}${r.later ? ' step-is-later' : ''}`} aria-label={`${r.label}: ${r.state === 'done' ? `done on ${dateLabel(r.on ?? '')}` : r.state}`}>
            <span className="step-mark" aria-hidden="true">
              <Icon name={r.state === 'done' ? 'check' : r.state === 'blocked' ? 'warning' : 'convert'} size={16} />
            </span>
            <div className="step-body">
              <div className="step-line">
                <strong className="step-name">{r.label}</strong>
                {r.state === 'done' ? (
                  <span className="step-done">
                    {DONE_WORD[r.step]} {dateLabel(r.on ?? '')}
                    {r.step === 'order' && item.orderReference ? `, order ${item.orderReference}` : ''}
                    {r.step === 'convert' && item.newCircuitId ? `, now ${item.newCircuitId}` : ''}
                  </span>
                ) : r.state === 'allowed' ? (
                  <button type="button" className="button primary" onClick={() => open({ kind: 'step', itemId: item.id, step: r.step })}>
                    {r.label}…
                  </button>
                ) : (
                  <span className="step-blocked-word">Blocked</span>
                )}
              </div>
              {r.reason ? <p className="step-reason">{r.reason}</p> : null}
              {r.state !== 'done' ? <p className="step-who muted small">By the {r.who}.</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
