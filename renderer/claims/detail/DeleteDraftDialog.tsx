// Deleting a draft (a submitted claim is evidence and is never deleted): confirmed first.
import { useState } from 'react';
import type { Claim } from '../../../shared/ipc/claims';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { goTo } from '../../shell/route';
import { ConfirmDialog } from '../../ui/Dialog';
import { monthLabel } from '../model';
import { hrefForClaims } from '../route';
import { useClaimsUi } from '../store';

export function DeleteDraftDialog({ claim }: { claim: Claim }) {
  const closeDialog = useClaimsUi((s) => s.closeDialog);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const r = await api.invoke('claims:delete', { id: claim.id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    closeDialog();
    notify(`Draft claim ${claim.id} deleted`, 'Its results can be claimed again from the Month screen.');
    goTo(hrefForClaims());
  };
  return (
    <ConfirmDialog
      title={`Delete draft claim ${claim.id}?`}
      message={
        <p>
          The draft for {claim.contractorName}, {monthLabel(claim.month)}, with its {claim.lineCount} lines, exclusions and notes, is deleted. Nothing
          was sent to the contractor.
        </p>
      }
      confirmLabel="Delete draft"
      danger
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={closeDialog}
    />
  );
}
