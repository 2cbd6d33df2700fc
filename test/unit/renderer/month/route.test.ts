import { describe, expect, it } from 'vitest';
import { hrefForMonth, monthRouteFromHash } from '../../../../renderer/month/route';
import { hrefForOrder, orderIdFromHash } from '../../../../renderer/orders/route';
import { screenFromHash } from '../../../../renderer/shell/route';

describe('the Month screen’s address', () => {
  it('reads the month and the contractor, ignoring what is not one', () => {
    expect(screenFromHash('#/month?m=2026-10&c=1')).toBe('month');
    expect(monthRouteFromHash('#/month')).toEqual({ month: null, contractorId: null });
    expect(monthRouteFromHash('#/month?m=2026-10&c=1')).toEqual({ month: '2026-10', contractorId: 1 });
    expect(monthRouteFromHash('#/month?m=2026-13&c=0')).toEqual({ month: null, contractorId: null });
    expect(monthRouteFromHash('#/month?c=2')).toEqual({ month: null, contractorId: 2 });
  });

  it('writes what it reads', () => {
    expect(hrefForMonth({ month: '2026-10', contractorId: 1 })).toBe('#/month?m=2026-10&c=1');
    expect(hrefForMonth({ month: '2026-10', contractorId: null })).toBe('#/month?m=2026-10');
    expect(hrefForMonth({ month: null, contractorId: null })).toBe('#/month');
    expect(monthRouteFromHash(hrefForMonth({ month: '2027-01', contractorId: 12 }))).toEqual({ month: '2027-01', contractorId: 12 });
  });
});

describe('a link to one order', () => {
  it('selects the order named in the address', () => {
    expect(hrefForOrder(12)).toBe('#/orders?order=12');
    expect(orderIdFromHash('#/orders?order=12')).toBe(12);
    expect(orderIdFromHash('#/orders')).toBeNull();
    expect(orderIdFromHash('#/orders?order=x')).toBeNull();
    expect(screenFromHash(hrefForOrder(3))).toBe('orders');
  });
});
