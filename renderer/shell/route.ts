// Which screen shows, kept in the address hash (`#/services`) so reload and back/forward work.
import { useSyncExternalStore } from 'react';

export const SCREENS = ['home', 'tickets', 'incidents', 'orders', 'month', 'claims', 'reconcile', 'conversions', 'helpdesk', 'escalation', 'services', 'agency', 'backups'] as const;
export type Screen = (typeof SCREENS)[number];

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split(/[/?&]/)[0] ?? '';
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'home';
}

export function hrefFor(screen: Screen): string {
  return `#/${screen}`;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, () => screenFromHash(window.location.hash));
}

export function go(screen: Screen): void {
  window.location.hash = hrefFor(screen);
}

/** Inside the Tickets screen: the list, the "Open ticket" form (`#/tickets/new`) or one ticket (`#/tickets/123`). */
export type TicketRoute = { kind: 'list' } | { kind: 'new' } | { kind: 'detail'; id: number };

export function ticketRouteFromHash(hash: string): TicketRoute {
  const parts = hash.replace(/^#\/?/, '').split(/[?&]/)[0]?.split('/') ?? [];
  if (parts[0] !== 'tickets') return { kind: 'list' };
  const sub = parts[1] ?? '';
  if (sub === 'new') return { kind: 'new' };
  if (/^[1-9]\d{0,14}$/.test(sub)) return { kind: 'detail', id: Number(sub) };
  return { kind: 'list' };
}

export function hrefForTicket(id: number | 'new'): string {
  return `#/tickets/${id}`;
}

/** Inside the Services screen: the list (`#/services`) or one service's page (`#/services/12`). */
export type ServiceRoute = { kind: 'list' } | { kind: 'detail'; id: number };

export function serviceRouteFromHash(hash: string): ServiceRoute {
  const parts = hash.replace(/^#\/?/, '').split(/[?&]/)[0]?.split('/') ?? [];
  if (parts[0] !== 'services') return { kind: 'list' };
  const sub = parts[1] ?? '';
  return /^[1-9]\d{0,14}$/.test(sub) ? { kind: 'detail', id: Number(sub) } : { kind: 'list' };
}

export function hrefForService(id: number): string {
  return `#/services/${id}`;
}

/** The address hash, re-rendering on change (for routes inside a screen). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function goTo(href: string): void {
  window.location.hash = href;
}

/** The claim packet's print view (`#/claims/12/packet`): shown alone, without the navigation. */
export function packetRouteFromHash(hash: string): { claimId: number } | null {
  const parts = hash.replace(/^#\/?/, '').split(/[?&]/)[0]?.split('/') ?? [];
  if (parts[0] !== 'claims' || parts[2] !== 'packet' || parts.length !== 3) return null;
  return /^[1-9]\d{0,14}$/.test(parts[1] ?? '') ? { claimId: Number(parts[1]) } : null;
}

export function hrefForClaimPacket(claimId: number): string {
  return `#/claims/${claimId}/packet`;
}
