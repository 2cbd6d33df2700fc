import { describe, expect, it } from 'vitest';
import { hrefForService, screenFromHash, serviceRouteFromHash } from '../../../../renderer/shell/route';
import { buildQuery, DEFAULT_SORT, NO_FILTERS, dateLabel, retiredLabel } from '../../../../renderer/services/model';

describe('service routes', () => {
  it('reads the list and one service from the hash', () => {
    expect(serviceRouteFromHash('#/services')).toEqual({ kind: 'list' });
    expect(serviceRouteFromHash('#/services/12')).toEqual({ kind: 'detail', id: 12 });
    expect(serviceRouteFromHash('#/services/12?tab=history')).toEqual({ kind: 'detail', id: 12 });
    expect(serviceRouteFromHash('#/services/0')).toEqual({ kind: 'list' });
    expect(serviceRouteFromHash('#/services/abc')).toEqual({ kind: 'list' });
    expect(serviceRouteFromHash('#/tickets/12')).toEqual({ kind: 'list' });
    expect(screenFromHash('#/services/12')).toBe('services');
    expect(hrefForService(12)).toBe('#/services/12');
  });
});

describe('retired services in the list', () => {
  it('are asked for only when "Show retired" is on', () => {
    expect(buildQuery(NO_FILTERS, DEFAULT_SORT)).not.toHaveProperty('includeRetired');
    expect(buildQuery(NO_FILTERS, DEFAULT_SORT, true)).toMatchObject({ includeRetired: true });
  });
  it('read their date as people do', () => {
    expect(dateLabel('2026-10-03')).toBe('Oct 3, 2026');
    expect(retiredLabel('2026-12-31')).toBe('Retired Dec 31, 2026');
    expect(retiredLabel(null)).toBe('');
  });
});
