// Issue 10 "Tests", first bullet: the seam fuzzer. Every channel of the contract gets
// malformed requests (wrong types, missing and unknown fields at every level, huge strings,
// lone surrogates, February 30) through the real dispatch on a real data file holding the
// demo agency; each must be refused with a clear error (never 'internal') and the data file
// must be unchanged, row for row.
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppServices } from '../../../electron/services/app';
import { demoInvoiceMapping, demoReportMapping } from '../../../electron/services/demo/reconcileSamples';
import { seedDemo } from '../../../electron/services/demo/seed';
import { contract } from '../../../shared/ipc/contract';
import { manualClock, tempDataFile } from '../support/tempData';
import { malformedVariants, plausible } from './malformed';

/**
 * Variants the fuzzer skips because the seam is known to accept them (issue 10 item 6): none
 * since the field schemas refuse unknown keys, coerced seats and instants outside 1990-2100.
 * A gap found later is listed here, keyed by channel, with the variant label the generator
 * prints, until its fix lands.
 */
export const KNOWN_SEAM_GAPS_ISSUE_10_ITEM_6: Record<string, readonly string[]> = {};

/** Fields where a very large text is a legitimate request, not a malformed one: previews answer it with the problems they find. */
const LARGE_TEXT_ALLOWED = new Set(['services:importPreview /csv', 'caseFiles:preview /text', 'conversion:importPreview /csv', 'reconcile:previewReport /text', 'reconcile:previewInvoice /text', 'figures:importPreview /csv']);

/** Requests the generator cannot make plausible alone: an object-level rule it does not read. */
const BASE_FIX: Record<string, (base: Record<string, unknown>) => Record<string, unknown>> = {
  // A stop clock belongs to one ticket or one order (not both).
  'stopClocks:start': (b) => ({ ...b, orderId: null }),
  // A column mapping names each column once, with a date format that holds a date (and a time).
  'reconcile:saveTicketMapping': (b) => ({ ...b, mapping: demoReportMapping() }),
  'reconcile:previewReport': (b) => ({ ...b, mapping: demoReportMapping() }),
  'reconcile:importReport': (b) => ({ ...b, mapping: demoReportMapping() }),
  'reconcile:saveInvoiceMapping': (b) => ({ ...b, mapping: demoInvoiceMapping() }),
  'reconcile:previewInvoice': (b) => ({ ...b, mapping: demoInvoiceMapping() }),
  'reconcile:importInvoice': (b) => ({ ...b, mapping: demoInvoiceMapping() }),
};

/** Every table's rows, hashed: the record as a dispute would read it. */
function dump(app: AppServices): Record<string, string> {
  const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = (app.db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    out[name] = `${rows.length} rows ${crypto.createHash('sha256').update(rows.join('\n')).digest('hex')}`;
  }
  return out;
}

interface Finding {
  channel: string;
  variant: string;
  answer: string;
}

describe('seam fuzzer: every channel refuses malformed requests and changes nothing', () => {
  let app: AppServices;
  beforeAll(async () => {
    const clock = manualClock('2026-10-05T16:00:00Z');
    const options = { dataFile: tempDataFile(), mode: 'browser' as const, clock, log: () => {}, scheduler: false, backup: false };
    app = openApp(options);
    await seedDemo(app, clock.now());
    return () => app.close();
  });

  it('seeded the demo agency the requests point at', () => {
    const services = app.db.prepare('SELECT count(*) AS n FROM services').get() as { n: number };
    const tickets = app.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number };
    expect(services.n).toBeGreaterThan(5);
    expect(tickets.n).toBeGreaterThan(1);
  });

  it('refuses a lone surrogate in any text with the field named, and keeps nothing', async () => {
    const before = dump(app);
    const r = await app.dispatch('contacts:create', { contractorId: 1, name: 'Jordan \uD83D', role: '', phone: '', email: '', notes: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(r.error.path).toBe('/name');
      // The schema's text field names itself by its label (shared/ipc/fields.ts); the dispatch's own check covers fields without one.
      expect(r.error.message).toMatch(/^Name .*not valid text/);
    }
    expect(dump(app)).toEqual(before);
  });

  it('refuses each malformed request with a clear error, never internal, and the data file stays as it was', async () => {
    const first = dump(app);
    const findings: Finding[] = [];
    let sent = 0;
    let plausibleBases = 0;
    for (const [name, def] of Object.entries(contract)) {
      const schema = def.request as Parameters<typeof plausible>[0];
      let base = plausible(schema);
      const fix = BASE_FIX[name];
      if (fix) base = fix(base as Record<string, unknown>);
      if (def.request.safeParse(base).success) plausibleBases++;
      const before = dump(app);
      const gaps = KNOWN_SEAM_GAPS_ISSUE_10_ITEM_6[name] ?? [];
      for (const v of malformedVariants(schema, base)) {
        if (gaps.includes(v.label)) continue;
        // A bad value for the business (year 9999) may be read, never written.
        if (v.badValueOnly && !def.writes) continue;
        if (v.label.endsWith('= ' + 'x'.repeat(40) + '…') && LARGE_TEXT_ALLOWED.has(`${name} ${v.label.split(' ')[0]}`)) continue;
        sent++;
        const r = await app.dispatch(name, v.request);
        const clear = !r.ok && r.error.code !== 'internal' && r.error.message.trim().length > 5 && typeof r.error.path === 'string';
        if (!clear) findings.push({ channel: name, variant: v.label, answer: JSON.stringify(r).slice(0, 160) });
      }
      const after = dump(app);
      for (const table of Object.keys(before)) {
        if (after[table] !== before[table]) findings.push({ channel: name, variant: '(any of the above)', answer: `changed table ${table}` });
      }
    }
    expect(findings, findings.map((f) => `${f.channel} ${f.variant}: ${f.answer}`).join('\n')).toEqual([]);
    expect(dump(app)).toEqual(first);
    // The generator must reach past the schema's first check on most channels to mean anything.
    expect(plausibleBases).toBeGreaterThan(Object.keys(contract).length * 0.9);
    expect(sent).toBeGreaterThan(1500);
  });
});
