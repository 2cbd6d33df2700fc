// Across the top of every screen while the data file is open read-only: the saves that follow
// would each be refused, so the ATR is told once, before typing anything, and why.
import type { ResponseOf } from '../../shared/ipc/contract';
import { Icon } from '../ui/Icon';
import { readOnlyText } from './readOnly';

export function ReadOnlyBanner({ info }: { info: ResponseOf<'app:info'> }) {
  if (!info.readOnly) return null;
  const { file, why } = readOnlyText(info.dataFile, info.readOnlyReason);
  return (
    <div className="read-only-banner" role="alert">
      <Icon name="warning" />
      <p>
        <strong>Read-only:</strong> the data file <strong className="mono">{file}</strong> opened read-only because {why}. You can look at
        everything, but changes cannot be saved: each save is refused with a message. <span className="read-only-path">({info.dataFile})</span>
      </p>
    </div>
  );
}
