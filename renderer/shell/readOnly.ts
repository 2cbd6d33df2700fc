// What the read-only banner says, from app:info: the file, why it could not be opened for
// writing, and what that means for the ATR. Pure, tested without a page.
import type { ResponseOf } from '../../shared/ipc/contract';

type Reason = ResponseOf<'app:info'>['readOnlyReason'];

export interface ReadOnlyText {
  /** The data file's name (the banner shows the whole path beside it). */
  file: string;
  why: string;
}

export function readOnlyText(dataFile: string, reason: Reason): ReadOnlyText {
  const file = dataFile.split(/[\\/]/).pop() || dataFile;
  const why =
    reason === 'asked'
      ? 'read-only was asked for when it was opened (the --read-only option)'
      : 'this user account may not write it (a read-only file, folder or network share)';
  return { file, why };
}
