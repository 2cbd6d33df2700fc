// recordOutcomesOfMany puts many services' engine runs in one model: each job's outcomes must be
// those of its own model (recordOutcomes), whatever else shares the model.
import { describe, expect, it } from 'vitest';
import { recordOutcomes, recordOutcomesOfMany, type EngineContext, type OutcomeJob } from '../../../shared/reconcile/engine';
import type { ServiceRecord } from '../../../shared/reconcile/types';
import { loadCatalog, type TicketInput } from '../../../shared/sla';
import { H, MIN, oct, SERVICE, sc, ZONE } from './helpers';

const ctx: EngineContext = { catalog: loadCatalog(), zone: ZONE, asOfMs: Date.parse('2026-12-15T12:00:00Z') };

const ticket = (id: string, serviceId: string, openedAtMs: number, hours: number, extra: Partial<TicketInput> = {}): TicketInput => ({
  id, serviceId, kind: 'repair', openedAtMs, restoredAtMs: openedAtMs + hours * H, closedAtMs: openedAtMs + hours * H + 30 * MIN, stopClocks: [], ...extra,
});

const a: ServiceRecord = {
  service: SERVICE,
  tickets: [ticket('1', SERVICE.id, oct('08T07:30'), 5), ticket('2', SERVICE.id, oct('20T09:00'), 3), ticket('3', SERVICE.id, oct('31T22:00'), 9)],
  history: [],
};
const B = { ...SERVICE, id: 'SAC-2040', tier: 'basic' as const, site: 'SAC-02' };
const b: ServiceRecord = { service: B, tickets: [ticket('4', B.id, oct('02T10:00'), 7), ticket('5', B.id, oct('15T10:00'), 2)], history: [] };

describe('recordOutcomesOfMany', () => {
  it('gives each job the outcomes of its own model: several services to a model, versions of a service in different models, unchanged records shared, months across a month end', () => {
    const jobs: OutcomeJob[] = [
      { record: a, ticket: a.tickets[0]!, months: ['2026-10'] },
      { record: b, ticket: { ...b.tickets[0]!, stopClocks: [sc('ACCESS', oct('02T11:00'), oct('02T13:00'))] }, months: ['2026-10'] },
      { record: a, ticket: { ...a.tickets[1]!, restoredAtMs: oct('20T09:00') + 6 * H }, months: ['2026-10'] },
      { record: a, ticket: a.tickets[2]!, months: ['2026-10', '2026-11'] },
      { record: b, ticket: b.tickets[1]!, months: ['2026-10', '2026-11'] },
      // Another ticket of a's unchanged record asking October: it shares the first job's entry.
      { record: a, ticket: a.tickets[1]!, months: ['2026-10'] },
    ];
    const many = recordOutcomesOfMany(jobs, ctx);
    jobs.forEach((job, i) => expect(Object.fromEntries(many[i]!)).toEqual(Object.fromEntries(recordOutcomes(job.record, job.ticket, job.months, ctx))));
    expect(many.every((m) => [...m.values()].some((o) => o.subject === 'ticket') && [...m.values()].some((o) => o.subject === 'service-month'))).toBe(true);
  });
});
