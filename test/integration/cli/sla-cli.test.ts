/* eslint-disable @typescript-eslint/no-explicit-any -- JSON fixtures are edited freely to make them wrong */
// The `sla` command as a child process (CASE_FORMAT.md "Command"): exit 0 with JSON on stdout;
// bad input exits 2 with nothing on stdout and one `PATH: message` line per problem on stderr,
// never a stack trace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

function sla(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/sla.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A wrong command line: exit 2, empty stdout, `sla: what is wrong` then the usage on stderr, no stack trace. */
function expectUsageError(r: ReturnType<typeof sla>): string[] {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines[0]).toMatch(/^sla: \S/);
  expect(lines[1]).toMatch(/^usage: /);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal|\.ts:\d+/);
  return lines;
}

/** Exit 2, empty stdout, only `PATH: message` lines on stderr, no stack trace. */
function expectBadInput(r: ReturnType<typeof sla>): string[] {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^\/\S*: \S.*$/);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal|\.ts:\d+/);
  return lines;
}

const GOOD = {
  month: '2026-10',
  services: [{ id: 'CKT-1001', type: 'converged-voip', tier: 'premier', tmrc: 1200, aduc: 35.5 }],
  tickets: [
    {
      id: 'T-1',
      serviceId: 'CKT-1001',
      kind: 'repair',
      openedAt: '2026-10-05T09:00:00-07:00',
      restoredAt: '2026-10-05T14:01:00-07:00',
      stopClocks: [{ code: 'END_USER_REQUEST', start: '2026-10-05T10:00:00-07:00', end: '2026-10-05T11:00:00-07:00', note: 'asked to wait' }],
    },
  ],
};

describe('sla evaluate', () => {
  it('prints the report as JSON and exits 0', () => {
    const r = sla('evaluate', file('good.json', GOOD));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    // 09:00 to 14:01 = 301 min, minus 60 min stop clock = 241 > 240: TTR missed, 25% x 1,200 = 300
    expect(report.results[0]).toMatchObject({ sla: 'time-to-repair', serviceId: 'CKT-1001', ticketId: 'T-1', met: false, measure: { minutes: 241 }, credit: { amount: 300 } });
    expect(report.totalCredit).toBe(300);
    expect(report.month).toBe('2026-10');
  });

  it('runs through npm run --silent sla', () => {
    const r = spawnSync('npm', ['run', '--silent', 'sla', '--', 'evaluate', file('good2.json', GOOD)], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).totalCredit).toBe(300);
  });

  it('refuses an unreadable file', () => {
    const lines = expectBadInput(sla('evaluate', path.join(dir, 'missing.json')));
    expect(lines).toEqual([`/: cannot read ${JSON.stringify(path.join(dir, 'missing.json'))}: no such file`]);
    expectBadInput(sla('evaluate', dir));
  });

  it('refuses invalid JSON, saying where', () => {
    const lines = expectBadInput(sla('evaluate', file('broken.json', '{\n  "month": "2026-10",\n  "services": [,]\n}')));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/is not valid JSON at line 3, column 16: unexpected ","$/);
  });

  it('refuses a field of the wrong type and a missing field, one line each', () => {
    const bad = { ...GOOD, services: [{ id: 'CKT-1001', type: 'converged-voip', tier: 'premier', tmrc: '1200' }], month: undefined };
    const lines = expectBadInput(sla('evaluate', file('types.json', bad)));
    expect(lines).toEqual(['/month: is required', '/services/0/tmrc: must be a dollar amount (a number), not text "1200"']);
  });

  it('refuses a pseudo stop clock with the pointer of its code', () => {
    const bad = structuredClone(GOOD);
    bad.tickets[0]!.stopClocks[0]!.code = 'NO_TROUBLE_FOUND';
    const lines = expectBadInput(sla('evaluate', file('ntf.json', bad)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\/tickets\/0\/stopClocks\/0\/code: "NO_TROUBLE_FOUND" is not a stop clock condition: the contract \(29\.4\.7\) never allows/);
  });

  it('refuses semantic problems: restoration before start, stop clock backwards, unknown service, negative money', () => {
    const bad = structuredClone(GOOD) as any;
    bad.services[0].aduc = -1;
    bad.tickets[0].restoredAt = '2026-10-05T08:00:00-07:00';
    bad.tickets[0].stopClocks[0].end = '2026-10-05T09:30:00-07:00';
    bad.tickets.push({ id: 'T-2', serviceId: 'CKT-9', kind: 'repair', openedAt: '2026-10-06T09:00:00-07:00' });
    const lines = expectBadInput(sla('evaluate', file('semantic.json', bad)));
    expect(lines.map((l) => l.split(':')[0]).sort()).toEqual(['/services/0/aduc', '/tickets/0/restoredAt', '/tickets/0/stopClocks/0/end', '/tickets/1/serviceId']);
  });

  it('refuses JSON that is not a case file object', () => {
    expect(expectBadInput(sla('evaluate', file('array.json', [1, 2])))[0]).toMatch(/^\/: a case file must be a JSON object/);
  });
});

describe('sla calendar', () => {
  it('answers business-time questions as JSON and exits 0', () => {
    const req = { ops: [{ op: 'addBusinessDays', start: '2026-10-06T10:00:00-07:00', days: 1 }, { op: 'between', start: '2026-10-06T08:00:00-07:00', end: '2026-10-06T17:00:00-07:00' }] };
    const r = sla('calendar', file('cal.json', req));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ results: [{ at: '2026-10-07T10:00:00-07:00' }, { minutes: 540 }] });
  });

  it('refuses a bad request with PATH: message lines', () => {
    const lines = expectBadInput(sla('calendar', file('badcal.json', { ops: [{ op: 'add', start: 'soon', minutes: 5 }] })));
    expect(lines[0]).toMatch(/^\/ops\/0\/start: /);
  });
});

describe('the command line itself', () => {
  it('refuses an unknown subcommand, a missing subcommand or file, and extra arguments, with the usage and no JSON pointer', () => {
    expect(expectUsageError(sla('frobnicate', 'x.json')).slice(0, 2)).toEqual(['sla: unknown subcommand "frobnicate"', 'usage: npm run --silent sla -- evaluate CASE.json    the SLA report of a case file (docs/case-format.md)']);
    expect(expectUsageError(sla())[0]).toBe('sla: missing the subcommand (evaluate or calendar)');
    expect(expectUsageError(sla('evaluate'))[0]).toBe('sla: missing the case file argument');
    expect(expectUsageError(sla('calendar'))[0]).toBe('sla: missing the request file argument');
    expect(expectUsageError(sla('evaluate', 'a.json', 'b.json'))[0]).toBe('sla: unexpected argument "b.json"');
  });

  it('prints its usage on --help, exit 0', () => {
    const r = sla('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run --silent sla -- evaluate CASE\.json/);
    expect(r.stderr).toBe('');
  });
});
