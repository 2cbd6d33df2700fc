// The claim packet at #/claims/:id/packet: a print view, shown alone (no navigation) so that what
// is on screen is what prints. Cover letter, summary, the dispute sections made from the
// contractor's own report, charts, one section per ticket, order or
// service, the stop-clock conditions named, and the case file's SHA-256 with how to recompute
// every figure. Page size, margins, running headers and "Page N of M" come from packet.css
// (@page margin boxes, which Chromium honours in print, page.pdf() and printToPDF alike).
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { LoadError } from '../../ui/ScreenStates';
import { PacketCharts } from './PacketCharts';
import { PacketCover } from './PacketCover';
import { PacketDisputes } from './PacketDispute';
import { PacketSubjectSection } from './PacketSubject';
import { PacketSummary } from './PacketSummary';
import { PacketConditions, PacketVerification } from './PacketVerification';
import { cssString, lineNumbers, pdfFileName, runningHeader } from './model';
import { desktopSaver, downloadCaseFile } from './save';
import './packet.css';

const READS = ['claims', 'claim_lines', 'claim_events', 'claim_disputes', 'tickets', 'ticket_events', 'stop_clocks', 'orders', 'agency', 'ticket_notices', 'survivability_events'];

function Toolbar({ claimId, submitted, fileName }: { claimId: number; submitted: boolean; fileName: string }) {
  const [status, setStatus] = useState('');
  const save = desktopSaver();
  return (
    <div className="packet-toolbar" role="toolbar" aria-label="Claim packet">
      <a className="button" href={`#/claims/${claimId}`}>
        Back to the claim
      </a>
      {save ? (
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setStatus('Saving…');
            void save(claimId).then((r) => {
              if (!r.ok) setStatus(r.error.message);
              else if (!r.value.saved) setStatus('');
              else setStatus(`Saved ${r.value.pdf}${r.value.caseFile ? `, with the case file and its SHA-256 beside it` : ''}.`);
            });
          }}
        >
          Save as PDF…
        </button>
      ) : (
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print
        </button>
      )}
      {!save && submitted ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            void downloadCaseFile(claimId).then((r) => setStatus(r.ok ? `Downloaded ${r.fileName}.` : r.message));
          }}
        >
          Download case file
        </button>
      ) : null}
      <span className="packet-toolbar-hint">
        {save ? `Saved as ${fileName}, with the case file beside it.` : 'Print, then choose "Save as PDF" as the printer to keep a PDF.'}
      </span>
      <span className="packet-toolbar-status" role="status">
        {status}
      </span>
    </div>
  );
}

export function ClaimPacketScreen({ claimId }: { claimId: number }) {
  const q = useApiQuery('claims:packet', { id: claimId }, READS);
  const p = q.data;

  // The running header and the print job's title.
  useEffect(() => {
    if (!p) return;
    const root = document.documentElement;
    root.style.setProperty('--packet-header', cssString(runningHeader(p)));
    const title = document.title;
    document.title = pdfFileName(p).replace(/\.pdf$/, '');
    return () => {
      root.style.removeProperty('--packet-header');
      document.title = title;
    };
  }, [p]);

  // The tests' (and the desktop's printToPDF) signal: the packet is on the page.
  useEffect(() => {
    if (!p) return;
    document.body.dataset.packetReady = String(p.claim.id);
    return () => {
      delete document.body.dataset.packetReady;
    };
  }, [p]);

  if (!p) {
    return (
      <main id="main" className="packet-page">
        {q.error ? <LoadError message={`The claim packet could not be made: ${q.error.message}`} onRetry={q.reload} /> : <p className="muted">Putting the packet together…</p>}
      </main>
    );
  }
  const numbers = lineNumbers(p.lines);
  return (
    <main id="main" className="packet-page">
      <Toolbar claimId={p.claim.id} submitted={p.caseFile !== null} fileName={pdfFileName(p)} />
      <article className="packet" aria-label={`Claim packet: ${runningHeader(p)}`}>
        <PacketCover p={p} />
        <PacketSummary p={p} />
        <PacketDisputes p={p} />
        <PacketCharts p={p} />
        {p.subjects.map((s) => (
          <PacketSubjectSection key={s.key} s={s} p={p} numbers={numbers} />
        ))}
        <PacketDisputes p={p} />
        <PacketConditions p={p} />
        <PacketVerification p={p} />
      </article>
    </main>
  );
}
