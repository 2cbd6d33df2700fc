// A case file as text: pretty-printed JSON (two spaces, a final newline) with its keys in the
// order CASE_FORMAT.md lists them, whatever order the object was built in, so the same case is
// always the same bytes and its SHA-256 can be quoted in a dispute.
import type { AnyCaseFile } from './validate';

const ORDER: Record<string, readonly string[]> = {
  // A service-level catalog's case (the help desk) adds its figures; its incidents' own times sort after the common keys.
  case: ['timeZone', 'catalog', 'month', 'asOf', 'services', 'tickets', 'orders', 'survivability', 'history', 'figures'],
  services: ['id', 'type', 'tier', 'tmrc', 'aduc', 'installFee', 'site'],
  tickets: ['id', 'serviceId', 'kind', 'incidentId', 'alarmAt', 'openedAt', 'restoredAt', 'actualRestoredAt', 'closedAt', 'measuredMs', 'notices', 'stopClocks'],
  orders: ['id', 'serviceId', 'orderedAt', 'dueAt', 'completedAt', 'stopClocks'],
  stopClocks: ['code', 'start', 'end', 'voided', 'window', 'note'],
  window: ['start', 'end'],
  survivability: ['site', 'start', 'end'],
  history: ['sla', 'serviceId', 'site', 'month', 'met'],
  notifications: ['kind', 'at'],
  figures: ['period', 'values'],
};

/** The object with its keys in `order` first, then any others alphabetically; undefined values left out. */
function ordered(value: unknown, kind: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, kind));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const known = ORDER[kind] ?? [];
  const keys = [...known.filter((k) => k in o), ...Object.keys(o).filter((k) => !known.includes(k)).sort()];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = ordered(o[k], kind === 'case' || kind === 'tickets' || kind === 'orders' || kind === 'stopClocks' || kind === 'figures' ? k : '');
  return out;
}

/** The case file's text as the app exports it. */
export function caseFileText(c: AnyCaseFile): string {
  return JSON.stringify(ordered(c, 'case'), null, 2) + '\n';
}
