import { describe, expect, it } from 'vitest';
import { loadCatalog, suggestCat1 } from '../../../shared/sla';
import type { ServiceInput } from '../../../shared/sla';

const catalog = loadCatalog();
const svc = (id: string, type: string, site: string, seats = 1): ServiceInput => ({ id, type, tier: 'premier', tmrcCents: 0, site, seats });

describe('suggestCat1 (29.4.8.2: one address, 2+ service types or 50+ seats)', () => {
  it('suggests CAT 1 for two service types at one site', () => {
    expect(suggestCat1([svc('a', 'converged-voip', 'HQ'), svc('b', 'converged-voip-voicemail', 'HQ')], catalog)).toMatchObject({ suggest: true, serviceTypes: 2 });
  });
  it('suggests CAT 1 for 50 seats of one type, not for 49', () => {
    expect(suggestCat1([svc('a', 'converged-voip', 'HQ', 30), svc('b', 'converged-voip', 'HQ', 20)], catalog)).toMatchObject({ suggest: true, seats: 50 });
    expect(suggestCat1([svc('a', 'converged-voip', 'HQ', 30), svc('b', 'converged-voip', 'HQ', 19)], catalog)?.suggest).toBe(false);
  });
  it('does not suggest it across two addresses', () => {
    const s = suggestCat1([svc('a', 'converged-voip', 'HQ'), svc('b', 'converged-voip-voicemail', 'ANNEX')], catalog);
    expect(s).toMatchObject({ suggest: false, reason: expect.stringMatching(/single address/) });
  });
});
