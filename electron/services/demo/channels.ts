// The demo writes through the app's own channels (validation, audit), as an ATR would.
import type { AppServices } from '../app';

export async function call<T>(app: AppServices, channel: string, request: unknown): Promise<T> {
  const r = await app.dispatch(channel, request);
  if (!r.ok) throw new Error(`demo data: ${channel} failed: ${r.error.path} ${r.error.message}`);
  return r.value as T;
}

export interface Made {
  id: number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
