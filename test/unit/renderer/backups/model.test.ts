import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../../shared/ipc/backups';
import { backupFolderOf, countPhrase, fileName, formatCount, formatSize, keptCopyPattern, newestFirst } from '../../../../renderer/backups/model';
import { readOnlyText } from '../../../../renderer/shell/readOnly';

const copy = (day: string, name = `agency-${day}.sqlite`): BackupInfo => ({
  name, path: `/data/backups/${name}`, day, sizeBytes: 1, intact: true, schemaVersion: 90, tickets: 1, services: 1,
});

describe('backups model', () => {
  it('lists the newest copy first, whatever order the channel gave', () => {
    expect(newestFirst([copy('2026-10-31'), copy('2026-11-23'), copy('2026-11-01')]).map((b) => b.day)).toEqual(['2026-11-23', '2026-11-01', '2026-10-31']);
  });

  it('says a size in words', () => {
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(167_936)).toBe('164 KB');
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB');
  });

  it('shows a count the copy could not tell as a dash, and in a sentence as unknown', () => {
    expect(formatCount(null)).toBe('—');
    expect(formatCount(12345)).toBe('12,345');
    expect(countPhrase(1, 'ticket', 'tickets')).toBe('1 ticket');
    expect(countPhrase(0, 'ticket', 'tickets')).toBe('0 tickets');
    expect(countPhrase(null, 'ticket', 'tickets')).toBe('tickets unknown');
  });

  it('names the folder and the kept copy the way the back end does, on either kind of path', () => {
    expect(backupFolderOf('/home/ann/.config/ATR Desk/agency.sqlite')).toBe('/home/ann/.config/ATR Desk/backups');
    expect(backupFolderOf('C:\\Users\\ann\\AppData\\Roaming\\ATR Desk\\agency.sqlite')).toBe('C:\\Users\\ann\\AppData\\Roaming\\ATR Desk\\backups');
    expect(fileName('C:\\x\\agency.sqlite')).toBe('agency.sqlite');
    expect(keptCopyPattern('/d/agency.sqlite')).toBe('agency.before-restore-<date and time>.sqlite');
  });
});

describe('read-only banner text', () => {
  it('names the file and says why', () => {
    expect(readOnlyText('/mnt/share/agency.sqlite', 'not-writable')).toEqual({
      file: 'agency.sqlite',
      why: 'this user account may not write it (a read-only file, folder or network share)',
    });
    expect(readOnlyText('/d/agency.sqlite', 'asked').why).toBe('read-only was asked for when it was opened (the --read-only option)');
  });
});
