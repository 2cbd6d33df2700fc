// The conversion rules (DOMAIN.md "CALNET 2 to CALNET 3 conversion"; ATR Bulletin 13-06, December
// 20, 2013). Pure: an item, the agency's kind, the roles, the ATOs and today in; a decision, the
// steps allowed and, for each blocked step, the rule that blocks it in words an ATR understands.
// The main process refuses a step with exactly the reason given here, and the screens show it.
import { daysBetweenDates } from '../calendar/civil';
import {
  DECISION_LABELS,
  FORM20_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  UNDECIDED_LABEL,
  type AgencyKind,
  type ConversionDecision,
  type ConversionRole,
  type ConversionStatus,
  type ConversionStep,
  type Form20Status,
} from './types';

const BULLETIN = 'ATR 13-06';

/** What the rules read of an item. */
export interface RuleItem {
  status: ConversionStatus;
  incumbentContractorId: number;
  incumbentService: string;
  targetContractorId: number | null;
  targetService: string;
  disconnectNoticeOn: string | null;
  form20Status: Form20Status;
  form20On: string | null;
  authorizedOn: string | null;
  orderedOn: string | null;
  /** Converted (replacement accepted) or disconnected on. */
  actualOn: string | null;
  oldDisconnectedOn: string | null;
  /** Converted as a Transition that kept its circuit: the old service is the new one (no second bill, nothing to disconnect). */
  keptCircuit?: boolean;
}

/** The project's two roles: the contact holding each (one person may hold both), or null while open. */
export interface RoleHolders {
  manager: { contactId: number; name: string } | null;
  coordinator: { contactId: number; name: string } | null;
}

export interface RuleContext {
  agencyKind: AgencyKind;
  /** Contractor names by id, for the messages. */
  contractorNames: ReadonlyMap<number, string>;
  /** The date each contractor's ATO went on file (Non-State Entities), by contractor id. */
  atoOnFile: ReadonlyMap<number, string>;
  roles: RoleHolders;
  /** The agency's date today. */
  today: string;
}

export interface Decision {
  decision: ConversionDecision | null;
  label: string;
  reason: string;
  /** The contractor and service the item goes to (the incumbent's for an automatic Transition), or null when undecided or disconnected. */
  target: { contractorId: number; service: string } | null;
}

const name = (ctx: Pick<RuleContext, 'contractorNames'>, id: number) => ctx.contractorNames.get(id) ?? `contractor #${id}`;

/** Services are the same when their names match, letter case and spacing aside ("Centrex  line" = "centrex line"). */
export function sameService(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** The agency converts at its option (exempt State agency, Non-State Entity) rather than automatically. */
export function optsIn(kind: AgencyKind): boolean {
  return kind !== 'non-exempt-state';
}

function optInReason(kind: AgencyKind): string {
  const who = kind === 'non-state-entity' ? 'A Non-State Entity (local government)' : 'An exempt State agency';
  return `${who} converts its services at its option (${BULLETIN}): choose the target contractor and service (the same ones for a Transition) or record a disconnect notice.`;
}

/**
 * The decision follows from incumbent vs target (ATR 13-06): a recorded disconnect notice is a
 * Disconnect; the same contractor and the same service is a Transition; a different contractor or
 * a different service is a Migration. With no target chosen, a non-exempt State agency's service
 * transitions automatically; an exempt State agency's or a Non-State Entity's stays undecided.
 */
export function decide(item: Pick<RuleItem, 'incumbentContractorId' | 'incumbentService' | 'targetContractorId' | 'targetService' | 'disconnectNoticeOn'>, ctx: Pick<RuleContext, 'agencyKind' | 'contractorNames'>): Decision {
  if (item.disconnectNoticeOn !== null) {
    return {
      decision: 'disconnect',
      label: DECISION_LABELS.disconnect,
      reason: `Disconnect: the agency sent ${name(ctx, item.incumbentContractorId)} a disconnect notice on ${item.disconnectNoticeOn}, so this service is not converted (${BULLETIN}).`,
      target: null,
    };
  }
  const noTarget = item.targetContractorId === null && item.targetService.trim() === '';
  if (noTarget) {
    if (optsIn(ctx.agencyKind)) return { decision: null, label: UNDECIDED_LABEL, reason: `Undecided. ${optInReason(ctx.agencyKind)}`, target: null };
    return {
      decision: 'transition',
      label: DECISION_LABELS.transition,
      reason: `Transition (automatic): a non-exempt State agency's services move to the same service with the same contractor (${name(ctx, item.incumbentContractorId)}) unless the incumbent receives a disconnect notice first (${BULLETIN}). No Form 20.`,
      target: { contractorId: item.incumbentContractorId, service: item.incumbentService },
    };
  }
  if (item.targetContractorId === null) {
    return { decision: null, label: UNDECIDED_LABEL, reason: 'Undecided: choose the target contractor too (the incumbent, for a Transition).', target: null };
  }
  if (item.targetService.trim() === '') {
    return { decision: null, label: UNDECIDED_LABEL, reason: `Undecided: choose the target service with ${name(ctx, item.targetContractorId)} too (the same service, for a Transition).`, target: null };
  }
  const target = { contractorId: item.targetContractorId, service: item.targetService };
  const sameContractor = item.targetContractorId === item.incumbentContractorId;
  if (sameContractor && sameService(item.incumbentService, item.targetService)) {
    return {
      decision: 'transition',
      label: DECISION_LABELS.transition,
      reason: `Transition: the same service (${item.incumbentService}) with the same contractor (${name(ctx, item.incumbentContractorId)}) (${BULLETIN}). No Form 20; usually only the billing changes.`,
      target,
    };
  }
  const why = sameContractor
    ? `a different service (${item.targetService} instead of ${item.incumbentService}) from the incumbent ${name(ctx, item.incumbentContractorId)}`
    : `a different contractor (${name(ctx, item.targetContractorId)} instead of ${name(ctx, item.incumbentContractorId)})`;
  return {
    decision: 'migration',
    label: DECISION_LABELS.migration,
    reason: `Migration: ${why} is an order for new service; the CALNET 3 User Instructions apply and a Form 20 is required (${BULLETIN}).`,
    target,
  };
}

// ---------------------------------------------------------------------------------------------
// Roles

/**
 * What each role may do in the app (ATR 13-06): the Manager authorizes transitions and migrations;
 * the Coordinator coordinates them with the contractors, so records the order, the conversion and
 * the disconnect. A department that names one person for both roles gives that person every step.
 */
export const ROLE_STEPS: Record<ConversionRole, readonly ConversionStep[]> = {
  manager: ['authorize'],
  coordinator: ['order', 'convert', 'disconnect'],
};

export function rolesFor(step: ConversionStep): ConversionRole[] {
  return (Object.keys(ROLE_STEPS) as ConversionRole[]).filter((r) => ROLE_STEPS[r].includes(step));
}

/** The roles a contact holds in the project. */
export function rolesOf(contactId: number, roles: RoleHolders): ConversionRole[] {
  return (['manager', 'coordinator'] as const).filter((r) => roles[r]?.contactId === contactId);
}

/** Why this contact may not take the step, or null when they may. */
export function actorBlock(step: ConversionStep, contactId: number, actorName: string, roles: RoleHolders): string | null {
  const needed = rolesFor(step)[0]!;
  const holder = roles[needed];
  const duty = step === 'authorize' ? 'authorizes a transition or migration' : `records the ${step === 'order' ? 'order' : step === 'convert' ? 'conversion' : 'disconnect'}`;
  if (holder === null) return `Name the ${ROLE_LABELS[needed]} first: only the ${ROLE_LABELS[needed]} ${duty} (${BULLETIN}).`;
  if (holder.contactId === contactId) return null;
  const held = rolesOf(contactId, roles);
  const is = held.length === 0 ? 'holds no conversion role in this project' : `is the ${held.map((r) => ROLE_LABELS[r]).join(' and ')}`;
  return `Only the ${ROLE_LABELS[needed]} (${holder.name}) ${duty} (${BULLETIN}); ${actorName} ${is}.`;
}

// ---------------------------------------------------------------------------------------------
// Steps

const lower = (s: ConversionStatus) => STATUS_LABELS[s].toLowerCase();

function already(item: RuleItem): string {
  const when = item.status === 'authorized' ? item.authorizedOn : item.status === 'ordered' ? item.orderedOn : item.actualOn;
  return `This item is already ${lower(item.status)}${when ? ` (on ${when})` : ''}.`;
}

/** Why the item, as it stands, cannot take the step (whoever acts), or null when it can. */
export function stepBlock(step: ConversionStep, item: RuleItem, ctx: RuleContext): string | null {
  const d = decide(item, ctx);
  switch (step) {
    case 'authorize':
      if (item.status !== 'planned') return already(item);
      if (d.decision === null) return d.reason;
      if (d.decision === 'disconnect') return 'A service with a disconnect notice is not converted, so there is nothing to authorize: record the disconnect once it is done.';
      return null;
    case 'order':
      if (item.status === 'planned') {
        if (d.decision === 'disconnect') return 'A service with a disconnect notice is not ordered: record the disconnect once it is done.';
        return `Not authorized yet: only the Customer Conversion Manager's authorization lets an item be ordered (${BULLETIN}).`;
      }
      if (item.status !== 'authorized') return already(item);
      if (d.decision === null) return d.reason;
      if (d.decision === 'disconnect') return 'A service with a disconnect notice is not ordered: record the disconnect once it is done.';
      if (d.decision === 'migration' && item.form20Status !== 'completed') {
        return `A Migration is an order for new service: its Form 20 must be completed before it is ordered (${BULLETIN}). The Form 20 is ${FORM20_LABELS[item.form20Status].toLowerCase()}.`;
      }
      if (ctx.agencyKind === 'non-state-entity' && d.target && !ctx.atoOnFile.has(d.target.contractorId)) {
        return `A Non-State Entity must have an Authorization to Order (ATO) on file for ${name(ctx, d.target.contractorId)} before it orders from that contractor (${BULLETIN}). Record the ATO first.`;
      }
      return null;
    case 'convert':
      if (item.status === 'planned' || item.status === 'authorized') {
        if (d.decision === 'disconnect') return 'A service with a disconnect notice is not converted: record the disconnect instead.';
        return `Not ordered yet: an item is converted after it is ${item.status === 'planned' ? 'authorized and ' : ''}ordered.`;
      }
      if (item.status !== 'ordered') return already(item);
      return null;
    case 'disconnect':
      if (item.status === 'converted') {
        if (item.keptCircuit) return 'This Transition kept its circuit: there is no separate old service to disconnect.';
        if (item.oldDisconnectedOn !== null) return `The old service was already recorded as disconnected on ${item.oldDisconnectedOn}.`;
        return null;
      }
      if (item.status === 'disconnected') return already(item);
      if (item.status === 'ordered') return 'This item is ordered: record its conversion when the replacement is accepted, then the old service\'s disconnect.';
      if (d.decision !== 'disconnect') {
        return `Only a service with a disconnect notice is disconnected without a replacement: record the disconnect notice first${ctx.agencyKind === 'non-exempt-state' ? ` (a non-exempt State agency's services otherwise transition automatically, ${BULLETIN})` : ''}.`;
      }
      return null;
  }
}

/** Why the step cannot be dated `on`, or null when the date fits (steps record what happened, in order). */
export function dateBlock(step: ConversionStep, on: string, item: RuleItem, ctx: RuleContext): string | null {
  if (on > ctx.today) return `The date ${on} is after today (${ctx.today}): record a step once it has happened.`;
  const before = (label: string, date: string | null) => (date !== null && on < date ? `The date ${on} is before the ${label} (${date}).` : null);
  switch (step) {
    case 'authorize':
      return null;
    case 'order': {
      const d = decide(item, ctx);
      const form20 = d.decision === 'migration' ? before('Form 20 was completed', item.form20On) : null;
      const ato = ctx.agencyKind === 'non-state-entity' && d.target ? before(`ATO for ${name(ctx, d.target.contractorId)} went on file`, ctx.atoOnFile.get(d.target.contractorId) ?? null) : null;
      return before('authorization', item.authorizedOn) ?? form20 ?? ato;
    }
    case 'convert':
      return before('order', item.orderedOn);
    case 'disconnect':
      return item.status === 'converted' ? null : before('disconnect notice', item.disconnectNoticeOn);
  }
}

/** The whole check for a step taken by a contact on a date: the item's rule first, then the role, then the date. */
export function checkStep(step: ConversionStep, item: RuleItem, ctx: RuleContext, act: { contactId: number; name: string; on: string }): string | null {
  return stepBlock(step, item, ctx) ?? actorBlock(step, act.contactId, act.name, ctx.roles) ?? dateBlock(step, act.on, item, ctx);
}

export interface StepState {
  step: ConversionStep;
  allowed: boolean;
  reason: string | null;
  roles: ConversionRole[];
}

/** Every step and whether the item can take it now (by whoever holds its role). */
export function stepStates(item: RuleItem, ctx: RuleContext): StepState[] {
  return (['authorize', 'order', 'convert', 'disconnect'] as const).map((step) => {
    const role = rolesFor(step)[0]!;
    const holder = ctx.roles[role];
    const reason = stepBlock(step, item, ctx) ?? (holder === null ? actorBlock(step, 0, '', ctx.roles) : null);
    return { step, allowed: reason === null, reason, roles: rolesFor(step) };
  });
}

/** The status a step moves the item to. A converted item's disconnect (its old service's) leaves it converted. */
export function statusAfter(step: ConversionStep, status: ConversionStatus): ConversionStatus {
  switch (step) {
    case 'authorize':
      return 'authorized';
    case 'order':
      return 'ordered';
    case 'convert':
      return 'converted';
    case 'disconnect':
      return status === 'converted' ? 'converted' : 'disconnected';
  }
}

// ---------------------------------------------------------------------------------------------
// Editing an item, Form 20

export interface EditOutcome {
  /** Why the change is refused, or null. */
  refused: string | null;
  /** The change undoes the Manager's authorization (the decision or target changed): the item goes back to planned. */
  withdrawsAuthorization: boolean;
}

/**
 * What changing an item's decision inputs does. Before an order they may change, but a change to an
 * authorized item's decision or target needs the Manager's authorization again; once ordered (or
 * converted, or disconnected) they are fixed: the order was placed for that target.
 */
export function editOutcome(before: RuleItem, after: RuleItem, ctx: Pick<RuleContext, 'agencyKind' | 'contractorNames'>): EditOutcome {
  const a = decide(before, ctx);
  const b = decide(after, ctx);
  const changed =
    a.decision !== b.decision ||
    (a.target?.contractorId ?? null) !== (b.target?.contractorId ?? null) ||
    !sameService(a.target?.service ?? '', b.target?.service ?? '') ||
    before.disconnectNoticeOn !== after.disconnectNoticeOn;
  if (!changed) return { refused: null, withdrawsAuthorization: false };
  if (before.status === 'planned') return { refused: null, withdrawsAuthorization: false };
  if (before.status === 'authorized') return { refused: null, withdrawsAuthorization: true };
  return {
    refused: `This item is ${lower(before.status)}: its target and disconnect notice can no longer change (the ${before.status === 'disconnected' ? 'service was disconnected' : 'order was placed for that target'}).`,
    withdrawsAuthorization: false,
  };
}

/** Why a Form 20 record is refused, or null. A completed Form 20 needs its date; an ordered Migration keeps its completed Form 20. */
export function form20Block(item: RuleItem, status: Form20Status, on: string | null, ctx: Pick<RuleContext, 'today' | 'agencyKind' | 'contractorNames'>): string | null {
  if (status === 'completed' && on === null) return 'A completed Form 20 needs the date it was completed.';
  if (on !== null && on > ctx.today) return `The Form 20 date ${on} is after today (${ctx.today}).`;
  const ordered = item.status === 'ordered' || item.status === 'converted';
  if (ordered && item.form20Status === 'completed' && status !== 'completed' && decide(item, ctx).decision === 'migration') {
    return `This Migration was ordered on ${item.orderedOn ?? '?'} with its completed Form 20: the Form 20 stays completed.`;
  }
  if (ordered && status === 'completed' && on !== null && item.orderedOn !== null && on > item.orderedOn && decide(item, ctx).decision === 'migration') {
    return `The Form 20 date ${on} is after the order date (${item.orderedOn}): a Migration's Form 20 is completed before it is ordered.`;
  }
  return null;
}

/** Days from today to a date (negative when the date has passed). */
export function daysUntil(today: string, date: string): number {
  return daysBetweenDates(today, date);
}

/** The new service a conversion names, as the rule reads it. */
export interface NewServiceFacts {
  use: 'existing' | 'new' | 'same';
  /** For 'existing' and 'new': the service's contractor, Circuit ID, id ('new': null) and retirement date. */
  service?: { id: number | null; contractorId: number; circuitId: string; retiredOn: string | null };
}

/**
 * Why the new service does not fit the item, or null. A Migration is a new service, so it needs one
 * (existing or entered); a Transition may keep its circuit ('same'). The new service is with the
 * item's target contractor, in service, and is not the old service itself.
 */
export function newServiceBlock(item: RuleItem & { serviceId: number | null }, choice: NewServiceFacts, ctx: Pick<RuleContext, 'agencyKind' | 'contractorNames'>): string | null {
  const d = decide(item, ctx);
  if (choice.use === 'same') {
    if (d.decision === 'migration') return 'A Migration is an order for new service: choose the new service or enter it (only a Transition keeps its circuit).';
    return null;
  }
  const s = choice.service;
  if (!s) return 'Choose the new service.';
  if (s.id !== null && s.id === item.serviceId) return `${s.circuitId} is the old service itself: for a Transition that keeps its circuit, choose "same service".`;
  if (s.retiredOn !== null) return `${s.circuitId} was retired on ${s.retiredOn}: choose a service in service.`;
  if (d.target && s.contractorId !== d.target.contractorId) {
    return `${s.circuitId} is with ${name(ctx, s.contractorId)}, but this item goes to ${name(ctx, d.target.contractorId)}.`;
  }
  return null;
}
