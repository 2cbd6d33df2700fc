import { describe, expect, it } from 'vitest';
import { serviceDraftSchema, type Service } from '../../../shared/ipc/services';
import {
  DEFAULT_SORT, NO_FILTERS, ariaSort, buildQuery, centsForInput, countLabel, draftFromService, draftToRequest, emptyDraft,
  filtersActive, money, nextSort,
} from '../../../renderer/services/model';

const SERVICE: Service = {
  id: 7, circuitId: 'SAC-1', contractorId: 2, contractorName: 'Verizon', serviceType: 'converged-voip', tier: 'premier',
  tmrcCents: 125050, aducCents: 325, installFeeCents: 0, seats: 12, site: 'HQ', address: '1 Main', catalogId: 'calnet3-converged-voip', retiredOn: null,
  replacedById: null, replacedByCircuitId: null, predecessors: [], createdAt: '', updatedAt: '',
};

describe('sorting', () => {
  it('clicking the sorted column flips it; another column starts ascending', () => {
    expect(nextSort({ key: 'tmrc', dir: 'asc' }, 'tmrc')).toEqual({ key: 'tmrc', dir: 'desc' });
    expect(nextSort({ key: 'tmrc', dir: 'desc' }, 'tmrc')).toEqual({ key: 'tmrc', dir: 'asc' });
    expect(nextSort({ key: 'tmrc', dir: 'desc' }, 'site')).toEqual({ key: 'site', dir: 'asc' });
  });
  it('aria-sort names the state of each column', () => {
    expect(ariaSort({ key: 'tier', dir: 'asc' }, 'tier')).toBe('ascending');
    expect(ariaSort({ key: 'tier', dir: 'desc' }, 'tier')).toBe('descending');
    expect(ariaSort({ key: 'tier', dir: 'desc' }, 'tmrc')).toBe('none');
  });
});

describe('buildQuery', () => {
  it('sends only the filters that are set, with the sort and a limit', () => {
    expect(buildQuery(NO_FILTERS, DEFAULT_SORT)).toEqual({ sort: { key: 'circuitId', dir: 'asc' }, limit: 10_000 });
    expect(buildQuery({ text: '  hq ', contractorId: 2, tier: 'basic', serviceType: 'site-survivability' }, { key: 'tmrc', dir: 'desc' })).toEqual({
      text: 'hq', contractorId: 2, tier: 'basic', serviceType: 'site-survivability', sort: { key: 'tmrc', dir: 'desc' }, limit: 10_000,
    });
  });
  it('knows when filters are active', () => {
    expect(filtersActive(NO_FILTERS)).toBe(false);
    expect(filtersActive({ ...NO_FILTERS, text: '  ' })).toBe(false);
    expect(filtersActive({ ...NO_FILTERS, tier: 'premier' })).toBe(true);
  });
});

describe('the form draft', () => {
  it('shows a saved service with amounts as plain dollars', () => {
    expect(draftFromService(SERVICE)).toEqual({
      circuitId: 'SAC-1', contractorId: '2', serviceType: 'converged-voip', tier: 'premier',
      tmrc: '1250.50', aduc: '3.25', installFee: '0.00', seats: '12', site: 'HQ', address: '1 Main',
    });
    expect(centsForInput(123456789)).toBe('1234567.89');
  });

  it('round-trips through the contract schema to the same cents', () => {
    const parsed = serviceDraftSchema.parse(draftToRequest(draftFromService(SERVICE)));
    expect(parsed).toMatchObject({ tmrc: 125050, aduc: 325, installFee: 0, seats: 12, contractorId: 2 });
  });

  it('leaves blank optional amounts out (the contract defaults them) and an unchosen contractor too', () => {
    const req = draftToRequest({ ...emptyDraft(), circuitId: 'X', tmrc: '5', tier: 'basic' }) as Record<string, unknown>;
    expect(req).not.toHaveProperty('aduc');
    expect(req).not.toHaveProperty('installFee');
    expect(req).not.toHaveProperty('contractorId');
    expect(req.seats).toBe('1');
    const r = serviceDraftSchema.safeParse(req);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('/'))).toEqual(['contractorId']);
  });

  it('sends amounts exactly as typed so the seam can say what is wrong with them', () => {
    expect(draftToRequest({ ...emptyDraft(), tmrc: '12.345' }).tmrc).toBe('12.345');
  });
});

describe('formatting', () => {
  it('money and counts', () => {
    expect(money(125050)).toBe('$1,250.50');
    expect(money(0)).toBe('$0.00');
    expect(countLabel(1, 'service', 'services')).toBe('1 service');
    expect(countLabel(5000, 'service', 'services')).toBe('5,000 services');
  });
});
