// The ticking clock: one store holds `now`, moved once a second while a screen with
// countdowns is shown. Countdowns subscribe to it and work out their time left from what
// the main process sent once (shared/tickets/tick.ts): no database query per tick.
import { useEffect } from 'react';
import { create } from 'zustand';

interface ClockState {
  now: number;
  tick(): void;
}

export const useClock = create<ClockState>()((set) => ({
  now: Date.now(),
  tick: () => set({ now: Date.now() }),
}));

let users = 0;
let handle: number | null = null;

function start(): void {
  users += 1;
  if (handle !== null) return;
  useClock.getState().tick();
  handle = window.setInterval(() => useClock.getState().tick(), 1000);
}

function stop(): void {
  users = Math.max(0, users - 1);
  if (users === 0 && handle !== null) {
    window.clearInterval(handle);
    handle = null;
  }
}

/** Keeps the clock ticking while the calling component is shown. */
export function useTicking(): void {
  useEffect(() => {
    start();
    return stop;
  }, []);
}

/** The current instant, re-rendering the caller once a second. */
export function useNow(): number {
  useTicking();
  return useClock((s) => s.now);
}

/** The instant for a record made now ("Log call", a form's default time). */
export function nowIso(): string {
  return new Date(Date.now()).toISOString();
}
