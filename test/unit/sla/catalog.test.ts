import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, loadCatalog, objectiveMs } from '../../../shared/sla';
import raw from '../../../resources/catalogs/calnet3-converged-voip.json';

const catalog = loadCatalog();

describe('the Converged VoIP catalog (resources/catalogs/calnet3-converged-voip.json)', () => {
  it('holds every SLA of DOMAIN.md with its clause of section 29.4.8', () => {
    const clauses = Object.fromEntries(catalog.slas.map((s) => [s.id, s.clause]));
    expect(clauses).toEqual({
      'time-to-repair': '29.4.8.11',
      'excessive-outage': '29.4.8.6',
      cat1: '29.4.8.2',
      cat2: '29.4.8.3',
      cat3: '29.4.8.4',
      availability: '29.4.8.1',
      delay: '29.4.8.5',
      jitter: '29.4.8.8',
      'site-survivability': '29.4.8.7',
      provisioning: '29.4.8.10',
      notification: '29.4.8.9',
    });
    for (const s of catalog.slas) expect(s.clauseText.startsWith(`${s.clause} `)).toBe(true);
  });

  it('has the objectives of the DOMAIN.md table, N/A as null', () => {
    const tiers = (id: string) => catalog.sla(id)!.objective.tiers;
    expect(tiers('time-to-repair')).toEqual({ basic: 6, standard: 5, premier: 4 });
    expect(tiers('excessive-outage')).toEqual({ basic: 16, standard: 12, premier: 8 });
    expect(tiers('cat1')).toEqual({ basic: 3, standard: 2, premier: 1 });
    expect(tiers('cat2')).toEqual({ basic: 60, standard: 30, premier: 15 });
    expect(tiers('cat3')).toEqual({ basic: 30, standard: null, premier: 15 });
    expect(tiers('availability')).toEqual({ basic: 98.9, standard: 99.2, premier: 99.5 });
    expect(tiers('delay')).toEqual({ basic: 170, standard: 130, premier: 90 });
    expect(tiers('jitter')).toEqual({ basic: 30, standard: null, premier: 15 });
    expect(tiers('site-survivability')).toEqual({ basic: 240, standard: 120, premier: 72 });
    expect(tiers('provisioning')).toEqual({ basic: 90, standard: null, premier: 95 });
    // 4 hours, 15 minutes, in ms
    expect(objectiveMs(catalog.sla('time-to-repair')!, 'premier')).toBe(4 * 3_600_000);
    expect(objectiveMs(catalog.sla('cat2')!, 'premier')).toBe(15 * 60_000);
    expect(objectiveMs(catalog.sla('cat3')!, 'standard')).toBeNull();
  });

  it('says which SLAs subtract stop clocks (TTR, EO, CAT 1, availability; not CAT 2 / CAT 3)', () => {
    const withStops = catalog.slas.filter((s) => s.stopClocks && s.basis !== 'provisioning').map((s) => s.id);
    expect(withStops).toEqual(['time-to-repair', 'excessive-outage', 'cat1', 'availability']);
  });

  it('has the remedies of the table', () => {
    expect(catalog.sla('time-to-repair')!.remedy).toEqual({ kind: 'per-occurrence', credit: { tmrcPercent: 25, aducDays: 0, installFeePercent: 0 } });
    expect(catalog.sla('excessive-outage')!.remedy).toEqual({ kind: 'per-occurrence', credit: { tmrcPercent: 100, aducDays: 10, installFeePercent: 0 } });
    const steps = (id: string) => {
      const r = catalog.sla(id)!.remedy;
      return r.kind === 'consecutive-months' ? r.steps.map((s) => [s.tmrcPercent, s.aducDays]) : null;
    };
    expect(steps('availability')).toEqual([[15, 2], [30, 2], [50, 2]]);
    expect(steps('delay')).toEqual([[25, 0], [35, 0], [50, 0]]);
    expect(steps('jitter')).toEqual([[25, 2], [35, 2], [50, 2]]);
    expect(steps('site-survivability')).toEqual([[15, 2], [30, 5], [50, 10]]);
    const prov = catalog.sla('provisioning')!;
    expect(prov.remedy).toEqual({
      kind: 'provisioning',
      perOccurrence: { tmrcPercent: 0, aducDays: 0, installFeePercent: 50 },
      belowMonthlyObjective: { tmrcPercent: 0, aducDays: 0, installFeePercent: 100 },
    });
    expect(prov.basis === 'provisioning' && prov.committedIntervalDays).toEqual({ 'converged-voip': 45, 'converged-voip-voicemail': 30 });
    const n = catalog.sla('notification')!;
    expect(n.basis === 'notification' && [n.firstNoticeMinutes, n.updateIntervalMinutes]).toEqual([60, 60]);
    expect(n.remedy).toEqual({ kind: 'escalation', remedy: 'senior-management-escalation' });
  });

  it('lists the 15 stop clock conditions in table order with their rules', () => {
    expect(catalog.stopClockConditions.map((c) => c.code)).toEqual([
      'END_USER_REQUEST', 'OBSERVATION', 'END_USER_NOT_AVAILABLE', 'WIRING', 'POWER', 'CUSTOMER_PROVISIONING_DELAY', 'ACCESS',
      'STAFF', 'APPLICATION', 'CPE', 'NO_RESPONSE', 'MAINTENANCE', 'THIRD_PARTY', 'FORCE_MAJEURE', 'CUSTOMER_ENVIRONMENTAL',
    ]);
    expect(catalog.stopClockConditions.map((c) => c.line)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const flagged = (flag: 'requiresNote' | 'voidable' | 'ordersOnly' | 'windowLimited' | 'afterRestoration') =>
      catalog.stopClockConditions.filter((c) => c[flag]).map((c) => c.code);
    expect(flagged('requiresNote')).toEqual(['END_USER_REQUEST', 'ACCESS', 'STAFF', 'NO_RESPONSE']);
    expect(flagged('voidable')).toEqual(['WIRING', 'ACCESS', 'CPE', 'CUSTOMER_ENVIRONMENTAL']);
    expect(flagged('ordersOnly')).toEqual(['CUSTOMER_PROVISIONING_DELAY']);
    expect(flagged('windowLimited')).toEqual(['MAINTENANCE']);
    // 29.4.7 items 2 and 3 only (DOMAIN.md): NO_RESPONSE is an ordinary stop clock
    expect(flagged('afterRestoration')).toEqual(['OBSERVATION', 'END_USER_NOT_AVAILABLE']);
    for (const c of catalog.stopClockConditions) expect(c.definition.length).toBeGreaterThan(40);
  });

  it('refuses "cleared while testing" and "no trouble found" in any spelling, with the reason', () => {
    for (const code of ['CLEARED_WHILE_TESTING', 'cleared while testing', 'CWT', 'NO_TROUBLE_FOUND', 'no-trouble-found', 'NTF']) {
      expect(catalog.refused(code)?.reason).toMatch(/never allows/);
    }
    expect(catalog.refused('POWER')).toBeUndefined();
  });

  it('is validated when loaded: a broken catalog is refused with its problems', () => {
    const broken = structuredClone(raw) as { slas: Array<{ id: string }> };
    broken.slas[1]!.id = 'time-to-repair';
    expect(() => buildCatalog(broken)).toThrow(/appears twice/);
    expect(() => loadCatalog('nope')).toThrow(/unknown SLA catalog/);
  });

  it('keeps SLA numbers out of the TypeScript: no clause number in shared/sla code', () => {
    const dir = path.resolve(__dirname, '../../../shared/sla');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const code = readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\/\/|\*|\/\*\*)/.test(l))
        .join('\n');
      expect(code, f).not.toMatch(/29\.4\.\d/);
    }
  });
});
