/** The clock is injected everywhere so tests control time; nothing reads Date.now() directly. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that starts at the given instant and then moves with real time. */
export function clockFrom(startMs: number): Clock {
  const offset = startMs - Date.now();
  return { now: () => Date.now() + offset };
}

/** A clock that stands still until set: for tests (the host's --test-clock). */
export interface SettableClock extends Clock {
  set(ms: number): void;
}

export function settableClock(startMs: number): SettableClock {
  let now = startMs;
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
  };
}
