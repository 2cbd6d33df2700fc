// The dialog open on the claim's page (store.dialog): a step, a line's exclusion or note, or
// deleting the draft.
import type { ClaimDetail } from '../../../shared/ipc/claims';
import { useClaimsUi } from '../store';
import { DeleteDraftDialog } from './DeleteDraftDialog';
import { ExcludeLineDialog, LineNoteDialog } from './LineDialogs';
import { StepDialog } from './StepDialog';

export function ClaimDialogs({ detail }: { detail: ClaimDetail }) {
  const dialog = useClaimsUi((s) => s.dialog);
  if (dialog === null) return null;
  if (dialog.kind === 'step') return <StepDialog key={dialog.step} step={dialog.step} claim={detail.claim} />;
  if (dialog.kind === 'delete') return <DeleteDraftDialog claim={detail.claim} />;
  const line = detail.lines.find((l) => l.id === dialog.lineId);
  if (!line) return null;
  return dialog.kind === 'exclude' ? <ExcludeLineDialog line={line} /> : <LineNoteDialog line={line} />;
}
