// The paperwork an order may wait for: the Form 20 (a Migration's, CALNET 3 User Instructions) and,
// for a Non-State Entity, the ATO on file for the contractor the item goes to (ATR 13-06).
import type { ConversionItem, ProjectDetail } from '../../../shared/ipc/conversion';
import { atoText, form20Text } from '../model';
import { useConversionUi } from '../store';

export function PaperworkPanel({ d, item: i }: { d: ProjectDetail; item: ConversionItem }) {
  const open = useConversionUi((s) => s.open);
  const ato = atoText(i, d.atos, d.atoRequired);
  const target = d.atos.find((a) => a.contractorId === i.targetContractorId);
  return (
    <section className="panel paperwork" aria-labelledby="paperwork-title">
      <h2 id="paperwork-title">Form 20 and ATO</h2>
      <dl className="term-list">
        <dt>Form 20</dt>
        <dd>
          <span data-testid="form20-status">{form20Text(i)}</span>
          <span className="muted small">
            {i.form20Required ? ' A Migration is an order for new service: the Form 20 is required before it is ordered.' : ' Not required for this item unless it migrates.'}
          </span>
          <div>
            <button type="button" className="button" onClick={() => open({ kind: 'form20', itemId: i.id })}>
              Record Form 20…
            </button>
          </div>
        </dd>
        {d.atoRequired ? (
          <>
            <dt>ATO{target ? ` for ${target.contractorName}` : ''}</dt>
            <dd>
              {ato === null ? (
                <span className="muted">Choose the target contractor first.</span>
              ) : (
                <>
                  <span data-testid="ato-status">{ato}</span>
                  <span className="muted small"> A Non-State Entity orders from a contractor only with an ATO on file for it.</span>
                  {target ? (
                    <div>
                      <button type="button" className="button" onClick={() => open({ kind: 'ato', contractorId: target.contractorId })}>
                        Record ATO for {target.contractorName}…
                      </button>
                    </div>
                  ) : null}
                </>
              )}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
