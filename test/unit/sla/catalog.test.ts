import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, catalogFor, catalogIds, loadCatalog, objectiveMs, TICKET_KINDS, vocabularies, VOCABULARY } from '../../../shared/sla';
import { normalizeCode } from '../../../shared/sla/catalog';
import { SERVICE_TYPE_LABELS, SERVICE_TYPES, TIER_LABELS, TIERS, serviceDraftSchema } from '../../../shared/ipc/services';
import { MEASURED_TICKET_KINDS, TICKET_KIND_LABELS, ticketDraftSchema } from '../../../shared/ipc/tickets';
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

  it('normalises a stop-clock code by one rule, the same answer however often and however many spellings', () => {
    // Remembered per spelling (a report spells a handful of codes over thousands of rows), up to a
    // bound: past it, new spellings are still normalised, only not remembered.
    for (let round = 0; round < 2; round++) {
      expect(normalizeCode(' No Trouble  Found ')).toBe('NO_TROUBLE_FOUND');
      expect(normalizeCode('cleared-while testing')).toBe('CLEARED_WHILE_TESTING');
      expect(normalizeCode('Access')).toBe('ACCESS');
    }
    for (let i = 0; i < 1500; i++) expect(normalizeCode(`odd code-${i}`)).toBe(`ODD_CODE_${i}`);
    expect(normalizeCode(' No Trouble  Found ')).toBe('NO_TROUBLE_FOUND');
    expect(catalog.refused('  no trouble found ')?.code).toBe('NO_TROUBLE_FOUND');
  });

  it('is validated when loaded: a broken catalog is refused with its problems', () => {
    const broken = structuredClone(raw) as { slas: Array<{ id: string }> };
    broken.slas[1]!.id = 'time-to-repair';
    expect(() => buildCatalog(broken)).toThrow(/appears twice/);
    expect(() => loadCatalog('nope')).toThrow(/unknown SLA catalog/);
  });

  it('keeps SLA numbers out of the TypeScript: no clause number in shared/sla code', () => {
    const dir = path.resolve(__dirname, '../../../shared/sla');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts'));
    expect(files).toContain(path.join('rules', 'duration.ts'));
    for (const f of files) {
      const code = readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\/\/|\*|\/\*\*)/.test(l))
        .join('\n');
      expect(code, f).not.toMatch(/29\.4\.\d/);
    }
  });
});

describe('the catalog is the vocabulary', () => {
  it('names the tiers, ticket kinds (and which are measured) and service types with their titles', () => {
    expect(catalog.tiers).toEqual([{ id: 'basic', title: 'Basic' }, { id: 'standard', title: 'Standard' }, { id: 'premier', title: 'Premier' }]);
    expect(catalog.ticketKinds.map((k) => [k.id, k.title, k.measured])).toEqual([
      ['repair', 'Repair', false], ['cat1', 'CAT 1', false], ['cat2', 'CAT 2', false], ['cat3', 'CAT 3', false],
      ['delay', 'Delay', true], ['jitter', 'Jitter', true],
    ]);
    expect(catalog.serviceTypes.map((t) => t.title)).toEqual(['Converged VoIP', 'Converged VoIP Voice Mail', 'Site Survivability']);
    expect(catalog.ticketKind('delay')?.measured).toBe(true);
    expect(catalog.ticketKind('nope')).toBeUndefined();
  });

  it('lists every catalog\'s terms, and the contract\'s enums and labels are those terms', () => {
    // The second contract (the help desk, seed 002) brings its own terms and no tier.
    expect(catalogIds()).toEqual(['calnet3-converged-voip', 'ccc-help-desk']);
    expect(catalogFor('calnet3-converged-voip')).toBe(catalog);
    expect(vocabularies().map((v) => [v.catalogId, v.title, v.tiers.length])).toEqual([
      ['calnet3-converged-voip', 'CALNET 3 Converged VoIP', 3],
      ['ccc-help-desk', 'Customer Care Center (help desk)', 0],
    ]);
    expect(TIERS).toEqual(['basic', 'standard', 'premier']);
    expect(TIER_LABELS).toEqual({ basic: 'Basic', standard: 'Standard', premier: 'Premier' });
    expect(SERVICE_TYPES).toEqual([
      'converged-voip', 'converged-voip-voicemail', 'site-survivability',
      'security-support', 'desktop-software-support', 'application-support', 'hardware-support',
    ]);
    expect(SERVICE_TYPE_LABELS['converged-voip-voicemail']).toBe('Converged VoIP Voice Mail');
    expect(SERVICE_TYPE_LABELS['hardware-support']).toBe('Hardware Support/Dispatch Support');
    expect(TICKET_KINDS).toEqual(['repair', 'cat1', 'cat2', 'cat3', 'delay', 'jitter', 'sev1', 'sev2', 'sev3']);
    expect(TICKET_KIND_LABELS.cat2).toBe('CAT 2');
    expect(MEASURED_TICKET_KINDS).toEqual(['delay', 'jitter']);
    expect(VOCABULARY.ticketKinds.filter((k) => k.measured).map((k) => k.id)).toEqual(['delay', 'jitter']);
  });

  it('the contract refuses what the catalog does not name, saying what it allows', () => {
    const draft = { circuitId: 'C', contractorId: 1, serviceType: 'fax', tier: 'gold', tmrc: '10' };
    const r = serviceDraftSchema.safeParse(draft);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain(
      'Service type must be Converged VoIP, Converged VoIP Voice Mail, Site Survivability, Security Support, Desktop Software Support, Application Support or Hardware Support/Dispatch Support',
    );
    expect(messages).toContain('Tier must be Basic, Standard or Premier');
    const t = ticketDraftSchema.safeParse({ serviceId: 1, kind: 'outage', openedAt: '2026-10-05T09:00:00Z' });
    expect(t.error!.issues.map((i) => i.message)).toContain('Kind must be Repair, CAT 1, CAT 2, CAT 3, Delay, Jitter, Severity 1, Severity 2 or Severity 3');
    // a measured kind needs its measurement
    const d = ticketDraftSchema.safeParse({ serviceId: 1, kind: 'jitter', openedAt: '2026-10-05T09:00:00Z' });
    expect(d.success).toBe(false);
  });

  it('is validated at load: terms appear once, SLAs name only the catalog\'s kinds, measured kinds go to measured SLAs', () => {
    const broken = () => structuredClone(raw) as unknown as {
      tiers: Array<{ id: string; title: string }>;
      ticketKinds: Array<{ id: string; title: string; measured: boolean }>;
      slas: Array<{ id: string; ticketKinds: string[] }>;
    };
    const dupTier = broken();
    dupTier.tiers.push({ id: 'basic', title: 'Basic again' });
    expect(() => buildCatalog(dupTier)).toThrow(/tiers\/3\/id: tier "basic" appears twice/);
    const unknownTier = broken();
    unknownTier.tiers[0]!.id = 'gold';
    expect(() => buildCatalog(unknownTier)).toThrow(/tiers\/0\/id/);
    const unknownKind = broken();
    unknownKind.slas[0]!.ticketKinds.push('outage');
    expect(() => buildCatalog(unknownKind)).toThrow(/slas\/0\/ticketKinds: unknown ticket kind "outage"/);
    const notMeasured = broken();
    notMeasured.ticketKinds.find((k) => k.id === 'delay')!.measured = false;
    expect(() => buildCatalog(notMeasured)).toThrow(/"delay" is not a measured kind: a measured SLA cannot cover it/);
    const noTitle = broken();
    noTitle.ticketKinds[0]!.title = '';
    expect(() => buildCatalog(noTitle)).toThrow(/ticketKinds\/0\/title/);
  });
});
