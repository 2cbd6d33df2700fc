import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDataFile } from '../support/tempData';

describe('a kill mid-write loses nothing committed', () => {
  it('every service the writer reported committed is there after SIGKILL, and the file is intact', async () => {
    const file = tempDataFile();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '../support/crashWriter.ts'), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^committed (\S+)$/.exec(line);
          if (m) committed.push(m[1]!);
        }
        // Kill while it is in the middle of its loop, not between runs.
        if (committed.length >= 300) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((r) => child.once('close', r));
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = new Set((db.prepare('SELECT circuit_id FROM services').all() as Array<{ circuit_id: string }>).map((r) => r.circuit_id));
      const lost = committed.filter((c) => !present.has(c));
      expect(lost).toEqual([]);
      expect(present.size).toBeGreaterThanOrEqual(300);
      // The audit row of every committed service survived with it.
      const audited = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'services'").get() as { n: number }).n;
      expect(audited).toBe(present.size);
    } finally {
      db.close();
    }
  });
});
