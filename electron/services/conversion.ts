// The conversion tracker over the agency's data (issue 12; DOMAIN.md "CALNET 2 to CALNET 3
// conversion"). Reads the rows (repositories/conversion.ts), applies the rules of
// shared/conversion (decision, steps, parallel billing, board) as of the clock's today, and
// writes each change with its audit rows and its dated event in one transaction. A step the rules
// block is refused with the rule's own words and nothing is written.
import { toUtcIso } from '../../shared/calendar/instant';
import { conversionBoard, scheduleRows, type BoardItem } from '../../shared/conversion/board';
import { parallelBilling } from '../../shared/conversion/parallelBilling';
import {
  actorBlock,
  dateBlock,
  decide,
  editOutcome,
  form20Block,
  newServiceBlock,
  rolesOf,
  ROLE_STEPS,
  statusAfter,
  stepBlock,
  stepStates,
  type RoleHolders,
  type RuleContext,
} from '../../shared/conversion/rules';
import { TEMPLATES, templateById } from '../../shared/conversion/templates';
import { CONVERSION_ROLES, FORM20_LABELS, ROLE_DUTIES, ROLE_LABELS, STATUS_LABELS, type ConversionStep } from '../../shared/conversion/types';
import type {
  AtoRecord,
  BulkAction,
  ConversionItem,
  ConversionSchedule,
  ConversionTemplate,
  ItemDetail,
  ItemDraft,
  MilestoneDraft,
  ProjectDetail,
  ProjectDraft,
  RoleAssignment,
  StepRequest,
} from '../../shared/ipc/conversion';
import type { Db } from './db/open';
import { AppError, notFound } from './errors';
import { getAgency } from './repositories/agency';
import { agencyDates } from './repositories/agencyDates';
import * as repo from './repositories/conversion';
import { createService, retireService, setReplacedBy } from './repositories/services';

/** The clock's instant as stored text and the agency's date today. */
interface Now {
  at: string;
  today: string;
}
function nowOf(db: Db, nowMs: number): Now {
  return { at: toUtcIso(nowMs), today: agencyDates(db).dateOf(nowMs) };
}

export function listTemplates(): ConversionTemplate[] {
  return TEMPLATES.map((t) => ({
    id: t.id, name: t.name, oldProgram: t.oldProgram, newProgram: t.newProgram, oldContractEnd: t.oldContractEnd,
    newContractAward: t.newContractAward, surveyDue: t.surveyDue, source: t.source, milestones: t.milestones, milestoneNote: t.milestoneNote ?? '',
  }));
}

// ---------------------------------------------------------------------------------------------
// Reading: the rules applied to every item of a project

function roleHolders(records: readonly repo.RoleRecord[]): RoleHolders {
  const of = (role: 'manager' | 'coordinator') => {
    const r = records.find((x) => x.role === role);
    return r ? { contactId: r.contactId, name: r.name } : null;
  };
  return { manager: of('manager'), coordinator: of('coordinator') };
}

function ruleContext(db: Db, projectId: number, today: string): RuleContext {
  const atos = repo.atos(db);
  return {
    agencyKind: getAgency(db).kind,
    contractorNames: new Map(atos.map((a) => [a.contractorId, a.contractorName])),
    atoOnFile: new Map(atos.flatMap((a) => (a.onFileOn === null ? [] : [[a.contractorId, a.onFileOn] as [number, string]]))),
    roles: roleHolders(repo.roles(db, projectId)),
    today,
  };
}

/** The old service was disconnected on: as recorded on the item, else the linked service's retirement (retired from the services screen). */
function oldDisconnectedOn(r: repo.ItemRecord): string | null {
  const kept = r.serviceId !== null && r.newServiceId === r.serviceId;
  return r.oldDisconnectedOn ?? (r.serviceId !== null && !kept ? r.serviceRetiredOn : null);
}

/** Converted as a Transition that kept its circuit: the same row, or (no row linked) no new row named. */
const keptCircuit = (r: repo.ItemRecord) => r.status === 'converted' && (r.serviceId !== null ? r.newServiceId === r.serviceId : r.newServiceId === null);

/** The item as the rules read it. */
const ruleItem = (r: repo.ItemRecord) => ({ ...r, keptCircuit: keptCircuit(r) });

function parallelOf(r: repo.ItemRecord, today: string) {
  return parallelBilling(
    { status: r.status, actualOn: r.actualOn, oldDisconnectedOn: oldDisconnectedOn(r), oldTmrcCents: r.oldTmrcCents, keptSameService: keptCircuit(r) },
    today,
  );
}

interface Loaded {
  project: repo.ProjectRecord;
  milestones: repo.MilestoneRecord[];
  roles: repo.RoleRecord[];
  ctx: RuleContext;
  items: ConversionItem[];
  board: ReturnType<typeof conversionBoard>;
}

function load(db: Db, projectId: number, today: string, path = '/projectId'): Loaded {
  const project = repo.project(db, projectId, path);
  const milestones = repo.milestones(db, projectId);
  const roles = repo.roles(db, projectId);
  const ctx = ruleContext(db, projectId, today);
  const rows = repo.items(db, projectId);
  const worked = rows.map((r) => ({ r, d: decide(r, ctx), pb: parallelOf(r, today) }));
  const boardItems: BoardItem[] = worked.map(({ r, d, pb }) => ({ id: r.id, oldCircuitId: r.oldCircuitId, decision: d.decision, status: r.status, scheduledOn: r.scheduledOn, actualOn: r.actualOn, parallelBilling: pb }));
  const board = conversionBoard(boardItems, milestones, project, today);
  const risks = new Map(board.atRisk.map((a) => [a.itemId, a.risk]));
  const items = worked.map(({ r, d, pb }) => ({
    id: r.id, projectId: r.projectId, oldCircuitId: r.oldCircuitId, serviceId: r.serviceId, serviceCircuitId: r.serviceCircuitId, serviceRetiredOn: r.serviceRetiredOn,
    incumbentContractorId: r.incumbentContractorId, incumbentContractorName: r.incumbentContractorName, incumbentService: r.incumbentService, site: r.site,
    oldTmrcCents: r.oldTmrcCents, targetContractorId: r.targetContractorId, targetContractorName: r.targetContractorName, targetService: r.targetService,
    decision: d.decision, decisionLabel: d.label, decisionReason: d.reason,
    status: r.status, statusLabel: STATUS_LABELS[r.status],
    form20Status: r.form20Status, form20On: r.form20On, form20Required: d.decision === 'migration',
    newCircuitId: r.newCircuitId, newServiceId: r.newServiceId, preferredTimeframe: r.preferredTimeframe, scheduledOn: r.scheduledOn,
    authorizedOn: r.authorizedOn, orderedOn: r.orderedOn, orderReference: r.orderReference, actualOn: r.actualOn,
    oldDisconnectedOn: oldDisconnectedOn(r), disconnectNoticeOn: r.disconnectNoticeOn, notes: r.notes,
    steps: stepStates(ruleItem(r), ctx), parallelBilling: pb, atRisk: risks.get(r.id) ?? null,
    createdAt: r.createdAt, updatedAt: r.updatedAt,
  }));
  return { project, milestones, roles, ctx, items, board };
}

function roleAssignments(records: readonly repo.RoleRecord[]): RoleAssignment[] {
  return CONVERSION_ROLES.map((role) => {
    const r = records.find((x) => x.role === role);
    return {
      role, title: ROLE_LABELS[role], duties: [...ROLE_DUTIES[role]], steps: [...ROLE_STEPS[role]],
      contactId: r?.contactId ?? null, name: r?.name ?? '', phone: r?.phone ?? '', email: r?.email ?? '',
    };
  });
}

export function listProjects(db: Db) {
  return repo.projects(db);
}

export function projectDetail(db: Db, id: number, nowMs: number, path = '/projectId'): ProjectDetail {
  const { today, at } = nowOf(db, nowMs);
  const l = load(db, id, today, path);
  const kind = l.ctx.agencyKind;
  return {
    project: l.project, milestones: l.milestones, roles: roleAssignments(l.roles), items: l.items, board: l.board,
    agencyKind: kind, atoRequired: kind === 'non-state-entity', atos: repo.atos(db), computedAt: at,
  };
}

export function itemDetail(db: Db, id: number, nowMs: number, path = '/id'): ItemDetail {
  const r = repo.item(db, id, path);
  const { items } = load(db, r.projectId, nowOf(db, nowMs).today);
  return { item: items.find((i) => i.id === id)!, events: repo.events(db, id) };
}

// ---------------------------------------------------------------------------------------------
// Projects, milestones, roles, ATOs

function checkProjectDates(p: ProjectDraft): void {
  if (p.newContractAward !== null && p.newContractAward > p.oldContractEnd) {
    throw new AppError('invalid', `The new contract award (${p.newContractAward}) must be on or before the old contract's end (${p.oldContractEnd})`, '/project/newContractAward');
  }
}

export type CreateProjectRequest =
  | { from: 'template'; templateId: string; name?: string | undefined }
  | { from: 'blank'; project: ProjectDraft; milestones: MilestoneDraft[] };

export function createProject(db: Db, req: CreateProjectRequest, nowMs: number): number {
  const { at } = nowOf(db, nowMs);
  return db.transaction(() => {
    if (req.from === 'template') {
      const t = templateById(req.templateId);
      if (!t) throw new AppError('not_found', `There is no conversion template "${req.templateId}"; the shipped one is ${TEMPLATES.map((x) => x.id).join(', ')}`, '/templateId');
      const id = repo.insertProject(
        db,
        { name: req.name?.trim() || t.name, oldProgram: t.oldProgram, newProgram: t.newProgram, oldContractEnd: t.oldContractEnd, newContractAward: t.newContractAward, surveyDue: t.surveyDue, note: '', templateId: t.id, source: t.source },
        at,
      );
      repo.replaceMilestones(db, id, t.milestones, at);
      return id;
    }
    checkProjectDates(req.project);
    const id = repo.insertProject(db, { ...req.project, templateId: null, source: '' }, at);
    repo.replaceMilestones(db, id, req.milestones, at);
    return id;
  })();
}

export function updateProject(db: Db, id: number, d: ProjectDraft, nowMs: number): void {
  db.transaction(() => {
    repo.project(db, id);
    checkProjectDates(d);
    repo.updateProject(db, id, d, nowOf(db, nowMs).at);
  })();
}

export function setMilestones(db: Db, projectId: number, list: MilestoneDraft[], nowMs: number): void {
  db.transaction(() => {
    repo.project(db, projectId, '/projectId');
    repo.replaceMilestones(db, projectId, list, nowOf(db, nowMs).at);
  })();
}

export function setRoles(db: Db, projectId: number, managerContactId: number | null, coordinatorContactId: number | null, nowMs: number): void {
  const { at } = nowOf(db, nowMs);
  db.transaction(() => {
    repo.project(db, projectId, '/projectId');
    for (const [role, contactId, path] of [['manager', managerContactId, '/managerContactId'], ['coordinator', coordinatorContactId, '/coordinatorContactId']] as const) {
      if (contactId !== null && repo.contactName(db, contactId) === null) throw notFound('The contact', path);
      repo.setRole(db, projectId, role, contactId, at);
    }
  })();
}

export function setAto(db: Db, contractorId: number, v: { onFileOn: string | null; reference: string; note: string }, nowMs: number): AtoRecord {
  const { at, today } = nowOf(db, nowMs);
  return db.transaction(() => {
    if (!repo.contractorExists(db, contractorId)) throw notFound('The contractor', '/contractorId');
    if (v.onFileOn !== null && v.onFileOn > today) throw new AppError('invalid', `ATO date ${v.onFileOn} is after today (${today}): record an ATO once it is on file`, '/onFileOn');
    repo.setAto(db, contractorId, v, at);
    return repo.atos(db).find((a) => a.contractorId === contractorId)!;
  })();
}

// ---------------------------------------------------------------------------------------------
// Items

/** The item's fields from a draft, checked against the project and the other records; `prefix` is the draft's place in the request. */
function itemFields(db: Db, projectId: number, d: ItemDraft, exceptId: number | null, prefix = ''): repo.ItemFields {
  if (!repo.contractorExists(db, d.incumbentContractorId)) throw notFound('The incumbent contractor', `${prefix}/incumbentContractorId`);
  if (d.targetContractorId !== null && !repo.contractorExists(db, d.targetContractorId)) throw notFound('The target contractor', `${prefix}/targetContractorId`);
  let tmrc = d.oldTmrc;
  if (d.serviceId !== null) {
    const s = repo.serviceFacts(db, d.serviceId);
    if (!s) throw notFound('The linked service', `${prefix}/serviceId`);
    if (s.contractorId !== d.incumbentContractorId) {
      throw new AppError('invalid', `The linked service ${s.circuitId} is not with the incumbent contractor chosen`, `${prefix}/serviceId`);
    }
    const other = repo.itemOfService(db, projectId, d.serviceId, exceptId);
    if (other) throw new AppError('duplicate', `Service ${s.circuitId} is already item ${other.oldCircuitId} of this project`, `${prefix}/serviceId`);
    tmrc ??= s.tmrcCents;
  }
  if (repo.itemByOldCircuit(db, projectId, d.incumbentContractorId, d.oldCircuitId, exceptId) !== null) {
    throw new AppError('duplicate', `Old Circuit ID ${d.oldCircuitId} is already in this project for that contractor`, `${prefix}/oldCircuitId`);
  }
  return {
    oldCircuitId: d.oldCircuitId, serviceId: d.serviceId, incumbentContractorId: d.incumbentContractorId, incumbentService: d.incumbentService,
    site: d.site, oldTmrcCents: tmrc ?? 0, targetContractorId: d.targetContractorId, targetService: d.targetService, newCircuitId: d.newCircuitId,
    preferredTimeframe: d.preferredTimeframe, scheduledOn: d.scheduledOn, disconnectNoticeOn: d.disconnectNoticeOn, notes: d.notes,
  };
}

function checkNoticeDate(d: { disconnectNoticeOn: string | null }, today: string, prefix = ''): void {
  if (d.disconnectNoticeOn !== null && d.disconnectNoticeOn > today) {
    throw new AppError('invalid', `Disconnect notice date ${d.disconnectNoticeOn} is after today (${today}): record the notice once it is sent`, `${prefix}/disconnectNoticeOn`);
  }
}

const ATR = { byContactId: null, byName: '', byRoles: [] as const };

export function createItem(db: Db, projectId: number, d: ItemDraft, nowMs: number): number {
  const { at, today } = nowOf(db, nowMs);
  return db.transaction(() => {
    repo.project(db, projectId, '/projectId');
    checkNoticeDate(d, today);
    const id = repo.insertItem(db, projectId, itemFields(db, projectId, d, null), at);
    repo.insertEvent(db, { itemId: id, kind: 'created', on: today, ...ATR, detail: '' }, at);
    return id;
  })();
}

/** Creates every row or none (an import's confirmed rows). */
export function createItems(db: Db, projectId: number, drafts: readonly ItemDraft[], nowMs: number): number {
  const { at, today } = nowOf(db, nowMs);
  return db.transaction(() => {
    repo.project(db, projectId, '/projectId');
    drafts.forEach((d, i) => {
      const prefix = `/rows/${i}`;
      let fields: repo.ItemFields;
      try {
        checkNoticeDate(d, today, prefix);
        fields = itemFields(db, projectId, d, null, prefix);
      } catch (e) {
        if (e instanceof AppError) throw new AppError(e.code, `Row ${i + 1}: ${e.message}`, e.path);
        throw e;
      }
      const id = repo.insertItem(db, projectId, fields, at);
      repo.insertEvent(db, { itemId: id, kind: 'imported', on: today, ...ATR, detail: '' }, at);
    });
    return drafts.length;
  })();
}

const FIELD_LABELS: Partial<Record<keyof repo.ItemFields, string>> = {
  oldCircuitId: 'old Circuit ID', serviceId: 'linked service', incumbentContractorId: 'incumbent', incumbentService: 'incumbent service', site: 'site',
  oldTmrcCents: 'old TMRC', targetContractorId: 'target contractor', targetService: 'target service', newCircuitId: 'new Circuit ID',
  preferredTimeframe: 'preferred timeframe', scheduledOn: 'scheduled date', disconnectNoticeOn: 'disconnect notice', notes: 'notes',
};

/** Applies a change of typed fields under the edit rule (an ordered item keeps its target; an authorized one goes back to planned). */
function applyEdit(db: Db, before: repo.ItemRecord, fields: Partial<repo.ItemFields>, ctx: RuleContext, at: string, prefix = ''): string {
  const after = { ...before, ...fields };
  const outcome = editOutcome(before, after, ctx);
  if (outcome.refused) throw new AppError('refused', outcome.refused, `${prefix}/targetContractorId`);
  const changed = (Object.keys(fields) as Array<keyof repo.ItemFields>).filter((k) => fields[k] !== before[k]);
  if (changed.length === 0) return 'Nothing changed';
  const change: repo.ItemChange = Object.fromEntries(changed.map((k) => [k, fields[k]]));
  if (outcome.withdrawsAuthorization) Object.assign(change, { status: 'planned', authorizedOn: null });
  repo.updateItem(db, before.id, change, at);
  const detail = `Changed ${changed.map((k) => FIELD_LABELS[k] ?? k).join(', ')}${outcome.withdrawsAuthorization ? '; the authorization is withdrawn: the Customer Conversion Manager authorizes the new target again' : ''}`;
  repo.insertEvent(db, { itemId: before.id, kind: 'updated', on: ctx.today, ...ATR, detail }, at);
  return detail;
}

export function updateItem(db: Db, id: number, d: ItemDraft, nowMs: number): void {
  const { at, today } = nowOf(db, nowMs);
  db.transaction(() => {
    const before = repo.item(db, id);
    checkNoticeDate(d, today);
    const fields = itemFields(db, before.projectId, d, id);
    if (before.status !== 'planned' && (fields.oldCircuitId !== before.oldCircuitId || fields.incumbentContractorId !== before.incumbentContractorId || fields.serviceId !== before.serviceId)) {
      throw new AppError('refused', `This item is ${STATUS_LABELS[before.status].toLowerCase()}: its old Circuit ID, incumbent and linked service no longer change`, '/oldCircuitId');
    }
    applyEdit(db, before, fields, ruleContext(db, before.projectId, today), at);
  })();
}

function writeForm20(db: Db, r: repo.ItemRecord, status: repo.ItemRecord['form20Status'], on: string | null, note: string, ctx: RuleContext, at: string, prefix = ''): string {
  const refused = form20Block(r, status, on, ctx);
  if (refused) throw new AppError('refused', refused, `${prefix}${status === 'completed' && on === null ? '/on' : '/status'}`);
  repo.updateItem(db, r.id, { form20Status: status, form20On: on }, at);
  const detail = `Form 20 ${FORM20_LABELS[status].toLowerCase()}${on ? ` (${on})` : ''}${note ? `: ${note}` : ''}`;
  repo.insertEvent(db, { itemId: r.id, kind: 'form20', on: on ?? ctx.today, ...ATR, detail }, at);
  return detail;
}

export function recordForm20(db: Db, itemId: number, status: repo.ItemRecord['form20Status'], on: string | null, note: string, nowMs: number): void {
  const { at, today } = nowOf(db, nowMs);
  db.transaction(() => {
    const r = repo.item(db, itemId, '/itemId');
    writeForm20(db, r, status, on, note, ruleContext(db, r.projectId, today), at);
  })();
}

// ---------------------------------------------------------------------------------------------
// Steps

type Act = { step: ConversionStep; byContactId: number; on: string; note: string } & Partial<Omit<Extract<StepRequest, { step: 'convert' }>, 'step' | 'itemId' | 'byContactId' | 'on' | 'note'>> & {
    orderReference?: string;
  };

const PAST: Record<ConversionStep, string> = { authorize: 'Authorized', order: 'Ordered', convert: 'Converted', disconnect: 'Disconnected' };
const EVENT_OF: Record<ConversionStep, 'authorized' | 'ordered' | 'converted' | 'disconnected'> = { authorize: 'authorized', order: 'ordered', convert: 'converted', disconnect: 'disconnected' };

/** Prefixes a nested write's field path with the request's place for it. */
function within<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.code, e.message, prefix + (e.path === '/retiredOn' ? '' : e.path), e.issues);
    throw e;
  }
}

/** Takes one step on one item, or throws the rule that blocks it (nothing written). Answers what was done. */
function applyStep(db: Db, r: repo.ItemRecord, act: Act, ctx: RuleContext, at: string): string {
  const actorName = repo.contactName(db, act.byContactId);
  if (actorName === null) throw notFound('The contact', '/byContactId');
  const itemRule = stepBlock(act.step, ruleItem(r), ctx);
  if (itemRule) throw new AppError('refused', itemRule, '/step');
  const roleRule = actorBlock(act.step, act.byContactId, actorName, ctx.roles);
  if (roleRule) throw new AppError('refused', roleRule, '/byContactId');
  const dateRule = dateBlock(act.step, act.on, r, ctx);
  if (dateRule) throw new AppError('refused', dateRule, '/on');

  const change: repo.ItemChange = { status: statusAfter(act.step, r.status) };
  let detail = '';
  switch (act.step) {
    case 'authorize':
      change.authorizedOn = act.on;
      detail = decide(r, ctx).label;
      break;
    case 'order':
      change.orderedOn = act.on;
      change.orderReference = act.orderReference ?? '';
      detail = act.orderReference ? `Order ${act.orderReference}` : '';
      break;
    case 'convert': {
      const converted = convert(db, r, act, ctx, at);
      Object.assign(change, converted.change);
      detail = converted.detail;
      break;
    }
    case 'disconnect':
      change.oldDisconnectedOn = act.on;
      if (r.status !== 'converted') change.actualOn = act.on;
      detail = r.status === 'converted' ? 'Old service disconnected' : 'Service disconnected (disconnect notice)';
      if (r.serviceId !== null && r.serviceId !== r.newServiceId && r.serviceRetiredOn === null) {
        within('/on', () => retireService(db, r.serviceId!, act.on, at));
        detail += `; ${r.serviceCircuitId} retired on ${act.on}`;
      }
      break;
  }
  repo.updateItem(db, r.id, change, at);
  const byRoles = rolesOf(act.byContactId, ctx.roles);
  const full = [detail, act.note].filter((s) => s !== '').join('. ');
  repo.insertEvent(db, { itemId: r.id, kind: EVENT_OF[act.step], on: act.on, byContactId: act.byContactId, byName: actorName, byRoles, detail: full }, at);
  return `${PAST[act.step]} on ${act.on}${detail ? ` (${detail})` : ''}`;
}

/**
 * Converting names the new service (an existing row, a new row, or the same row for a Transition
 * that keeps its circuit), links the old service to it so the new circuit's history starts with
 * the old one's, and retires the old service on the day it was disconnected, if given; while it
 * stays active the item shows parallel billing.
 */
function convert(db: Db, r: repo.ItemRecord, act: Act, ctx: RuleContext, at: string): { change: repo.ItemChange; detail: string } {
  const choice = act.newService!;
  let facts: { id: number | null; contractorId: number; circuitId: string; retiredOn: string | null } | undefined;
  if (choice.use === 'existing') {
    const s = repo.serviceFacts(db, choice.serviceId);
    if (!s) throw notFound('The new service', '/newService/serviceId');
    facts = s;
  } else if (choice.use === 'new') {
    facts = { id: null, contractorId: choice.service.contractorId, circuitId: choice.service.circuitId, retiredOn: null };
  }
  const fit = newServiceBlock(r, { use: choice.use, ...(facts ? { service: facts } : {}) }, ctx);
  if (fit) throw new AppError('refused', fit, choice.use === 'existing' ? '/newService/serviceId' : choice.use === 'new' ? '/newService/service/contractorId' : '/newService/use');
  if (act.oldDisconnectedOn && act.oldDisconnectedOn > ctx.today) {
    throw new AppError('refused', `The old service's disconnect date ${act.oldDisconnectedOn} is after today (${ctx.today}): leave it empty until it is disconnected`, '/oldDisconnectedOn');
  }
  let newId: number | null;
  let newCircuit: string;
  if (choice.use === 'same') {
    newId = r.serviceId;
    newCircuit = r.newCircuitId || r.serviceCircuitId || r.oldCircuitId;
  } else if (choice.use === 'existing') {
    newId = facts!.id;
    newCircuit = facts!.circuitId;
  } else {
    const made = within('/newService/service', () => createService(db, choice.service, at));
    newId = made.id;
    newCircuit = made.circuitId;
  }
  let detail = choice.use === 'same' ? `Kept ${newCircuit}` : `New service ${newCircuit}`;
  const oldId = r.serviceId;
  if (oldId !== null && newId !== null && newId !== oldId) {
    setReplacedBy(db, oldId, newId, at);
    detail += `; ${r.serviceCircuitId}'s history carries over`;
    if (act.oldDisconnectedOn && r.serviceRetiredOn === null) {
      within('/oldDisconnectedOn', () => retireService(db, oldId, act.oldDisconnectedOn!, at));
      detail += `; ${r.serviceCircuitId} retired on ${act.oldDisconnectedOn}`;
    }
  }
  const keptSame = choice.use === 'same';
  return {
    change: { actualOn: act.on, newServiceId: newId, newCircuitId: newCircuit, oldDisconnectedOn: keptSame ? null : (act.oldDisconnectedOn ?? null) },
    detail,
  };
}

export function takeStep(db: Db, req: StepRequest, nowMs: number): void {
  const { at, today } = nowOf(db, nowMs);
  db.transaction(() => {
    const r = repo.item(db, req.itemId, '/itemId');
    applyStep(db, r, req as Act, ruleContext(db, r.projectId, today), at);
  })();
}

// ---------------------------------------------------------------------------------------------
// Bulk

export interface BulkOutcome {
  itemId: number;
  oldCircuitId: string;
  done: boolean;
  message: string;
}

/**
 * One change or step for many items of a project, in one transaction: each item is tried on its own
 * (a savepoint), so the blocked ones are left as they were and answer the rule that blocked them.
 * An id that is not an item of the project refuses the whole request (nothing written).
 */
export function bulk(db: Db, projectId: number, itemIds: readonly number[], action: BulkAction, nowMs: number): BulkOutcome[] {
  const { at, today } = nowOf(db, nowMs);
  return db.transaction(() => {
    repo.project(db, projectId, '/projectId');
    const rows = itemIds.map((id, i) => {
      const r = repo.item(db, id, `/itemIds/${i}`);
      if (r.projectId !== projectId) throw new AppError('invalid', `Item ${r.oldCircuitId} is not in this project`, `/itemIds/${i}`);
      return r;
    });
    const ctx = ruleContext(db, projectId, today);
    if (action.kind === 'step' && repo.contactName(db, action.byContactId) === null) throw notFound('The contact', '/action/byContactId');
    if (action.kind === 'set') {
      if (action.targetContractorId != null && !repo.contractorExists(db, action.targetContractorId)) throw notFound('The target contractor', '/action/targetContractorId');
      checkNoticeDate({ disconnectNoticeOn: action.disconnectNoticeOn ?? null }, today, '/action');
    }
    const seen = new Set<number>();
    return rows.map((r0): BulkOutcome => {
      const base = { itemId: r0.id, oldCircuitId: r0.oldCircuitId };
      if (seen.has(r0.id)) return { ...base, done: false, message: 'Listed twice: taken once' };
      seen.add(r0.id);
      try {
        const message = db.transaction(() => {
          const r = repo.item(db, r0.id);
          if (action.kind === 'step') return applyStep(db, r, { ...action, step: action.step }, ctx, at);
          if (action.kind === 'form20') return writeForm20(db, r, action.status, action.on, '', ctx, at);
          const fields: Partial<repo.ItemFields> = {};
          if (action.targetContractorId !== undefined) fields.targetContractorId = action.targetContractorId;
          if (action.targetService !== undefined) fields.targetService = action.targetService;
          if (action.preferredTimeframe !== undefined) fields.preferredTimeframe = action.preferredTimeframe;
          if (action.scheduledOn !== undefined) fields.scheduledOn = action.scheduledOn;
          if (action.disconnectNoticeOn !== undefined) fields.disconnectNoticeOn = action.disconnectNoticeOn;
          return applyEdit(db, r, fields, ctx, at);
        })();
        return { ...base, done: message !== 'Nothing changed', message };
      } catch (e) {
        if (e instanceof AppError) return { ...base, done: false, message: e.message };
        throw e;
      }
    });
  })();
}

// ---------------------------------------------------------------------------------------------
// Schedule

export function schedule(db: Db, projectId: number, nowMs: number): ConversionSchedule {
  const { at, today } = nowOf(db, nowMs);
  const l = load(db, projectId, today);
  return {
    agencyName: getAgency(db).name,
    project: l.project,
    roles: roleAssignments(l.roles),
    milestones: l.board.milestones,
    rows: scheduleRows(l.items),
    generatedAt: at,
    today,
  };
}
