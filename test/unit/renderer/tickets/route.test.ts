import { describe, expect, it } from 'vitest';
import { hrefForTicket, screenFromHash, ticketRouteFromHash } from '../../../../renderer/shell/route';

describe('ticket routes', () => {
  it('reads the list, the open form and one ticket from the hash', () => {
    expect(ticketRouteFromHash('#/tickets')).toEqual({ kind: 'list' });
    expect(ticketRouteFromHash('#/tickets/new')).toEqual({ kind: 'new' });
    expect(ticketRouteFromHash('#/tickets/123')).toEqual({ kind: 'detail', id: 123 });
    expect(ticketRouteFromHash('#/tickets/0')).toEqual({ kind: 'list' });
    expect(ticketRouteFromHash('#/tickets/12abc')).toEqual({ kind: 'list' });
    expect(ticketRouteFromHash('#/tickets/99999999999999999999')).toEqual({ kind: 'list' });
    expect(ticketRouteFromHash('#/services/3')).toEqual({ kind: 'list' });
    expect(screenFromHash('#/tickets/123')).toBe('tickets');
    expect(hrefForTicket(5)).toBe('#/tickets/5');
    expect(hrefForTicket('new')).toBe('#/tickets/new');
  });
});
