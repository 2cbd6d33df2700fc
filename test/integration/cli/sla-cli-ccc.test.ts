// The `sla` command on a case file under the Customer Care Center catalog (docs/case-format.md
// "Help-desk case files"), as a child process: the report with every step and target met or
// missed and no money; bad input refused as a CALNET case is (exit 2, nothing on stdout, one
// `PATH: message` line per problem). The verdicts are worked by hand below.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-cli-ccc-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sla(content: unknown): { code: number | null; stdout: string; stderr: string } {
  const file = path.join(dir, `case-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(content));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/sla.ts', 'evaluate', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CASE = {
  catalog: 'ccc-help-desk',
  month: '2026-10',
  services: [{ id: 'CCC-SEC', type: 'security-support' }, { id: 'CCC-HW', type: 'hardware-support' }],
  tickets: [
    {
      // Severity 1, created 09:00: severity at 09:05 (5 min), referred 09:08 and acknowledged 09:20 (12 min),
      // initial notification 09:25 (25 min: 10 min late), updates due 10:00 and 11:00 (12:00 is after the
      // 11:30 restoration) both received, restored notification 11:40 (10 min after the restoration).
      id: 'INC-1', serviceId: 'CCC-SEC', kind: 'sev1', openedAt: '2026-10-05T09:00:00-07:00',
      severityAssignedAt: '2026-10-05T09:05:00-07:00', referredAt: '2026-10-05T09:08:00-07:00', acknowledgedAt: '2026-10-05T09:20:00-07:00',
      restoredAt: '2026-10-05T11:30:00-07:00', closedAt: '2026-10-05T12:00:00-07:00',
      notifications: [
        { kind: 'initial', at: '2026-10-05T09:25:00-07:00' }, { kind: 'update', at: '2026-10-05T10:00:00-07:00' },
        { kind: 'update', at: '2026-10-05T11:00:00-07:00' }, { kind: 'restored', at: '2026-10-05T11:40:00-07:00' },
      ],
    },
    {
      // Severity 3 referred Monday 14:30, restored Thursday 09:00: still open at Wednesday 14:30 (48 h), no escalation.
      id: 'INC-2', serviceId: 'CCC-HW', kind: 'sev3', openedAt: '2026-10-12T14:00:00-07:00',
      severityAssignedAt: '2026-10-12T14:10:00-07:00', referredAt: '2026-10-12T14:30:00-07:00', restoredAt: '2026-10-15T09:00:00-07:00',
    },
  ],
  figures: [
    // 65 abandoned of 935 + 65 = 1,000 callers: 6.5% (objective at most 6%); 700 of 935 answered resolved = 74.8663%.
    { period: '2026-10', values: { 'calls-answered': 935, 'speed-of-answer-seconds': 31.2, 'calls-abandoned': 65, 'resolved-first-contact': 700 } },
    { period: '2026', values: { 'satisfaction-score': 4.2 } },
  ],
};

describe('sla evaluate under the ccc-help-desk catalog', () => {
  it('reports every step of every incident and every target, met or missed, with no money', () => {
    const r = sla(CASE);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { month: string; totalCredit: number; results: Array<{ sla: string; ticketId?: string; met: boolean | null; measure?: object; credit: { amount: number }; explain: string[] }> };
    expect(report.month).toBe('2026-10');
    expect(report.totalCredit).toBe(0);
    expect(report.results.map((x) => [x.sla, x.ticketId ?? null, x.met])).toEqual([
      ['severity-assignment', 'INC-1', true],
      ['initial-notification', 'INC-1', false],
      ['resolver-acknowledgement', 'INC-1', true],
      ['update-notifications', 'INC-1', true],
      ['restored-notification', 'INC-1', true],
      ['severity-assignment', 'INC-2', true],
      ['supervisor-escalation', 'INC-2', false],
      ['speed-of-answer', null, true],
      ['abandon-rate', null, false],
      ['first-contact-resolution', null, true],
      ['customer-satisfaction', null, true],
    ]);
    expect(report.results.every((x) => x.credit.amount === 0)).toBe(true);
    const initial = report.results[1]!;
    expect(initial.measure).toEqual({ minutes: 25 });
    expect(initial.explain[0]).toMatch(/^Initial notification \(Notifications: Initial Notification\): "For Severity 1 and 2 incidents/);
    expect(initial.explain).toContain('The initial notification was recorded 2026-10-05T09:25:00-07:00, 25 min after the creation: 10 min late.');
    expect(report.results[6]!.explain).toContain('No escalation notification recorded by 2026-10-14T14:30:00-07:00 (none as of 2026-11-01T00:00:00-07:00).');
    expect(report.results[8]!.measure).toEqual({ percent: 6.5 });
    expect(report.results[9]!.measure).toEqual({ percent: 74.8663 });
  });

  it('refuses bad input as a CALNET case is: exit 2, nothing on stdout, one PATH: message line per problem', () => {
    const bad = structuredClone(CASE) as Omit<typeof CASE, 'figures'> & { figures: Array<{ period: string; values: Record<string, unknown> }> };
    bad.tickets[0]!.kind = 'sev4';
    bad.tickets[1]!.restoredAt = '2026-10-12T13:00:00-07:00';
    bad.figures[0]!.values['calls-abandoned'] = 65.5;
    bad.figures[0]!.values['resolved-first-contact'] = 999;
    bad.figures[0]!.values['calls-dropped'] = 3;
    bad.figures[1]!.values['satisfaction-score'] = '4.2';
    bad.figures.push({ period: '2026-13', values: {} });
    const r = sla(bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal|\.ts:\d+/);
    expect(r.stderr.trim().split('\n')).toEqual([
      '/tickets/0/kind: must be one of sev1, sev2, sev3, not text "sev4"',
      "/tickets/1/restoredAt: restoration (2026-10-12T13:00:00-07:00) is before the incident's creation (2026-10-12T14:00:00-07:00)",
      '/figures/0/values/calls-abandoned: must be a whole number of calls, not 65.5',
      '/figures/0/values/calls-dropped: unknown figure "calls-dropped" (a month\'s figures are calls-answered, speed-of-answer-seconds, calls-abandoned, resolved-first-contact)',
      '/figures/0/values/resolved-first-contact: Resolved on first contact (999) cannot be more than calls answered (935)',
      '/figures/1/values/satisfaction-score: must be a number (points of 5), not text "4.2"',
      '/figures/2/period: must be a month written YYYY-MM or a year written YYYY, not text "2026-13"',
    ]);
  });
});
