// The item's facts as recorded, and its two services: the old one (on file, retired once
// disconnected, "replaced by" the new one) and the new one (its history starts with the old one's).
import type { ConversionItem, ProjectDetail } from '../../../shared/ipc/conversion';
import { formatDollars } from '../../../shared/money';
import { hrefForService } from '../../shell/route';
import { dateLabel, targetText } from '../model';

const dash = <span className="muted">—</span>;
const date = (d: string | null) => (d ? dateLabel(d) : dash);

export function ItemFacts({ d, item: i }: { d: ProjectDetail; item: ConversionItem }) {
  return (
    <section className="panel" aria-labelledby="facts-title">
      <h2 id="facts-title">Details</h2>
      <dl className="term-list two-col-terms">
        <dt>Old Circuit ID ({d.project.oldProgram})</dt>
        <dd className="mono">{i.oldCircuitId}</dd>
        <dt>Old service on file</dt>
        <dd>
          {i.serviceId !== null ? (
            <>
              <a href={hrefForService(i.serviceId)} className="mono">
                {i.serviceCircuitId}
              </a>
              {i.serviceRetiredOn ? ` (retired ${dateLabel(i.serviceRetiredOn)})` : ' (in service)'}
            </>
          ) : (
            <span className="muted">Not in ATR Desk</span>
          )}
        </dd>
        <dt>Incumbent</dt>
        <dd>
          {i.incumbentContractorName}: {i.incumbentService}
        </dd>
        <dt>Old TMRC</dt>
        <dd>{formatDollars(i.oldTmrcCents)}</dd>
        <dt>Target</dt>
        <dd>{targetText(i) || <span className="muted">Not chosen</span>}</dd>
        <dt>New Circuit ID ({d.project.newProgram})</dt>
        <dd>
          {i.newServiceId !== null ? (
            <a href={hrefForService(i.newServiceId)} className="mono">
              {i.newCircuitId}
            </a>
          ) : i.newCircuitId ? (
            <span className="mono">{i.newCircuitId}</span>
          ) : (
            dash
          )}
        </dd>
        <dt>Site</dt>
        <dd>{i.site || dash}</dd>
        <dt>Preferred timeframe</dt>
        <dd>{i.preferredTimeframe || dash}</dd>
        <dt>Scheduled</dt>
        <dd>{date(i.scheduledOn)}</dd>
        <dt>Authorized</dt>
        <dd>{date(i.authorizedOn)}</dd>
        <dt>Ordered</dt>
        <dd>
          {date(i.orderedOn)}
          {i.orderReference ? `, ${i.orderReference}` : ''}
        </dd>
        <dt>{i.status === 'disconnected' ? 'Disconnected' : 'Converted'}</dt>
        <dd>{date(i.actualOn)}</dd>
        <dt>Old service disconnected</dt>
        <dd>{date(i.oldDisconnectedOn)}</dd>
        <dt>Disconnect notice</dt>
        <dd>{date(i.disconnectNoticeOn)}</dd>
        <dt>Notes</dt>
        <dd className="notes">{i.notes || dash}</dd>
      </dl>
    </section>
  );
}
