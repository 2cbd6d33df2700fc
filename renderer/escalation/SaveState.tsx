// Whether what is on screen is stored: "Saved", "Unsaved changes", or nothing yet.
import { Icon } from '../ui/Icon';
import type { ContactState } from './model';

export function SaveState({ state, noneText }: { state: ContactState; noneText: string }) {
  if (state === 'saved') {
    return (
      <span className="save-state save-state-saved">
        <Icon name="check" size={14} /> Saved
      </span>
    );
  }
  if (state === 'unsaved') return <span className="save-state save-state-unsaved">Unsaved changes</span>;
  return <span className="save-state save-state-none">{noneText}</span>;
}
