// The conversion tracker through the real channels on real SQLite files (issue 12): a CALNET 2 →
// CALNET 3 project from the template, roles from the contacts, items stepped through
// authorize / order / convert / disconnect with the rules' blocks, the conversion linking the old
// service's history to the new one and retiring the old one, parallel billing, bulk, ATOs, and
// the audit rows each change writes in its transaction.
import { describe, expect, it } from 'vitest';
import type { ConversionItem, ItemDetail, ProjectDetail } from '../../../shared/ipc/conversion';
import type { Service } from '../../../shared/ipc/services';
import type { Ticket } from '../../../shared/ipc/tickets';
import { openTicket, premierService } from '../support/fixtures';
import { call, count, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;
const ATT = 1;
const VERIZON = 2;

// 2014-01-10 10:00 in Sacramento (PST, UTC−8).
const NOW = '2014-01-10T18:00:00Z';

async function setUp(kind: 'non-exempt-state' | 'exempt-state' | 'non-state-entity' = 'non-exempt-state', clock = manualClock(NOW)) {
  const app = openTestApp({ clock });
  await call(app, 'agency:update', { name: 'Dept. of Examples', kind, timeZone: 'America/Los_Angeles' });
  const pat = await call<{ id: number }>(app, 'contacts:create', { name: 'Pat Manager', role: 'Deputy Director' });
  const chris = await call<{ id: number }>(app, 'contacts:create', { name: 'Chris Coordinator', role: 'Telecom analyst' });
  const p = await call<ProjectDetail>(app, 'conversion:createProject', { from: 'template', templateId: 'calnet2-to-calnet3' });
  await call(app, 'conversion:setRoles', { projectId: p.project.id, managerContactId: pat.id, coordinatorContactId: chris.id });
  return { app, clock, projectId: p.project.id, pat: pat.id, chris: chris.id };
}

const item = (app: App, projectId: number, d: Record<string, unknown>) =>
  call<ItemDetail>(app, 'conversion:createItem', { projectId, incumbentContractorId: ATT, incumbentService: 'Centrex line', ...d });

const step = (app: App, req: Record<string, unknown>) => app.dispatch('conversion:step', { note: '', ...req });

function refused(r: Awaited<ReturnType<App['dispatch']>>, path: string, message: string | RegExp) {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe('refused');
    expect(r.error.path).toBe(path);
    if (typeof message === 'string') expect(r.error.message).toBe(message);
    else expect(r.error.message).toMatch(message);
  }
}

const value = <T>(r: Awaited<ReturnType<App['dispatch']>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

describe('a conversion project', () => {
  it('comes from the template with the bulletin dates and default milestones; roles are contacts, one person may hold both', async () => {
    const { app, projectId, pat } = await setUp();
    const d = await call<ProjectDetail>(app, 'conversion:project', { projectId });
    expect(d.project).toMatchObject({ name: 'CALNET 2 to CALNET 3', oldContractEnd: '2014-01-29', newContractAward: '2013-11-15', surveyDue: '2013-12-27', templateId: 'calnet2-to-calnet3' });
    expect(d.milestones.map((m) => `${m.percent}% by ${m.dueOn}`)).toEqual(['50% by 2013-12-31', '90% by 2014-01-15', '100% by 2014-01-29']);
    expect(d.roles.map((r) => [r.title, r.name, r.steps])).toEqual([
      ['Customer Conversion Manager', 'Pat Manager', ['authorize']],
      ['Customer Conversion Coordinator', 'Chris Coordinator', ['order', 'convert', 'disconnect']],
    ]);
    const both = await call<ProjectDetail>(app, 'conversion:setRoles', { projectId, managerContactId: pat, coordinatorContactId: pat });
    expect(both.roles.map((r) => r.name)).toEqual(['Pat Manager', 'Pat Manager']);
    // Each role assignment is on the audit log.
    expect(app.db.prepare("SELECT action, row_id AS rowId FROM audit_log WHERE table_name = 'conversion_roles' ORDER BY id").all()).toEqual([
      { action: 'insert', rowId: `${projectId}:manager` },
      { action: 'insert', rowId: `${projectId}:coordinator` },
      { action: 'update', rowId: `${projectId}:coordinator` },
    ]);
  });

  it('a blank project with its own dates refuses an award after the old contract end, naming the field', async () => {
    const { app } = await setUp();
    const r = await app.dispatch('conversion:createProject', {
      from: 'blank',
      project: { name: 'CALNET 3 to CALNET 4', oldProgram: 'CALNET 3', newProgram: 'CALNET 4', oldContractEnd: '2030-06-30', newContractAward: '2030-09-01' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ path: '/project/newContractAward', message: "The new contract award (2030-09-01) must be on or before the old contract's end (2030-06-30)" });
    expect(count(app, 'conversion_projects')).toBe(1);
  });

  it('a contact holding a role is not deleted', async () => {
    const { app, pat } = await setUp();
    const r = await app.dispatch('contacts:delete', { id: pat });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Pat Manager is the Customer Conversion Manager of "CALNET 2 to CALNET 3": name someone else for that role first, then delete the contact.');
  });
});

describe('steps, blocks and the conversion of a service', () => {
  it('a Migration: Form 20 block, the Manager authorizes, the Coordinator orders and converts; the new service carries the old one\'s history and the old one is retired', async () => {
    const { app, projectId, pat, chris } = await setUp();
    const old = await premierService(app, { circuitId: 'C2-SAC-1', tmrc: '1200' });
    await openTicket(app, old.id, '2013-12-02T17:00:00Z', { contractorTicket: 'ATT-9001' });
    const { item: m } = await item(app, projectId, { oldCircuitId: 'C2-SAC-1', serviceId: old.id, targetContractorId: VERIZON, targetService: 'Converged VoIP' });
    expect(m).toMatchObject({ decision: 'migration', form20Required: true, status: 'planned', oldTmrcCents: 120_000 });

    // The Coordinator cannot authorize; nothing is written.
    const audit = count(app, 'audit_log');
    refused(await step(app, { itemId: m.id, step: 'authorize', byContactId: chris, on: '2014-01-02' }), '/byContactId',
      'Only the Customer Conversion Manager (Pat Manager) authorizes a transition or migration (ATR 13-06); Chris Coordinator is the Customer Conversion Coordinator.');
    expect(count(app, 'audit_log')).toBe(audit);
    value(await step(app, { itemId: m.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }));

    refused(await step(app, { itemId: m.id, step: 'order', byContactId: chris, on: '2014-01-03' }), '/step',
      'A Migration is an order for new service: its Form 20 must be completed before it is ordered (ATR 13-06). The Form 20 is not started.');
    await call(app, 'conversion:recordForm20', { itemId: m.id, status: 'completed', on: '2014-01-03' });
    const ordered = value<ItemDetail>(await step(app, { itemId: m.id, step: 'order', byContactId: chris, on: '2014-01-03', orderReference: 'VZ-ORD-1' }));
    expect(ordered.item).toMatchObject({ status: 'ordered', orderedOn: '2014-01-03', orderReference: 'VZ-ORD-1' });

    // A new service must be with the target contractor.
    refused(
      await step(app, { itemId: m.id, step: 'convert', byContactId: chris, on: '2014-01-08', newService: { use: 'new', service: { circuitId: 'C3-SAC-1', contractorId: ATT, serviceType: 'converged-voip', tier: 'premier', tmrc: '900' } } }),
      '/newService/service/contractorId',
      'C3-SAC-1 is with AT&T, but this item goes to Verizon.',
    );
    const done = value<ItemDetail>(
      await step(app, {
        itemId: m.id, step: 'convert', byContactId: chris, on: '2014-01-08', oldDisconnectedOn: '2014-01-08',
        newService: { use: 'new', service: { circuitId: 'C3-SAC-1', contractorId: VERIZON, serviceType: 'converged-voip', tier: 'premier', tmrc: '900', site: 'SAC-HQ' } },
      }),
    );
    expect(done.item).toMatchObject({ status: 'converted', actualOn: '2014-01-08', newCircuitId: 'C3-SAC-1', oldDisconnectedOn: '2014-01-08', parallelBilling: null });
    // By the date each happened (recorded on the 10th, dated when it happened).
    expect(done.events.map((e) => [e.kind, e.on, e.byName, e.byRoles])).toEqual([
      ['authorized', '2014-01-02', 'Pat Manager', ['manager']],
      ['form20', '2014-01-03', '', []],
      ['ordered', '2014-01-03', 'Chris Coordinator', ['coordinator']],
      ['converted', '2014-01-08', 'Chris Coordinator', ['coordinator']],
      ['created', '2014-01-10', '', []],
    ]);

    // The old service is retired (kept, with its ticket) and names its replacement; the new one lists it as its predecessor.
    const oldNow = await call<Service>(app, 'services:get', { id: old.id });
    const newNow = await call<Service>(app, 'services:get', { id: done.item.newServiceId! });
    expect(oldNow).toMatchObject({ retiredOn: '2014-01-08', replacedById: newNow.id, replacedByCircuitId: 'C3-SAC-1' });
    expect(newNow.predecessors).toEqual([{ id: old.id, circuitId: 'C2-SAC-1', retiredOn: '2014-01-08' }]);
    const history = await call<{ rows: Ticket[] }>(app, 'tickets:list', { serviceId: newNow.id, includePredecessors: true });
    expect(history.rows.map((t) => [t.contractorTicket, t.circuitId])).toEqual([['ATT-9001', 'C2-SAC-1']]);
    expect((await call<{ rows: Ticket[] }>(app, 'tickets:list', { serviceId: newNow.id })).rows).toEqual([]);
    // Retired: out of the list, and no new outage after its date.
    expect((await call<{ rows: Service[] }>(app, 'services:list', {})).rows.map((s) => s.circuitId)).toEqual(['C3-SAC-1']);
    const late = await app.dispatch('tickets:create', { serviceId: old.id, kind: 'repair', openedAt: '2014-01-09T17:00:00Z' });
    expect(late.ok).toBe(false);
    // Never deleted: the conversion names it.
    const del = await app.dispatch('services:delete', { id: old.id });
    expect(!del.ok && del.error.message).toMatch(/cannot be deleted: it has 1 ticket and a conversion \(CALNET 2 → CALNET 3\) that names it on record/);

    // Every write was audited: the item row at each step, the new service, the old one linked and retired.
    const rows = app.db.prepare("SELECT table_name AS t, action FROM audit_log WHERE id > ? AND table_name IN ('conversion_items', 'services') ORDER BY id").all(audit);
    expect(rows).toEqual([
      { t: 'conversion_items', action: 'update' }, // authorized
      { t: 'conversion_items', action: 'update' }, // Form 20
      { t: 'conversion_items', action: 'update' }, // ordered
      { t: 'services', action: 'insert' }, // C3-SAC-1
      { t: 'services', action: 'update' }, // C2-SAC-1 replaced by C3-SAC-1
      { t: 'services', action: 'update' }, // C2-SAC-1 retired
      { t: 'conversion_items', action: 'update' }, // converted
    ]);
  });

  it('a refused convert leaves no new service behind (one transaction)', async () => {
    const { app, projectId, pat, chris } = await setUp();
    const old = await premierService(app, { circuitId: 'C2-1' });
    await openTicket(app, old.id, '2014-01-09T17:00:00Z');
    const { item: t } = await item(app, projectId, { oldCircuitId: 'C2-1', serviceId: old.id, targetContractorId: ATT, targetService: 'Converged VoIP IP' });
    value(await step(app, { itemId: t.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }));
    await call(app, 'conversion:recordForm20', { itemId: t.id, status: 'completed', on: '2014-01-02' });
    value(await step(app, { itemId: t.id, step: 'order', byContactId: chris, on: '2014-01-03' }));
    const services = count(app, 'services');
    const audit = count(app, 'audit_log');
    // The old service had an outage on January 9: it cannot be retired on the 8th, so nothing of the conversion is kept.
    refused(
      await step(app, {
        itemId: t.id, step: 'convert', byContactId: chris, on: '2014-01-08', oldDisconnectedOn: '2014-01-08',
        newService: { use: 'new', service: { circuitId: 'C3-1', contractorId: ATT, serviceType: 'converged-voip', tier: 'premier', tmrc: '900' } },
      }),
      '/oldDisconnectedOn',
      /^C2-1 has an outage starting on 2014-01-09, after 2014-01-08/,
    );
    expect(count(app, 'services')).toBe(services);
    expect(count(app, 'audit_log')).toBe(audit);
  });

  it('a Transition keeps its circuit: no new row, no parallel billing', async () => {
    const { app, projectId, pat, chris } = await setUp();
    const old = await premierService(app, { circuitId: 'C2-2' });
    const { item: t } = await item(app, projectId, { oldCircuitId: 'C2-2', serviceId: old.id });
    expect(t.decision).toBe('transition');
    expect(t.decisionReason).toMatch(/^Transition \(automatic\)/);
    value(await step(app, { itemId: t.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }));
    value(await step(app, { itemId: t.id, step: 'order', byContactId: chris, on: '2014-01-03' }));
    const d = value<ItemDetail>(await step(app, { itemId: t.id, step: 'convert', byContactId: chris, on: '2014-01-06', newService: { use: 'same' } }));
    expect(d.item).toMatchObject({ status: 'converted', newServiceId: old.id, newCircuitId: 'C2-2', parallelBilling: null });
    expect(await call<Service>(app, 'services:get', { id: old.id })).toMatchObject({ retiredOn: null, replacedById: null });
    expect(d.item.steps.find((s) => s.step === 'disconnect')?.reason).toBe('This Transition kept its circuit: there is no separate old service to disconnect.');
  });

  it('flags parallel billing while the old service stays active, and records its disconnect', async () => {
    const clock = manualClock(NOW);
    const { app, projectId, pat, chris } = await setUp('non-exempt-state', clock);
    const old = await premierService(app, { circuitId: 'C2-3', tmrc: '1200' });
    const vz = await premierService(app, { circuitId: 'C3-VZ-3', contractorId: VERIZON, tmrc: '800' });
    const { item: m } = await item(app, projectId, { oldCircuitId: 'C2-3', serviceId: old.id, targetContractorId: VERIZON, targetService: 'Converged VoIP' });
    value(await step(app, { itemId: m.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }));
    await call(app, 'conversion:recordForm20', { itemId: m.id, status: 'completed', on: '2014-01-02' });
    value(await step(app, { itemId: m.id, step: 'order', byContactId: chris, on: '2014-01-03' }));
    value(await step(app, { itemId: m.id, step: 'convert', byContactId: chris, on: '2014-01-06', newService: { use: 'existing', serviceId: vz.id } }));
    // Today 2014-01-10: 4 days (6th to 9th) of $1,200/31 = $154.838… → $154.84.
    let d = await call<ItemDetail>(app, 'conversion:item', { id: m.id });
    expect(d.item.parallelBilling).toMatchObject({ active: true, overlapDays: 4, doubleTmrcCents: 15_484 });
    expect(d.item.steps.find((s) => s.step === 'disconnect')).toEqual({ step: 'disconnect', allowed: true, reason: null, roles: ['coordinator'] });
    // A week later, still active: 11 days, $1,200 × 11/31 = $425.806… → $425.81.
    clock.set('2014-01-17T18:00:00Z');
    const board = (await call<ProjectDetail>(app, 'conversion:project', { projectId })).board;
    expect(board.parallelBilling).toEqual({ count: 1, active: 1, doubleTmrcCents: 42_581 });
    d = value<ItemDetail>(await step(app, { itemId: m.id, step: 'disconnect', byContactId: chris, on: '2014-01-16' }));
    // Disconnected on the 16th: 10 days (6th to 15th), $1,200 × 10/31 = $387.096… → $387.10; the old service is retired that day.
    expect(d.item).toMatchObject({ status: 'converted', oldDisconnectedOn: '2014-01-16' });
    expect(d.item.parallelBilling).toMatchObject({ active: false, overlapDays: 10, doubleTmrcCents: 38_710 });
    expect(await call<Service>(app, 'services:get', { id: old.id })).toMatchObject({ retiredOn: '2014-01-16', replacedById: vz.id });
    refused(await step(app, { itemId: m.id, step: 'disconnect', byContactId: chris, on: '2014-01-16' }), '/step', 'The old service was already recorded as disconnected on 2014-01-16.');
  });

  it('a disconnect notice makes a Disconnect: not authorized, disconnected by the Coordinator, the service retired', async () => {
    const { app, projectId, pat, chris } = await setUp();
    const old = await premierService(app, { circuitId: 'C2-4' });
    const { item: x } = await item(app, projectId, { oldCircuitId: 'C2-4', serviceId: old.id, disconnectNoticeOn: '2013-12-20' });
    expect(x.decision).toBe('disconnect');
    refused(await step(app, { itemId: x.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }), '/step', /^A service with a disconnect notice is not converted/);
    refused(await step(app, { itemId: x.id, step: 'disconnect', byContactId: chris, on: '2013-12-19' }), '/on', 'The date 2013-12-19 is before the disconnect notice (2013-12-20).');
    const d = value<ItemDetail>(await step(app, { itemId: x.id, step: 'disconnect', byContactId: chris, on: '2014-01-05' }));
    expect(d.item).toMatchObject({ status: 'disconnected', actualOn: '2014-01-05', parallelBilling: null });
    expect((await call<Service>(app, 'services:get', { id: old.id })).retiredOn).toBe('2014-01-05');
  });

  it('an ordered item keeps its target; an authorized one goes back to planned when its target changes', async () => {
    const { app, projectId, pat, chris } = await setUp();
    const { item: a } = await item(app, projectId, { oldCircuitId: 'C2-5' });
    value(await step(app, { itemId: a.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }));
    const base = { oldCircuitId: 'C2-5', incumbentContractorId: ATT, incumbentService: 'Centrex line' };
    const edited = await call<ItemDetail>(app, 'conversion:updateItem', { id: a.id, ...base, targetContractorId: VERIZON, targetService: 'Converged VoIP' });
    expect(edited.item).toMatchObject({ status: 'planned', authorizedOn: null, decision: 'migration' });
    expect(edited.events.at(-1)?.detail).toBe('Changed target contractor, target service; the authorization is withdrawn: the Customer Conversion Manager authorizes the new target again');
    value(await step(app, { itemId: a.id, step: 'authorize', byContactId: pat, on: '2014-01-04' }));
    await call(app, 'conversion:recordForm20', { itemId: a.id, status: 'completed', on: '2014-01-04' });
    value(await step(app, { itemId: a.id, step: 'order', byContactId: chris, on: '2014-01-05' }));
    const r = await app.dispatch('conversion:updateItem', { id: a.id, ...base });
    refused(r, '/targetContractorId', 'This item is ordered: its target and disconnect notice can no longer change (the order was placed for that target).');
  });
});

describe('opting in: exempt State agencies and Non-State Entities', () => {
  it('a Non-State Entity: undecided until a target is chosen; no order without an ATO for the target contractor', async () => {
    const { app, projectId, pat, chris } = await setUp('non-state-entity');
    const { item: n } = await item(app, projectId, { oldCircuitId: 'NSE-1' });
    expect(n).toMatchObject({ decision: null, decisionLabel: 'Undecided' });
    refused(await step(app, { itemId: n.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }), '/step', /^Undecided\. A Non-State Entity \(local government\) converts its services at its option \(ATR 13-06\)/);
    await call(app, 'conversion:updateItem', { id: n.id, oldCircuitId: 'NSE-1', incumbentContractorId: ATT, incumbentService: 'Centrex line', targetContractorId: ATT, targetService: 'Centrex line' });
    value(await step(app, { itemId: n.id, step: 'authorize', byContactId: pat, on: '2014-01-02' }));
    refused(await step(app, { itemId: n.id, step: 'order', byContactId: chris, on: '2014-01-04' }), '/step',
      'A Non-State Entity must have an Authorization to Order (ATO) on file for AT&T before it orders from that contractor (ATR 13-06). Record the ATO first.');
    const ato = await call(app, 'conversion:setAto', { contractorId: ATT, onFileOn: '2014-01-03', reference: 'ATO-2014-7' });
    expect(ato).toMatchObject({ contractorName: 'AT&T', onFileOn: '2014-01-03', reference: 'ATO-2014-7' });
    const d = await call<ProjectDetail>(app, 'conversion:project', { projectId });
    expect(d.atoRequired).toBe(true);
    value(await step(app, { itemId: n.id, step: 'order', byContactId: chris, on: '2014-01-04' }));
    expect(app.db.prepare("SELECT action FROM audit_log WHERE table_name = 'conversion_atos'").all()).toEqual([{ action: 'insert' }]);
  });
});

describe('bulk', () => {
  it('authorizes many items at once: each answers what was done or the rule that blocked it, and the blocked stay as they were', async () => {
    const { app, projectId, pat, chris } = await setUp('exempt-state');
    const ids: number[] = [];
    for (const [c, target] of [['E-1', 'Centrex line'], ['E-2', ''], ['E-3', 'Centrex line']] as const) {
      ids.push((await item(app, projectId, { oldCircuitId: c, ...(target ? { targetContractorId: ATT, targetService: target } : {}) })).item.id);
    }
    const events = count(app, 'conversion_item_events');
    const r = await call<{ outcomes: Array<{ oldCircuitId: string; done: boolean; message: string }>; doneCount: number; blockedCount: number }>(app, 'conversion:bulk', {
      projectId, itemIds: ids, action: { kind: 'step', step: 'authorize', byContactId: pat, on: '2014-01-06' },
    });
    expect(r.doneCount).toBe(2);
    expect(r.blockedCount).toBe(1);
    expect(r.outcomes.map((o) => [o.oldCircuitId, o.done, o.message])).toEqual([
      ['E-1', true, 'Authorized on 2014-01-06 (Transition)'],
      ['E-2', false, 'Undecided. An exempt State agency converts its services at its option (ATR 13-06): choose the target contractor and service (the same ones for a Transition) or record a disconnect notice.'],
      ['E-3', true, 'Authorized on 2014-01-06 (Transition)'],
    ]);
    expect(count(app, 'conversion_item_events')).toBe(events + 2);
    const d = await call<ProjectDetail>(app, 'conversion:project', { projectId });
    expect(d.items.map((i) => [i.oldCircuitId, i.status])).toEqual([['E-1', 'authorized'], ['E-2', 'planned'], ['E-3', 'authorized']]);

    // The wrong role blocks every item, by name.
    const wrong = await call<{ outcomes: Array<{ message: string }>; doneCount: number }>(app, 'conversion:bulk', {
      projectId, itemIds: [ids[0]], action: { kind: 'step', step: 'order', byContactId: pat, on: '2014-01-07' },
    });
    expect(wrong.doneCount).toBe(0);
    expect(wrong.outcomes[0]!.message).toBe('Only the Customer Conversion Coordinator (Chris Coordinator) records the order (ATR 13-06); Pat Manager is the Customer Conversion Manager.');
    // A change of fields for many; one Form 20 for many.
    const set = await call<{ doneCount: number }>(app, 'conversion:bulk', { projectId, itemIds: ids, action: { kind: 'set', scheduledOn: '2014-01-20', preferredTimeframe: 'After hours' } });
    expect(set.doneCount).toBe(3);
    const f20 = await call<{ doneCount: number }>(app, 'conversion:bulk', { projectId, itemIds: ids, action: { kind: 'form20', status: 'in-progress' } });
    expect(f20.doneCount).toBe(3);
    const after = await call<ProjectDetail>(app, 'conversion:project', { projectId });
    expect(after.items.map((i) => [i.scheduledOn, i.preferredTimeframe, i.form20Status])).toEqual(ids.map(() => ['2014-01-20', 'After hours', 'in-progress']));
    void chris;
  });

  it('refuses the whole request when an id is not an item of the project, and writes nothing', async () => {
    const { app, projectId, pat } = await setUp();
    const { item: a } = await item(app, projectId, { oldCircuitId: 'B-1' });
    const audit = count(app, 'audit_log');
    const r = await app.dispatch('conversion:bulk', { projectId, itemIds: [a.id, 9999], action: { kind: 'step', step: 'authorize', byContactId: pat, on: '2014-01-06' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'not_found', path: '/itemIds/1' });
    expect(count(app, 'audit_log')).toBe(audit);
  });
});

describe('the board and the printable schedule', () => {
  it('counts, milestones, items at risk and the schedule as of today', async () => {
    const { app, projectId, pat, chris } = await setUp();
    const ids: ConversionItem[] = [];
    for (const c of ['S-1', 'S-2', 'S-3', 'S-4']) ids.push((await item(app, projectId, { oldCircuitId: c, scheduledOn: '2014-01-20' })).item);
    for (const i of ids.slice(0, 2)) {
      value(await step(app, { itemId: i.id, step: 'authorize', byContactId: pat, on: '2013-12-20' }));
      value(await step(app, { itemId: i.id, step: 'order', byContactId: chris, on: '2013-12-21' }));
      value(await step(app, { itemId: i.id, step: 'convert', byContactId: chris, on: '2013-12-30', newService: { use: 'same' } }));
    }
    const d = await call<ProjectDetail>(app, 'conversion:project', { projectId });
    expect(d.board.counts).toMatchObject({ total: 4, done: 2, byStatus: { planned: 2, authorized: 0, ordered: 0, converted: 2, disconnected: 0 } });
    // 50% of 4 = 2 done by Dec 31: met. 90% of 4 needs 4 by Jan 15 (5 days away): the two left are at risk.
    expect(d.board.milestones.map((m) => [m.label, m.needed, m.doneByDue, m.state])).toEqual([
      ['50% converted', 2, 2, 'met'], ['90% converted', 4, 2, 'open'], ['100% converted', 4, 2, 'open'],
    ]);
    expect(d.board.atRisk.map((a) => [a.oldCircuitId, a.risk.reason])).toEqual([
      ['S-3', 'Not ordered 5 days before the milestone "90% converted" (2014-01-15).'],
      ['S-4', 'Not ordered 5 days before the milestone "90% converted" (2014-01-15).'],
    ]);
    const s = await call<{ rows: Array<{ oldCircuitId: string; status: string; flags: string[] }>; agencyName: string; roles: unknown[] }>(app, 'conversion:schedule', { projectId });
    expect(s.agencyName).toBe('Dept. of Examples');
    expect(s.rows.map((r) => [r.oldCircuitId, r.status, r.flags.length])).toEqual([['S-1', 'Converted', 0], ['S-2', 'Converted', 0], ['S-3', 'Planned', 1], ['S-4', 'Planned', 1]]);
  });
});
