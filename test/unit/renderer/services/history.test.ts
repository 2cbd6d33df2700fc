import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/ipc/sla';
import { draftFromHistory, emptyHistoryDraft, historyQuery, historyRequest, historyRows, historySlas, recordedVerdicts } from '../../../../renderer/services/detail/history';

const CATALOG = 'calnet3-converged-voip';
const voip = { id: 7, site: 'HQ', catalogId: CATALOG, serviceType: 'converged-voip' as const };
const voicemail = { ...voip, id: 8, serviceType: 'converged-voip-voicemail' as const };
const survivability = { ...voip, id: 9, serviceType: 'site-survivability' as const };

describe('historySlas', () => {
  it('offers the monthly SLAs the catalog applies to the service type', () => {
    // DOMAIN.md's table: availability for VoIP and voice mail; delay and jitter for VoIP (29.4.8.5,
    // 29.4.8.8); site survivability for the site's survivability service (29.4.8.7).
    expect(historySlas(voip).map((s) => s.id)).toEqual(['availability', 'delay', 'jitter']);
    expect(historySlas(voicemail).map((s) => s.id)).toEqual(['availability']);
    expect(historySlas(survivability)).toEqual([{ id: 'site-survivability', name: 'Site survivability', label: 'Site survivability (29.4.8.7)', perSite: true }]);
    expect(historySlas(voip)[0]!.label).toBe('Availability (29.4.8.1)');
  });

  it('a survivability service shows its site history; without a site there is none to show', () => {
    expect(historyQuery(voip)).toEqual({ serviceId: 7 });
    expect(historyQuery(survivability)).toEqual({ site: 'HQ' });
    expect(historyQuery({ ...survivability, site: '  ' })).toBeNull();
  });
});

describe('historyRequest', () => {
  it('a service month belongs to the service, a survivability month to the site', () => {
    const slas = historySlas(voip);
    expect(historyRequest({ sla: 'availability', month: '2025-12', verdict: 'missed', note: 'From the old tracker' }, voip, slas)).toEqual({
      sla: 'availability', serviceId: 7, site: null, month: '2025-12', met: false, note: 'From the old tracker',
    });
    const surv = historySlas(survivability);
    expect(historyRequest({ sla: 'site-survivability', month: '2025-11', verdict: 'met', note: '' }, survivability, surv)).toEqual({
      sla: 'site-survivability', serviceId: null, site: 'HQ', month: '2025-11', met: true, note: '',
    });
  });

  it('leaves an unchosen verdict out so the seam names it', () => {
    const req = historyRequest({ sla: 'availability', month: '', verdict: '', note: '' }, voip, historySlas(voip));
    expect(req).not.toHaveProperty('met');
    expect(req.month).toBe('');
  });

  it('starts with the only SLA chosen when there is one', () => {
    expect(emptyHistoryDraft(historySlas(survivability)).sla).toBe('site-survivability');
    expect(emptyHistoryDraft(historySlas(voip)).sla).toBe('');
  });
});

const entry = (id: number, sla: string, month: string, met: boolean): HistoryEntry => ({
  id, sla, serviceId: 7, circuitId: 'SAC-1', site: null, month, met, note: '', createdAt: '2026-10-01T00:00:00.000Z',
});

describe('historyRows', () => {
  it('newest month first, then availability before delay and jitter', () => {
    const rows = historyRows([entry(1, 'jitter', '2025-12', true), entry(2, 'availability', '2025-11', false), entry(3, 'availability', '2025-12', false)], historySlas(voip));
    expect(rows.map((r) => [r.monthLabel, r.sla, r.met])).toEqual([
      ['Dec 2025', 'availability', false],
      ['Dec 2025', 'jitter', true],
      ['Nov 2025', 'availability', false],
    ]);
    expect(draftFromHistory(rows[0]!.entry)).toEqual({ sla: 'availability', month: '2025-12', verdict: 'missed', note: '' });
  });
});

describe('recordedVerdicts', () => {
  it('finds a recorded month by SLA and month', () => {
    const m = recordedVerdicts([entry(1, 'availability', '2026-09', false), entry(2, 'jitter', '2026-09', true)]);
    expect(m.get('availability|2026-09')).toBe(false);
    expect(m.get('jitter|2026-09')).toBe(true);
    expect(m.get('delay|2026-09')).toBeUndefined();
  });
});
