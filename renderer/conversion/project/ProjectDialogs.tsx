// The dialogs of a project's screens (the project's and one item's), opened through the store.
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { BulkDialog } from '../items/BulkDialog';
import { ItemFormDialog } from '../items/ItemFormDialog';
import { Form20Dialog } from '../item/Form20Dialog';
import { StepDialog } from '../item/StepDialog';
import { useConversionUi } from '../store';
import { AtoDialog } from './AtoDialog';
import { ContactDialog } from './ContactDialog';
import { EditProjectDialog } from './EditProjectDialog';

export function ProjectDialogs({ d }: { d: ProjectDetail }) {
  const dialog = useConversionUi((s) => s.dialog);
  if (!dialog) return null;
  const item = (id: number) => d.items.find((i) => i.id === id);
  switch (dialog.kind) {
    case 'editProject':
      return <EditProjectDialog project={d.project} />;
    case 'contact':
      return <ContactDialog />;
    case 'ato': {
      const ato = d.atos.find((a) => a.contractorId === dialog.contractorId);
      return ato ? <AtoDialog ato={ato} today={d.board.today} /> : null;
    }
    case 'item':
      return <ItemFormDialog d={d} item={dialog.itemId === null ? null : (item(dialog.itemId) ?? null)} />;
    case 'bulk':
      return <BulkDialog d={d} action={dialog.action} />;
    case 'step': {
      const i = item(dialog.itemId);
      return i ? <StepDialog d={d} item={i} step={dialog.step} /> : null;
    }
    case 'form20': {
      const i = item(dialog.itemId);
      return i ? <Form20Dialog item={i} today={d.board.today} /> : null;
    }
    default:
      return null;
  }
}
