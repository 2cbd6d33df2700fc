// Which screen shows, kept in the address hash (`#/services`) so reload and back/forward work.
import { useSyncExternalStore } from 'react';

export const SCREENS = ['home', 'tickets', 'incidents', 'orders', 'escalation', 'services', 'agency'] as const;
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
