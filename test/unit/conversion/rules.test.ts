// The conversion rules (shared/conversion/rules.ts) against DOMAIN.md "CALNET 2 to CALNET 3
// conversion" and ATR Bulletin 13-06 (seed 001): the decision, who may act, and every blocked
// step's reason as the ATR reads it.
import { describe, expect, it } from 'vitest';
import {
  actorBlock,
  checkStep,
  dateBlock,
  decide,
  editOutcome,
  form20Block,
  newServiceBlock,
  rolesOf,
  sameService,
  statusAfter,
  stepBlock,
  stepStates,
  type RuleContext,
  type RuleItem,
} from '../../../shared/conversion/rules';

const ATT = 1;
const VERIZON = 2;
const names = new Map([
  [ATT, 'AT&T'],
  [VERIZON, 'Verizon'],
]);
const PAT = { contactId: 10, name: 'Pat Manager' };
const CHRIS = { contactId: 11, name: 'Chris Coordinator' };

const ctx = (over: Partial<RuleContext> = {}): RuleContext => ({
  agencyKind: 'non-exempt-state',
  contractorNames: names,
  atoOnFile: new Map(),
  roles: { manager: PAT, coordinator: CHRIS },
  today: '2014-01-10',
  ...over,
});

const item = (over: Partial<RuleItem> = {}): RuleItem => ({
  status: 'planned',
  incumbentContractorId: ATT,
  incumbentService: 'Centrex line',
  targetContractorId: null,
  targetService: '',
  disconnectNoticeOn: null,
  form20Status: 'none',
  form20On: null,
  authorizedOn: null,
  orderedOn: null,
  actualOn: null,
  oldDisconnectedOn: null,
  ...over,
});

const migration = (over: Partial<RuleItem> = {}) => item({ targetContractorId: VERIZON, targetService: 'Converged VoIP', ...over });

describe('the decision follows from incumbent vs target (ATR 13-06)', () => {
  it('same contractor and same service is a Transition, letter case and spacing aside', () => {
    const d = decide(item({ targetContractorId: ATT, targetService: '  centrex   LINE ' }), ctx());
    expect(d.decision).toBe('transition');
    expect(d.reason).toBe('Transition: the same service (Centrex line) with the same contractor (AT&T) (ATR 13-06). No Form 20; usually only the billing changes.');
    expect(sameService('Centrex line', 'Centrex lines')).toBe(false);
  });

  it('another contractor is a Migration, and says a Form 20 is required', () => {
    const d = decide(migration(), ctx());
    expect(d.decision).toBe('migration');
    expect(d.reason).toBe(
      'Migration: a different contractor (Verizon instead of AT&T) is an order for new service; the CALNET 3 User Instructions apply and a Form 20 is required (ATR 13-06).',
    );
    expect(d.target).toEqual({ contractorId: VERIZON, service: 'Converged VoIP' });
  });

  it('another service from the incumbent is a Migration too', () => {
    const d = decide(item({ targetContractorId: ATT, targetService: 'Converged VoIP' }), ctx());
    expect(d.decision).toBe('migration');
    expect(d.reason).toMatch(/^Migration: a different service \(Converged VoIP instead of Centrex line\) from the incumbent AT&T is an order for new service/);
  });

  it('a recorded disconnect notice is a Disconnect, whatever the target', () => {
    const d = decide(migration({ disconnectNoticeOn: '2013-12-20' }), ctx());
    expect(d.decision).toBe('disconnect');
    expect(d.reason).toBe('Disconnect: the agency sent AT&T a disconnect notice on 2013-12-20, so this service is not converted (ATR 13-06).');
    expect(d.target).toBeNull();
  });

  it("a non-exempt State agency's service with no target transitions automatically, to the incumbent's same service", () => {
    const d = decide(item(), ctx());
    expect(d.decision).toBe('transition');
    expect(d.target).toEqual({ contractorId: ATT, service: 'Centrex line' });
    expect(d.reason).toMatch(/^Transition \(automatic\): a non-exempt State agency's services move to the same service with the same contractor \(AT&T\) unless the incumbent receives a disconnect notice first/);
  });

  it('an exempt State agency and a Non-State Entity opt in: no target is Undecided, saying what to choose', () => {
    const exempt = decide(item(), ctx({ agencyKind: 'exempt-state' }));
    expect(exempt.decision).toBeNull();
    expect(exempt.label).toBe('Undecided');
    expect(exempt.reason).toBe(
      'Undecided. An exempt State agency converts its services at its option (ATR 13-06): choose the target contractor and service (the same ones for a Transition) or record a disconnect notice.',
    );
    expect(decide(item(), ctx({ agencyKind: 'non-state-entity' })).reason).toMatch(/^Undecided\. A Non-State Entity \(local government\) converts its services at its option/);
    // Opting in to a Transition: the same contractor and service, chosen.
    expect(decide(item({ targetContractorId: ATT, targetService: 'Centrex line' }), ctx({ agencyKind: 'exempt-state' })).decision).toBe('transition');
  });

  it('half a target is undecided, naming the half that is missing', () => {
    expect(decide(item({ targetContractorId: VERIZON }), ctx()).reason).toBe('Undecided: choose the target service with Verizon too (the same service, for a Transition).');
    expect(decide(item({ targetService: 'Converged VoIP' }), ctx()).reason).toBe('Undecided: choose the target contractor too (the incumbent, for a Transition).');
  });
});

describe('who may act', () => {
  it('only the Conversion Manager authorizes', () => {
    expect(actorBlock('authorize', PAT.contactId, PAT.name, ctx().roles)).toBeNull();
    expect(actorBlock('authorize', CHRIS.contactId, CHRIS.name, ctx().roles)).toBe(
      'Only the Customer Conversion Manager (Pat Manager) authorizes a transition or migration (ATR 13-06); Chris Coordinator is the Customer Conversion Coordinator.',
    );
    expect(actorBlock('authorize', 99, 'Sam Other', ctx().roles)).toBe(
      'Only the Customer Conversion Manager (Pat Manager) authorizes a transition or migration (ATR 13-06); Sam Other holds no conversion role in this project.',
    );
  });

  it('the Coordinator records order, conversion and disconnect; the Manager alone does not', () => {
    expect(actorBlock('order', CHRIS.contactId, CHRIS.name, ctx().roles)).toBeNull();
    expect(actorBlock('convert', PAT.contactId, PAT.name, ctx().roles)).toBe(
      'Only the Customer Conversion Coordinator (Chris Coordinator) records the conversion (ATR 13-06); Pat Manager is the Customer Conversion Manager.',
    );
  });

  it('one person may hold both roles and then takes every step', () => {
    const both = { manager: PAT, coordinator: PAT };
    expect(rolesOf(PAT.contactId, both)).toEqual(['manager', 'coordinator']);
    for (const step of ['authorize', 'order', 'convert', 'disconnect'] as const) expect(actorBlock(step, PAT.contactId, PAT.name, both)).toBeNull();
  });

  it('a role not yet named blocks its steps until it is', () => {
    expect(actorBlock('authorize', PAT.contactId, PAT.name, { manager: null, coordinator: CHRIS })).toBe(
      'Name the Customer Conversion Manager first: only the Customer Conversion Manager authorizes a transition or migration (ATR 13-06).',
    );
    const states = stepStates(item(), ctx({ roles: { manager: null, coordinator: CHRIS } }));
    expect(states[0]).toEqual({
      step: 'authorize',
      allowed: false,
      reason: 'Name the Customer Conversion Manager first: only the Customer Conversion Manager authorizes a transition or migration (ATR 13-06).',
      roles: ['manager'],
    });
  });
});

describe('each blocked step says which rule blocks it', () => {
  it('planned → authorized: an undecided item (opt-in) is not authorized', () => {
    expect(stepBlock('authorize', item(), ctx({ agencyKind: 'non-state-entity' }))).toMatch(/^Undecided\. A Non-State Entity \(local government\) converts its services at its option/);
    expect(stepBlock('authorize', item(), ctx())).toBeNull();
  });

  it('a Disconnect is not authorized, ordered or converted', () => {
    const d = item({ disconnectNoticeOn: '2013-12-20' });
    expect(stepBlock('authorize', d, ctx())).toBe('A service with a disconnect notice is not converted, so there is nothing to authorize: record the disconnect once it is done.');
    expect(stepBlock('order', d, ctx())).toBe('A service with a disconnect notice is not ordered: record the disconnect once it is done.');
    expect(stepBlock('convert', d, ctx())).toBe('A service with a disconnect notice is not converted: record the disconnect instead.');
    expect(stepBlock('disconnect', d, ctx())).toBeNull();
  });

  it("only the Manager's authorization lets an item be ordered", () => {
    expect(stepBlock('order', item(), ctx())).toBe("Not authorized yet: only the Customer Conversion Manager's authorization lets an item be ordered (ATR 13-06).");
  });

  it('a Migration needs a completed Form 20 before it is ordered', () => {
    const m = migration({ status: 'authorized', authorizedOn: '2014-01-02' });
    expect(stepBlock('order', m, ctx())).toBe('A Migration is an order for new service: its Form 20 must be completed before it is ordered (ATR 13-06). The Form 20 is not started.');
    expect(stepBlock('order', { ...m, form20Status: 'in-progress' }, ctx())).toMatch(/The Form 20 is in progress\.$/);
    expect(stepBlock('order', { ...m, form20Status: 'completed', form20On: '2014-01-03' }, ctx())).toBeNull();
    // A Transition needs none.
    expect(stepBlock('order', item({ status: 'authorized', authorizedOn: '2014-01-02' }), ctx())).toBeNull();
  });

  it('a Non-State Entity needs an ATO on file for the target contractor before ordering, Transition or Migration', () => {
    const nse = ctx({ agencyKind: 'non-state-entity' });
    const m = migration({ status: 'authorized', authorizedOn: '2014-01-02', form20Status: 'completed', form20On: '2014-01-03' });
    expect(stepBlock('order', m, nse)).toBe(
      'A Non-State Entity must have an Authorization to Order (ATO) on file for Verizon before it orders from that contractor (ATR 13-06). Record the ATO first.',
    );
    // An ATO for the incumbent does not cover the new contractor.
    expect(stepBlock('order', m, { ...nse, atoOnFile: new Map([[ATT, '2013-12-01']]) })).toMatch(/on file for Verizon/);
    expect(stepBlock('order', m, { ...nse, atoOnFile: new Map([[VERIZON, '2013-12-01']]) })).toBeNull();
    const t = item({ status: 'authorized', authorizedOn: '2014-01-02', targetContractorId: ATT, targetService: 'Centrex line' });
    expect(stepBlock('order', t, nse)).toMatch(/on file for AT&T before it orders/);
    // A State agency needs none.
    expect(stepBlock('order', m, ctx())).toBeNull();
  });

  it('convert needs an order; a step already taken says when', () => {
    expect(stepBlock('convert', item({ status: 'authorized' }), ctx())).toBe('Not ordered yet: an item is converted after it is ordered.');
    expect(stepBlock('convert', item(), ctx())).toBe('Not ordered yet: an item is converted after it is authorized and ordered.');
    expect(stepBlock('convert', item({ status: 'ordered', orderedOn: '2014-01-05' }), ctx())).toBeNull();
    expect(stepBlock('authorize', item({ status: 'ordered', orderedOn: '2014-01-05' }), ctx())).toBe('This item is already ordered (on 2014-01-05).');
    expect(stepBlock('convert', item({ status: 'converted', actualOn: '2014-01-08' }), ctx())).toBe('This item is already converted (on 2014-01-08).');
  });

  it('disconnect: a Transition without a notice is refused (it would transition automatically); a converted item records its old service once', () => {
    expect(stepBlock('disconnect', item(), ctx())).toBe(
      "Only a service with a disconnect notice is disconnected without a replacement: record the disconnect notice first (a non-exempt State agency's services otherwise transition automatically, ATR 13-06).",
    );
    expect(stepBlock('disconnect', item({ status: 'ordered' }), ctx())).toBe("This item is ordered: record its conversion when the replacement is accepted, then the old service's disconnect.");
    expect(stepBlock('disconnect', item({ status: 'converted', actualOn: '2014-01-08' }), ctx())).toBeNull();
    expect(stepBlock('disconnect', item({ status: 'converted', actualOn: '2014-01-08', oldDisconnectedOn: '2014-01-09' }), ctx())).toBe(
      'The old service was already recorded as disconnected on 2014-01-09.',
    );
    expect(stepBlock('disconnect', item({ status: 'converted', actualOn: '2014-01-08', keptCircuit: true }), ctx())).toBe(
      'This Transition kept its circuit: there is no separate old service to disconnect.',
    );
    expect(statusAfter('disconnect', 'converted')).toBe('converted');
    expect(statusAfter('disconnect', 'planned')).toBe('disconnected');
  });

  it('steps are dated when they happened, in order, never after today', () => {
    const c = ctx();
    expect(dateBlock('authorize', '2014-01-11', item(), c)).toBe('The date 2014-01-11 is after today (2014-01-10): record a step once it has happened.');
    const m = migration({ status: 'authorized', authorizedOn: '2014-01-04', form20Status: 'completed', form20On: '2014-01-06' });
    expect(dateBlock('order', '2014-01-03', m, c)).toBe('The date 2014-01-03 is before the authorization (2014-01-04).');
    expect(dateBlock('order', '2014-01-05', m, c)).toBe('The date 2014-01-05 is before the Form 20 was completed (2014-01-06).');
    const nse = ctx({ agencyKind: 'non-state-entity', atoOnFile: new Map([[VERIZON, '2014-01-08']]) });
    expect(dateBlock('order', '2014-01-07', m, nse)).toBe('The date 2014-01-07 is before the ATO for Verizon went on file (2014-01-08).');
    expect(dateBlock('order', '2014-01-08', m, nse)).toBeNull();
    expect(dateBlock('convert', '2014-01-01', item({ status: 'ordered', orderedOn: '2014-01-02' }), c)).toBe('The date 2014-01-01 is before the order (2014-01-02).');
  });

  it('checkStep reads the item first, then the role, then the date', () => {
    const m = migration({ status: 'authorized', authorizedOn: '2014-01-04' });
    expect(checkStep('order', m, ctx(), { contactId: PAT.contactId, name: PAT.name, on: '2014-01-20' })).toMatch(/^A Migration is an order for new service/);
    const ready = { ...m, form20Status: 'completed' as const, form20On: '2014-01-05' };
    expect(checkStep('order', ready, ctx(), { contactId: PAT.contactId, name: PAT.name, on: '2014-01-20' })).toMatch(/^Only the Customer Conversion Coordinator/);
    expect(checkStep('order', ready, ctx(), { contactId: CHRIS.contactId, name: CHRIS.name, on: '2014-01-20' })).toMatch(/after today/);
    expect(checkStep('order', ready, ctx(), { contactId: CHRIS.contactId, name: CHRIS.name, on: '2014-01-06' })).toBeNull();
  });
});

describe('editing an item', () => {
  it('a planned item changes freely; an authorized one goes back to planned when its target changes; an ordered one keeps its target', () => {
    const c = ctx();
    expect(editOutcome(item(), migration(), c)).toEqual({ refused: null, withdrawsAuthorization: false });
    expect(editOutcome(item({ status: 'authorized' }), migration({ status: 'authorized' }), c)).toEqual({ refused: null, withdrawsAuthorization: true });
    // Notes and dates are not the decision: no change to the authorization.
    expect(editOutcome(migration({ status: 'authorized' }), migration({ status: 'authorized', targetService: 'converged  voip' }), c)).toEqual({ refused: null, withdrawsAuthorization: false });
    expect(editOutcome(item({ status: 'ordered' }), migration({ status: 'ordered' }), c).refused).toBe(
      'This item is ordered: its target and disconnect notice can no longer change (the order was placed for that target).',
    );
    expect(editOutcome(item({ status: 'disconnected', disconnectNoticeOn: '2013-12-20' }), item({ status: 'disconnected' }), c).refused).toMatch(/the service was disconnected\)\.$/);
  });
});

describe('Form 20', () => {
  it('completed needs its date, never after today; an ordered Migration keeps it completed and dated before the order', () => {
    const c = ctx();
    expect(form20Block(migration(), 'completed', null, c)).toBe('A completed Form 20 needs the date it was completed.');
    expect(form20Block(migration(), 'completed', '2014-01-11', c)).toBe('The Form 20 date 2014-01-11 is after today (2014-01-10).');
    expect(form20Block(migration(), 'in-progress', null, c)).toBeNull();
    const ordered = migration({ status: 'ordered', orderedOn: '2014-01-06', form20Status: 'completed', form20On: '2014-01-05' });
    expect(form20Block(ordered, 'none', null, c)).toBe('This Migration was ordered on 2014-01-06 with its completed Form 20: the Form 20 stays completed.');
    expect(form20Block(ordered, 'completed', '2014-01-07', c)).toBe("The Form 20 date 2014-01-07 is after the order date (2014-01-06): a Migration's Form 20 is completed before it is ordered.");
    expect(form20Block(ordered, 'completed', '2014-01-04', c)).toBeNull();
  });
});

describe('the new service of a conversion', () => {
  const linked = (over: Partial<RuleItem> = {}) => ({ ...item({ status: 'ordered', ...over }), serviceId: 5 });
  it('a Migration needs a new service; a Transition may keep its circuit', () => {
    expect(newServiceBlock(linked({ targetContractorId: VERIZON, targetService: 'Converged VoIP' }), { use: 'same' }, ctx())).toBe(
      'A Migration is an order for new service: choose the new service or enter it (only a Transition keeps its circuit).',
    );
    expect(newServiceBlock(linked(), { use: 'same' }, ctx())).toBeNull();
  });

  it("the new service is the target contractor's, in service, and not the old one", () => {
    const m = linked({ targetContractorId: VERIZON, targetService: 'Converged VoIP' });
    expect(newServiceBlock(m, { use: 'existing', service: { id: 7, contractorId: ATT, circuitId: 'ATT-9', retiredOn: null } }, ctx())).toBe('ATT-9 is with AT&T, but this item goes to Verizon.');
    expect(newServiceBlock(m, { use: 'existing', service: { id: 7, contractorId: VERIZON, circuitId: 'VZ-9', retiredOn: '2014-01-01' } }, ctx())).toBe(
      'VZ-9 was retired on 2014-01-01: choose a service in service.',
    );
    expect(newServiceBlock(linked(), { use: 'existing', service: { id: 5, contractorId: ATT, circuitId: 'OLD-5', retiredOn: null } }, ctx())).toBe(
      'OLD-5 is the old service itself: for a Transition that keeps its circuit, choose "same service".',
    );
    expect(newServiceBlock(m, { use: 'new', service: { id: null, contractorId: VERIZON, circuitId: 'VZ-10', retiredOn: null } }, ctx())).toBeNull();
  });
});
