// The conversion screens as data: which items a filter keeps, each step's row (done, allowed, or
// blocked with the rule's reason), the words of the board, and the forms' values to and from the
// channels' requests. Pure. Every decision, status, reason, risk and figure comes from the
// conversion channels (shared/conversion decides them); nothing here applies a rule again.
// Tested in test/unit/renderer/conversion/model.test.ts.
import { DECISION_LABELS, FORM20_LABELS, ROLE_LABELS, STATUS_LABELS, STEP_LABELS, UNDECIDED_LABEL } from '../../shared/conversion/types';
import type { ConversionDecision, ConversionRole, ConversionStatus, ConversionStep, Form20Status } from '../../shared/conversion/types';
import type { IpcError } from '../../shared/ipc/contract';
import type {
  AtoRecord, ConversionItem, ConversionProject, ItemDraftInput, ItemEvent, MilestoneProgress, ProjectDraft, RoleAssignment,
} from '../../shared/ipc/conversion';
import { centsToDollars } from '../../shared/money';
import { errorIssues, mapFieldErrors, noErrors, pointerSegments, withLabel, type FormErrors } from '../ui/fieldErrors';
import { dateLabel } from '../services/model';

export { dateLabel };

/** Every table the conversion screens read: any of them written, they ask again. */
export const CONVERSION_TABLES = [
  'conversion_projects', 'conversion_milestones', 'conversion_roles', 'conversion_atos', 'conversion_items', 'conversion_item_events',
  'services', 'contacts', 'contractors', 'agency',
] as const;

// ---------------------------------------------------------------------------------------------
// Filters

export type DecisionFilter = ConversionDecision | 'undecided';
export type FlagFilter = 'at-risk' | 'parallel-billing' | 'form20-needed';

export interface ItemFilters {
  text: string;
  decision: DecisionFilter | null;
  status: ConversionStatus | null;
  form20: Form20Status | null;
  flag: FlagFilter | null;
}

export const NO_FILTERS: ItemFilters = { text: '', decision: null, status: null, form20: null, flag: null };

export const DECISION_CHOICES: { value: DecisionFilter; label: string }[] = [
  { value: 'transition', label: DECISION_LABELS.transition },
  { value: 'migration', label: DECISION_LABELS.migration },
  { value: 'disconnect', label: DECISION_LABELS.disconnect },
  { value: 'undecided', label: UNDECIDED_LABEL },
];

export const FLAG_LABELS: Record<FlagFilter, string> = {
  'at-risk': 'At risk',
  'parallel-billing': 'Parallel billing',
  'form20-needed': 'Form 20 still needed',
};

export function filtersActive(f: ItemFilters): boolean {
  return f.text.trim() !== '' || f.decision !== null || f.status !== null || f.form20 !== null || f.flag !== null;
}

function hasFlag(i: ConversionItem, flag: FlagFilter): boolean {
  switch (flag) {
    case 'at-risk':
      return i.atRisk !== null;
    case 'parallel-billing':
      return i.parallelBilling !== null;
    case 'form20-needed':
      return i.form20Required && i.form20Status !== 'completed';
  }
}

/** The items a filter keeps, in the order given. The search looks at every text the table shows. */
export function filterItems(items: readonly ConversionItem[], f: ItemFilters): ConversionItem[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((i) => {
    if (f.decision !== null && (i.decision ?? 'undecided') !== f.decision) return false;
    if (f.status !== null && i.status !== f.status) return false;
    if (f.form20 !== null && i.form20Status !== f.form20) return false;
    if (f.flag !== null && !hasFlag(i, f.flag)) return false;
    if (words.length === 0) return true;
    const hay = [
      i.oldCircuitId, i.newCircuitId, i.serviceCircuitId ?? '', i.site, i.incumbentContractorName, i.incumbentService,
      i.targetContractorName ?? '', i.targetService, i.preferredTimeframe, i.notes, i.orderReference,
    ].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The selection kept to the items still shown (a filter or a refetch may hide some). */
export function visibleSelection(selected: readonly number[], shown: readonly ConversionItem[]): number[] {
  const ids = new Set(shown.map((i) => i.id));
  return selected.filter((id) => ids.has(id));
}

// ---------------------------------------------------------------------------------------------
// Words

/** "in 5 days", "today", "3 days ago". */
export function daysText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function decisionText(i: Pick<ConversionItem, 'decision'>): string {
  return i.decision ? DECISION_LABELS[i.decision] : UNDECIDED_LABEL;
}

/** Where the item goes, as the table says it. An automatic Transition goes to the same contractor and service. */
export function targetText(i: Pick<ConversionItem, 'decision' | 'targetContractorName' | 'targetService'>): string {
  if (i.decision === 'disconnect') return '—';
  if (i.targetContractorName) return i.targetService ? `${i.targetContractorName}: ${i.targetService}` : i.targetContractorName;
  if (i.decision === 'transition') return 'Same contractor and service';
  return i.targetService || '';
}

/** "Completed Jan 3, 2014", "In progress", "Not needed" (a Transition with none recorded). */
export function form20Text(i: Pick<ConversionItem, 'form20Status' | 'form20On' | 'form20Required'>): string {
  if (!i.form20Required && i.form20Status === 'none') return 'Not needed';
  return `${FORM20_LABELS[i.form20Status]}${i.form20On ? ` ${dateLabel(i.form20On)}` : ''}`;
}

/**
 * The ATO on file for the contractor the item goes to (Non-State Entities), or null when the agency
 * needs none or the item has no target contractor yet. A look-up of what is recorded, not a rule:
 * the order step's own answer says whether it is blocked.
 */
export function atoText(i: Pick<ConversionItem, 'targetContractorId'>, atos: readonly AtoRecord[], atoRequired: boolean): string | null {
  if (!atoRequired || i.targetContractorId === null) return null;
  const a = atos.find((x) => x.contractorId === i.targetContractorId);
  return a?.onFileOn ? `On file ${dateLabel(a.onFileOn)}` : 'None on file';
}

export function milestoneStateText(m: Pick<MilestoneProgress, 'state'>): string {
  return m.state === 'met' ? 'Met' : m.state === 'missed' ? 'Missed' : 'Open';
}

/** "7 of 10 items done by Jan 15, 2014" (done on or before its date), with today's count while it is open. */
export function milestoneProgressText(m: MilestoneProgress): string {
  const by = `${m.doneByDue} of ${m.needed} item${m.needed === 1 ? '' : 's'} needed done by ${dateLabel(m.dueOn)}`;
  if (m.state === 'open') return `${m.doneNow} of ${m.needed} item${m.needed === 1 ? '' : 's'} needed done so far, ${daysText(m.daysLeft)}`;
  return by;
}

/** The bar's share, 0–100: done by the date (open: done now) over needed. */
export function milestoneShare(m: MilestoneProgress): number {
  const done = m.state === 'open' ? m.doneNow : m.doneByDue;
  return m.needed === 0 ? 100 : Math.min(100, Math.round((done / m.needed) * 100));
}

export const EVENT_LABELS: Record<ItemEvent['kind'], string> = {
  created: 'Logged',
  imported: 'Imported from CSV',
  updated: 'Changed',
  form20: 'Form 20',
  authorized: 'Authorized',
  ordered: 'Ordered',
  converted: 'Converted',
  disconnected: 'Disconnected',
};

/** "Alex Rivera, Customer Conversion Manager"; '' when the ATR recorded it (no role). */
export function byText(e: Pick<ItemEvent, 'byName' | 'byRoles'>): string {
  if (!e.byName) return '';
  return e.byRoles.length > 0 ? `${e.byName}, ${e.byRoles.map((r) => ROLE_LABELS[r]).join(' and ')}` : e.byName;
}

/** "2 done, 1 blocked" */
export function outcomeSummary(doneCount: number, blockedCount: number): string {
  return `${doneCount} done, ${blockedCount} blocked`;
}

export function programsText(p: Pick<ConversionProject, 'oldProgram' | 'newProgram'>): string {
  return `${p.oldProgram} → ${p.newProgram}`;
}

// ---------------------------------------------------------------------------------------------
// Steps

export interface StepRow {
  step: ConversionStep;
  label: string;
  /** done: the date is on record; allowed: may be taken now; blocked: `reason` says which rule. */
  state: 'done' | 'allowed' | 'blocked';
  /** Blocked behind an earlier step that is itself blocked or still to take: shown quieter. */
  later: boolean;
  on: string | null;
  reason: string | null;
  /** Who may take it: "Customer Conversion Manager, Alex Rivera". */
  who: string;
}

/** The date a step is on record for, or null: what the item says happened. */
function doneOn(i: ConversionItem, step: ConversionStep): string | null {
  switch (step) {
    case 'authorize':
      return i.authorizedOn;
    case 'order':
      return i.orderedOn;
    case 'convert':
      return i.status === 'converted' ? i.actualOn : null;
    case 'disconnect':
      return i.oldDisconnectedOn;
  }
}

export function whoMay(roles: readonly ConversionRole[], holders: readonly RoleAssignment[]): string {
  return roles
    .map((r) => {
      const h = holders.find((x) => x.role === r);
      return h && h.contactId !== null ? `${ROLE_LABELS[r]}, ${h.name}` : `${ROLE_LABELS[r]} (not named yet)`;
    })
    .join(' or ');
}

/**
 * Each step of the item: done with its date, or as the rules answered it (allowed, or blocked with
 * the reason). A blocked step after the first step not yet done is `later`: its reason matters less
 * than the one in front of it. A converted item's disconnect is its old service's.
 */
export function stepRows(i: ConversionItem, holders: readonly RoleAssignment[]): StepRow[] {
  let pending = false;
  return i.steps.map((s) => {
    const on = doneOn(i, s.step);
    const state = on !== null && !s.allowed ? 'done' : s.allowed ? 'allowed' : 'blocked';
    const later = state === 'blocked' && pending;
    if (state !== 'done') pending = true;
    const label = s.step === 'disconnect' && i.status === 'converted' ? 'Disconnect the old service' : STEP_LABELS[s.step];
    return { step: s.step, label, state, later, on, reason: state === 'blocked' ? s.reason : null, who: whoMay(s.roles, holders) };
  });
}

/** The contact who holds the role a step needs, to choose first in the step's form; null when the role is open. */
export function defaultActor(roles: readonly ConversionRole[], holders: readonly RoleAssignment[]): number | null {
  for (const r of roles) {
    const h = holders.find((x) => x.role === r);
    if (h && h.contactId !== null) return h.contactId;
  }
  return null;
}

export const STEP_TITLES: Record<ConversionStep, string> = {
  authorize: 'Authorize the conversion',
  order: 'Record the order',
  convert: 'Record the conversion',
  disconnect: 'Record the disconnect',
};

// ---------------------------------------------------------------------------------------------
// The item form

export interface ItemForm {
  oldCircuitId: string;
  serviceId: string;
  incumbentContractorId: string;
  incumbentService: string;
  site: string;
  oldTmrc: string;
  targetContractorId: string;
  targetService: string;
  newCircuitId: string;
  preferredTimeframe: string;
  scheduledOn: string;
  disconnectNoticeOn: string;
  notes: string;
}
export type ItemField = keyof ItemForm;

export const ITEM_FIELD_LABELS: Record<ItemField, string> = {
  oldCircuitId: 'Old Circuit ID',
  serviceId: 'Service on file',
  incumbentContractorId: 'Incumbent contractor',
  incumbentService: 'Incumbent service',
  site: 'Site',
  oldTmrc: 'Old TMRC',
  targetContractorId: 'Target contractor',
  targetService: 'Target service',
  newCircuitId: 'New Circuit ID',
  preferredTimeframe: 'Preferred timeframe',
  scheduledOn: 'Scheduled date',
  disconnectNoticeOn: 'Disconnect notice date',
  notes: 'Notes',
};

export function emptyItemForm(): ItemForm {
  return {
    oldCircuitId: '', serviceId: '', incumbentContractorId: '', incumbentService: '', site: '', oldTmrc: '', targetContractorId: '',
    targetService: '', newCircuitId: '', preferredTimeframe: '', scheduledOn: '', disconnectNoticeOn: '', notes: '',
  };
}

export function formFromItem(i: ConversionItem): ItemForm {
  return {
    oldCircuitId: i.oldCircuitId,
    serviceId: i.serviceId === null ? '' : String(i.serviceId),
    incumbentContractorId: String(i.incumbentContractorId),
    incumbentService: i.incumbentService,
    site: i.site,
    oldTmrc: centsToDollars(i.oldTmrcCents).toFixed(2),
    targetContractorId: i.targetContractorId === null ? '' : String(i.targetContractorId),
    targetService: i.targetService,
    newCircuitId: i.newCircuitId,
    preferredTimeframe: i.preferredTimeframe,
    scheduledOn: i.scheduledOn ?? '',
    disconnectNoticeOn: i.disconnectNoticeOn ?? '',
    notes: i.notes,
  };
}

const idOrNull = (s: string) => (s === '' ? null : Number(s));
const dateOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The request's draft: empty choices and dates are null; the seam checks the rest and names the field. */
export function draftFromForm(f: ItemForm): ItemDraftInput {
  return {
    oldCircuitId: f.oldCircuitId,
    serviceId: idOrNull(f.serviceId),
    // 0 is no contractor: the seam answers "Incumbent contractor is required" beside the field.
    incumbentContractorId: f.incumbentContractorId === '' ? 0 : Number(f.incumbentContractorId),
    incumbentService: f.incumbentService,
    site: f.site,
    oldTmrc: f.oldTmrc.trim() === '' ? null : f.oldTmrc.trim(),
    targetContractorId: idOrNull(f.targetContractorId),
    targetService: f.targetService,
    newCircuitId: f.newCircuitId,
    preferredTimeframe: f.preferredTimeframe,
    scheduledOn: dateOrNull(f.scheduledOn),
    disconnectNoticeOn: dateOrNull(f.disconnectNoticeOn),
    notes: f.notes,
  };
}

// ---------------------------------------------------------------------------------------------
// The project form and milestones

export interface ProjectForm {
  name: string;
  oldProgram: string;
  newProgram: string;
  oldContractEnd: string;
  newContractAward: string;
  surveyDue: string;
  note: string;
}
export type ProjectField = keyof ProjectForm;

export const PROJECT_FIELD_LABELS: Record<ProjectField, string> = {
  name: 'Project name',
  oldProgram: 'Old program',
  newProgram: 'New program',
  oldContractEnd: 'Old contract end',
  newContractAward: 'New contract award',
  surveyDue: 'Survey due',
  note: 'Note',
};

export function emptyProjectForm(): ProjectForm {
  return { name: '', oldProgram: '', newProgram: '', oldContractEnd: '', newContractAward: '', surveyDue: '', note: '' };
}

export function formFromProject(p: ConversionProject): ProjectForm {
  return {
    name: p.name, oldProgram: p.oldProgram, newProgram: p.newProgram, oldContractEnd: p.oldContractEnd,
    newContractAward: p.newContractAward ?? '', surveyDue: p.surveyDue ?? '', note: p.note,
  };
}

export function draftFromProjectForm(f: ProjectForm): ProjectDraft {
  return {
    name: f.name, oldProgram: f.oldProgram, newProgram: f.newProgram, oldContractEnd: f.oldContractEnd.trim(),
    newContractAward: dateOrNull(f.newContractAward), surveyDue: dateOrNull(f.surveyDue), note: f.note,
  };
}

export interface MilestoneRow {
  /** A key for React that survives reordering and removal. */
  key: string;
  label: string;
  percent: string;
  dueOn: string;
}
export type MilestoneField = 'label' | 'percent' | 'dueOn';
export const MILESTONE_FIELD_LABELS: Record<MilestoneField, string> = { label: 'Milestone', percent: 'Percent', dueOn: 'Milestone date' };

let rowSeq = 0;
export function milestoneRow(m: { label: string; percent: number | string; dueOn: string } = { label: '', percent: '', dueOn: '' }): MilestoneRow {
  return { key: `m${++rowSeq}`, label: m.label, percent: String(m.percent), dueOn: m.dueOn };
}

/** The rows as the channel takes them; a percent that is not a number goes as null so the seam names it. */
export function milestoneDrafts(rows: readonly MilestoneRow[]): Array<{ label: string; percent: number; dueOn: string }> {
  return rows.map((r) => {
    const n = r.percent.trim() === '' ? Number.NaN : Number(r.percent.trim());
    return { label: r.label, percent: (Number.isFinite(n) ? n : null) as number, dueOn: r.dueOn.trim() };
  });
}

/**
 * A seam error about a list (`/milestones/2/percent`, `/rows/0/oldCircuitId`) split per row and
 * field; what names no row goes to `form`.
 */
export function rowErrors<F extends string>(error: IpcError, list: string, labels: Record<F, string>): { rows: Map<number, Partial<Record<F, string>>>; form: string[] } {
  const rows = new Map<number, Partial<Record<F, string>>>();
  const form: string[] = [];
  for (const issue of errorIssues(error)) {
    const seg = pointerSegments(issue.path);
    const at = seg.indexOf(list);
    const index = at >= 0 ? Number(seg[at + 1]) : Number.NaN;
    const field = at >= 0 ? seg[at + 2] : undefined;
    if (Number.isInteger(index) && field !== undefined && Object.prototype.hasOwnProperty.call(labels, field)) {
      const row: Partial<Record<F, string>> = rows.get(index) ?? {};
      row[field as F] ??= withLabel(labels[field as F], issue.message);
      rows.set(index, row);
    } else if (!form.includes(issue.message)) {
      form.push(issue.message);
    }
  }
  return { rows, form };
}

/**
 * A project request's error split for its form: the project's fields (under `/project`, or at the
 * top for the template's name) beside their fields, the milestones' beside their row's.
 */
export function projectErrors(error: IpcError): { errors: FormErrors<ProjectField>; rows: Map<number, Partial<Record<MilestoneField, string>>> } {
  const ms = rowErrors(error, 'milestones', MILESTONE_FIELD_LABELS);
  const rest = errorIssues(error)
    .filter((i) => !i.path.startsWith('/milestones/'))
    .map((i) => ({ ...i, path: i.path.replace(/^\/project(?=\/|$)/, '') }));
  const errors = rest.length === 0 ? noErrors<ProjectField>() : mapFieldErrors({ ...error, path: rest[0]!.path, issues: rest }, PROJECT_FIELD_LABELS);
  return { errors, rows: ms.rows };
}

export { DECISION_LABELS, FORM20_LABELS, ROLE_LABELS, STATUS_LABELS, STEP_LABELS };
