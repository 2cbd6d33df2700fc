// Files the ATR keeps or sends, each saved through a Blob link: the lines as CSV (from what is on screen) and
// the case file frozen at submission (claims:caseFile, exactly as hashed).
import { useState } from 'react';
import type { Claim, ClaimLine } from '../../../shared/ipc/claims';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { saveText } from '../../ui/saveText';
import { claimLinesCsv, csvFileName } from '../model';

export function CsvButton({ claim, lines }: { claim: Claim; lines: readonly ClaimLine[] }) {
  return (
    <button type="button" className="button" onClick={() => saveText(csvFileName(claim), claimLinesCsv(lines), 'text/csv;charset=utf-8')} title="The lines as claimed: key, SLA, clause, reference, circuit, measure, objective, amount, excluded, reason, note">
      Download CSV
    </button>
  );
}

export function CaseFileButton({ claimId }: { claimId: number }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    const r = await api.invoke('claims:caseFile', { id: claimId });
    setBusy(false);
    if (!r.ok) return notify('The case file could not be read', r.error.message, 'error');
    saveText(r.value.fileName, r.value.text, 'application/json');
  };
  return (
    <button type="button" className="button" onClick={() => void download()} disabled={busy} title="The inputs of every line, frozen at submission; `npm run sla -- evaluate` recomputes the claim from it">
      {busy ? 'Reading…' : 'Download case file'}
    </button>
  );
}
