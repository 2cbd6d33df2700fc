// Credit claims over the agency's data: a draft from the month report's results with money, the
// freeze at submission (lines as claimed, the case file of the inputs and its SHA-256), "changed
// since submitted" against today's figures, the dated steps, the ageing list and the
// bill-or-contract ladder. The lifecycle rules are shared/claims/lifecycle.ts; figures come from
// the one evaluation path (electron/services/evaluation).
import { createHash } from 'node:crypto';
import { toUtcIso } from '../../shared/calendar/instant';
import { AGEING_BUCKETS, ageDays, ageingBucket, needsLadder, nextSteps, noAnswerTooLong, owedCents, reminderDueOn, statusLabel, stepRefusal, type ClaimStatus, type ClaimStep } from '../../shared/claims/lifecycle';
import type { Claim, ClaimDetail, ClaimLine, ClaimOffers } from '../../shared/ipc/claims';
import type { SlaResultRow } from '../../shared/ipc/sla';
import { centsToDollars } from '../../shared/money';
import { ladderCountdown, ladderNextContact } from './countdowns';
import type { Db } from './db/open';
import { AppError, notFound } from './errors';
import { monthCaseFiles } from './evaluation/caseFile';
import { monthData } from './evaluation/month';
import { monthRows } from './evaluation/report';
import { agencyCalendar, agencyDate } from './evaluation/zone';
import * as repo from './repositories/claims';
import { stmt } from './db/statements';

const cents = (dollars: number) => Math.round(dollars * 100);
const withMoney = (r: SlaResultRow) => r.status === 'missed' && r.credit.amount > 0;

/** The month's results of the contractor: those with money (with their explain lines) and the keys still pending. */
function monthMoney(db: Db, contractorId: number, month: string, nowMs: number): { money: SlaResultRow[]; pendingKeys: string[] } {
  const { groups } = monthData(db, month, contractorId, nowMs);
  const rows = monthRows(groups, month, nowMs, withMoney, (r) => r.contractorId === contractorId && (withMoney(r) || r.status === 'pending'));
  return { money: rows.filter(withMoney), pendingKeys: rows.filter((r) => r.status === 'pending').map((r) => r.key) };
}

/** Today's result of each key of the contractor's month, without explain lines. */
function currentByKey(db: Db, contractorId: number, month: string, nowMs: number): Map<string, SlaResultRow> {
  const { groups } = monthData(db, month, contractorId, nowMs);
  return new Map(monthRows(groups, month, nowMs, () => false, (r) => r.contractorId === contractorId).map((r) => [r.key, r]));
}

function checkContractor(db: Db, contractorId: number): void {
  if (!stmt(db, 'SELECT 1 FROM contractors WHERE id = ?').get(contractorId)) throw notFound('The contractor', '/contractorId');
}

function newLines(db: Db, results: SlaResultRow[], keep: Map<string, { excludedReason: string | null; note: string }> = new Map()): repo.NewLine[] {
  const refs = repo.referencesOf(db, results.flatMap((r) => (r.ticketId === null ? [] : [r.ticketId])), results.flatMap((r) => (r.orderId === null ? [] : [r.orderId])));
  return results.map((r) => ({
    result: r,
    reference: (r.ticketId !== null ? refs.tickets.get(r.ticketId) : r.orderId !== null ? refs.orders.get(r.orderId) : r.circuitId ?? r.site) ?? '',
    excludedReason: keep.get(r.key)?.excludedReason ?? null,
    note: keep.get(r.key)?.note ?? '',
  }));
}

/** The one catalog of the lines (a case file, so a claim, is under one catalog). */
function catalogOf(results: SlaResultRow[]): string {
  const ids = [...new Set(results.map((r) => r.catalogId))];
  if (ids.length > 1) throw new AppError('refused', `The month's credits come under ${ids.length} contracts (${ids.join(', ')}); claims are made one contract at a time`, '/contractorId');
  return ids[0]!;
}

/** Results with money of the month not yet on any claim of it: offered as a supplementary claim. */
export function claimOffers(db: Db, contractorId: number, month: string, nowMs: number): ClaimOffers {
  checkContractor(db, contractorId);
  const existing = repo.claimsOfMonth(db, contractorId, month);
  const taken = repo.claimedKeys(db, contractorId, month);
  const open = monthMoney(db, contractorId, month, nowMs).money.filter((r) => !taken.has(r.key));
  return {
    contractorId,
    month,
    claimed: existing.length > 0,
    count: open.length,
    amount: centsToDollars(open.reduce((s, r) => s + cents(r.credit.amount), 0)),
    keys: open.map((r) => r.key),
  };
}

/**
 * A draft for the contractor's month: every result with money, or, when the month already has a
 * claim, those not on it yet (a supplementary claim: results pending then, missed now).
 */
export function createClaim(db: Db, contractorId: number, month: string, note: string, nowMs: number): number {
  return createClaimWith(db, contractorId, month, note, nowMs).id;
}

/**
 * The draft and its detail, as claims:create answers: the lines were just taken from the month's
 * results as of now, so they are today's figures; the detail does not evaluate the month again
 * to compare them (writing the draft forgot the month's kept rows).
 */
export function createClaimDetail(db: Db, contractorId: number, month: string, note: string, nowMs: number): ClaimDetail {
  const { id, money } = createClaimWith(db, contractorId, month, note, nowMs);
  return claimDetail(db, id, nowMs, new Map(money.map((r) => [r.key, r])));
}

function createClaimWith(db: Db, contractorId: number, month: string, note: string, nowMs: number): { id: number; money: SlaResultRow[] } {
  checkContractor(db, contractorId);
  const now = toUtcIso(nowMs);
  const { money, pendingKeys } = monthMoney(db, contractorId, month, nowMs);
  return db.transaction(() => {
    const earlier = repo.claimsOfMonth(db, contractorId, month);
    const taken = repo.claimedKeys(db, contractorId, month);
    const open = money.filter((r) => !taken.has(r.key));
    if (open.length === 0) {
      throw new AppError(
        'refused',
        earlier.length
          ? `Every credit of ${month} is already on a claim; results still pending will be offered as a supplementary claim when they are missed`
          : `No SLA was missed with a credit in ${month} for this contractor (results still pending: ${pendingKeys.length})`,
        '/month',
      );
    }
    const id = repo.insertClaim(
      db,
      { contractorId, catalogId: catalogOf(open), month, supplementsId: earlier[0]?.id ?? null, note, asOf: now, pendingKeys },
      now,
    );
    repo.insertLines(db, id, newLines(db, open), now);
    repo.insertClaimEvent(db, emptyEvent(id, 'created', agencyDate(db, nowMs)), now);
    return { id, money: open };
  })();
}

function emptyEvent(claimId: number, kind: string, on: string): repo.NewEvent {
  return { claimId, kind, on, at: null, who: '', method: '', to: '', reference: '', amountCents: null, invoice: '', reason: '', level: null, answer: '' };
}

function draftOnly(c: repo.ClaimRow, what: string): void {
  if (c.status !== 'draft') throw new AppError('refused', `The claim was submitted on ${c.submittedOn}: its lines are frozen and cannot be ${what}`, '/id');
}

/** Takes the month's figures again for a draft, keeping each line's exclusion and note by result. */
function retake(db: Db, c: repo.ClaimRow, nowMs: number, now: string): void {
  const keep = new Map(repo.linesOf(db, c.id).map((l) => [l.key, { excludedReason: l.excludedReason, note: l.note }]));
  const { money, pendingKeys } = monthMoney(db, c.contractorId, c.month, nowMs);
  // The draft's own lines stay its own; results claimed on another claim of the month do not move here.
  const others = new Set([...repo.claimedKeys(db, c.contractorId, c.month)].filter((k) => !keep.has(k)));
  const lines = money.filter((r) => !others.has(r.key) && r.catalogId === c.catalogId);
  repo.deleteLines(db, c.id, now);
  repo.insertLines(db, c.id, newLines(db, lines, keep), now);
  repo.updateClaim(db, c.id, { asOf: now, pendingKeys }, now);
}

export function refreshClaim(db: Db, id: number, nowMs: number): void {
  const now = toUtcIso(nowMs);
  db.transaction(() => {
    const c = repo.getClaimRow(db, id);
    draftOnly(c, 'taken again');
    retake(db, c, nowMs, now);
  })();
}

export function setLine(db: Db, lineId: number, excluded: boolean, excludedReason: string, note: string, nowMs: number): number {
  const now = toUtcIso(nowMs);
  return db.transaction(() => {
    const l = repo.getLine(db, lineId);
    draftOnly(repo.getClaimRow(db, l.claimId), 'changed');
    repo.updateLine(db, lineId, { excludedReason: excluded ? excludedReason : null, note }, now);
    return l.claimId;
  })();
}

export function setClaimNote(db: Db, id: number, note: string, nowMs: number): void {
  const now = toUtcIso(nowMs);
  db.transaction(() => {
    repo.getClaimRow(db, id);
    repo.updateClaim(db, id, { note }, now);
  })();
}

export function deleteDraft(db: Db, id: number, nowMs: number): void {
  const now = toUtcIso(nowMs);
  db.transaction(() => {
    const c = repo.getClaimRow(db, id);
    if (c.status !== 'draft') throw new AppError('refused', 'A submitted claim is evidence: it is never deleted', '/id');
    repo.deleteClaim(db, id, now);
  })();
}

/** A step's date: not before the claim's last step, not after today (agency dates). */
function checkStepDate(db: Db, c: repo.ClaimRow, on: string, nowMs: number): void {
  const today = agencyDate(db, nowMs);
  if (on > today) throw new AppError('invalid', `The date cannot be in the future: ${on} is after today (${today})`, '/on');
  // The steps follow each other; making the draft (kept for the record) may come after a past submission typed in late.
  const last = repo.eventsOf(db, c.id).filter((e) => e.kind !== 'escalated' && e.kind !== 'created').at(-1);
  if (last && on < last.on) throw new AppError('invalid', `The date cannot be before the claim's last step (${last.kind} on ${last.on})`, '/on');
}

function checkStep(db: Db, c: repo.ClaimRow, step: ClaimStep, on: string, nowMs: number): void {
  const refusal = stepRefusal(step, c.status, { claimedCents: c.claimedCents, creditedCents: c.creditedCents }, c.includedCount);
  if (refusal !== null) throw new AppError('refused', refusal, '/id');
  checkStepDate(db, c, on, nowMs);
}

/** The case file of the claim's inputs, as frozen: pretty JSON, one trailing newline, hashed as written. */
function caseFileText(db: Db, c: repo.ClaimRow, asOfMs: number): { text: string; sha256: string } {
  const group = monthCaseFiles(db, c.month, asOfMs, c.contractorId).find((g) => g.catalogId === c.catalogId);
  if (!group) throw new AppError('refused', `No data of ${c.month} for this contractor under ${c.catalogId}`, '/id');
  const text = `${JSON.stringify(group.caseFile, null, 2)}\n`;
  return { text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
}

/**
 * Submission freezes the claim: its lines are taken as of now (exclusions and notes kept), and
 * the case file of the month's inputs is stored with its SHA-256, so anyone can recompute every
 * figure with `npm run sla -- evaluate`.
 */
export function submitClaim(db: Db, id: number, s: { on: string; method: string; to: string; who: string }, nowMs: number): void {
  const now = toUtcIso(nowMs);
  db.transaction(() => {
    const before = repo.getClaimRow(db, id);
    draftOnly(before, 'submitted again');
    retake(db, before, nowMs, now);
    const c = repo.getClaimRow(db, id);
    checkStep(db, c, 'submitted', s.on, nowMs);
    const file = caseFileText(db, c, nowMs);
    repo.updateClaim(db, id, { status: 'submitted', submittedOn: s.on, caseFile: file.text, caseSha256: file.sha256 }, now);
    repo.insertClaimEvent(db, { ...emptyEvent(id, 'submitted', s.on), method: s.method, to: s.to, who: s.who }, now);
  })();
}

type StepFields = { on: string; who: string; reference?: string; amountCents?: number; invoice?: string; reason?: string };

/** Acknowledged, credited (in full or in part), denied or disputed: dated, in the audit trail. */
export function recordStep(db: Db, id: number, step: Exclude<ClaimStep, 'submitted'>, f: StepFields, nowMs: number): void {
  const now = toUtcIso(nowMs);
  db.transaction(() => {
    const c = repo.getClaimRow(db, id);
    checkStep(db, c, step, f.on, nowMs);
    if (step === 'credited' && (f.amountCents ?? 0) <= 0) throw new AppError('invalid', 'Amount credited must be more than $0.00', '/amount');
    repo.updateClaim(db, id, { status: step, ...(step === 'acknowledged' && f.reference ? { contractorReference: f.reference } : {}) }, now);
    repo.insertClaimEvent(
      db,
      { ...emptyEvent(id, step, f.on), who: f.who, reference: f.reference ?? '', amountCents: f.amountCents ?? null, invoice: f.invoice ?? '', reason: f.reason ?? '' },
      now,
    );
  })();
}

/** A call up the contractor's bill-or-contract ladder, logged like a ticket's escalation. */
export function logClaimCall(db: Db, id: number, call: { at: string; level: number; whom: string; how: string; answer: string; who: string }, nowMs: number): void {
  const now = toUtcIso(nowMs);
  db.transaction(() => {
    const c = repo.getClaimRow(db, id);
    if (c.status === 'draft') throw new AppError('refused', 'Submit the claim before escalating it', '/id');
    const atMs = Date.parse(call.at);
    if (atMs > nowMs + 60_000) throw new AppError('invalid', 'The call cannot be in the future', '/at');
    repo.insertClaimEvent(db, { ...emptyEvent(id, 'escalated', agencyDate(db, atMs)), at: toUtcIso(atMs), level: call.level, to: call.whom, method: call.how, answer: call.answer, who: call.who }, now);
  })();
}

/**
 * Retracts a call logged up the claim's ladder (a click too many, undone from the notice): the
 * line stays on the timeline, struck through with why, and the ladder goes back to the level
 * the calls that stand reached. Only calls are retracted; the claim's steps are dated records.
 */
export function retractClaimCall(db: Db, eventId: number, reason: string, who: string, nowMs: number): number {
  const now = toUtcIso(nowMs);
  return db.transaction(() => {
    const e = repo.getClaimEvent(db, eventId);
    if (e.kind !== 'escalated') throw new AppError('refused', 'Only a call logged up the ladder can be retracted', '/id');
    if (e.retractedAt !== null) throw new AppError('refused', `That call was already retracted (${e.retractedReason})`, '/id');
    repo.retractClaimEvent(db, eventId, reason, who, now);
    return e.claimId;
  })();
}

function toClaim(db: Db, r: repo.ClaimRow, today: string, reminderDays: number, changedCount: number | null): Claim {
  const money = { claimedCents: r.claimedCents, creditedCents: r.creditedCents };
  const days = ageDays(r.submittedOn, today);
  return {
    id: r.id,
    contractorId: r.contractorId,
    contractorName: r.contractorName,
    catalogId: r.catalogId,
    month: r.month,
    supplementsId: r.supplementsId,
    status: r.status,
    statusLabel: statusLabel(r.status, money),
    note: r.note,
    asOf: r.asOf,
    submittedOn: r.submittedOn,
    ageDays: days,
    ageing: days === null ? null : ageingBucket(days),
    claimed: centsToDollars(r.claimedCents),
    credited: centsToDollars(r.creditedCents),
    owed: centsToDollars(owedCents(money)),
    lineCount: r.lineCount,
    changedCount,
    caseSha256: r.caseSha256,
    contractorReference: r.contractorReference,
    needsLadder: needsLadder(r.status, money, days, reminderDays),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** The line beside today's figure for its result, when they differ. */
function lineNow(claimed: SlaResultRow, current: SlaResultRow | undefined): ClaimLine['now'] {
  if (!current) return { status: 'gone', amount: 0, measure: null };
  const same = current.status === claimed.status && cents(current.credit.amount) === cents(claimed.credit.amount) && JSON.stringify(current.measure) === JSON.stringify(claimed.measure);
  return same ? null : { status: current.status, amount: current.credit.amount, measure: current.measure };
}

/** `current`: today's results of the lines when the caller has just computed them (else the month is evaluated). */
export function claimDetail(db: Db, id: number, nowMs: number, current?: Map<string, SlaResultRow>): ClaimDetail {
  const r = repo.getClaimRow(db, id);
  current ??= currentByKey(db, r.contractorId, r.month, nowMs);
  const lines: ClaimLine[] = repo.linesOf(db, id).map((l) => {
    const result = JSON.parse(l.resultJson) as SlaResultRow;
    return { id: l.id, claimId: l.claimId, key: l.key, result, reference: l.reference, excluded: l.excludedReason !== null, excludedReason: l.excludedReason ?? '', note: l.note, now: lineNow(result, current.get(l.key)) };
  });
  const claim = toClaim(db, r, agencyDate(db, nowMs), repo.claimReminderDays(db), lines.filter((l) => l.now !== null).length);
  const reached = repo.claimReachedLevel(db, id);
  const contact = claim.needsLadder ? ladderNextContact(db, r.contractorId, r.billLadderId, reached.level) : null;
  return {
    claim,
    lines,
    events: repo.eventsOf(db, id).map((e) => ({ ...e, amount: e.amountCents === null ? null : centsToDollars(e.amountCents) })).map(({ amountCents: _c, ...e }) => e),
    nextSteps: nextSteps(r.status, { claimedCents: r.claimedCents, creditedCents: r.creditedCents }),
    nextContact: contact,
    reachedLevel: reached.level,
    ladderCountdown: claim.needsLadder ? ladderCountdown(r.billLadderId, reached.startedAt, reached.level, contact, nowMs, agencyCalendar(db)) : null,
    computedAt: toUtcIso(nowMs),
  };
}

/** Every claim (newest month first) and, per contractor, what is still owed by age. */
export function listClaims(db: Db, q: { contractorId?: number; status?: ClaimStatus }, nowMs: number): { today: string; claims: Claim[]; ageing: Array<{ contractorId: number; contractorName: string; claimed: number; credited: number; owed: number; buckets: Array<{ bucket: (typeof AGEING_BUCKETS)[number]; owed: number; count: number }> }> } {
  if (q.contractorId !== undefined) checkContractor(db, q.contractorId);
  const today = agencyDate(db, nowMs);
  const reminder = repo.claimReminderDays(db);
  // "Changed since submitted" needs each month evaluated: the list leaves it to the claim's page.
  const claims = repo.listClaimRows(db, q).map((r) => toClaim(db, r, today, reminder, null));
  const by = new Map<number, { contractorId: number; contractorName: string; claimed: number; credited: number; owed: number; buckets: Map<string, { owed: number; count: number }> }>();
  for (const c of claims) {
    if (c.status === 'draft') continue;
    const row = by.get(c.contractorId) ?? { contractorId: c.contractorId, contractorName: c.contractorName, claimed: 0, credited: 0, owed: 0, buckets: new Map() };
    by.set(c.contractorId, row);
    row.claimed += cents(c.claimed);
    row.credited += cents(c.credited);
    row.owed += cents(c.owed);
    const b = row.buckets.get(c.ageing!) ?? { owed: 0, count: 0 };
    if (c.owed > 0) row.buckets.set(c.ageing!, { owed: b.owed + cents(c.owed), count: b.count + 1 });
  }
  const ageing = [...by.values()].map((row) => ({
    contractorId: row.contractorId,
    contractorName: row.contractorName,
    claimed: centsToDollars(row.claimed),
    credited: centsToDollars(row.credited),
    owed: centsToDollars(row.owed),
    buckets: AGEING_BUCKETS.map((bucket) => ({ bucket, owed: centsToDollars(row.buckets.get(bucket)?.owed ?? 0), count: row.buckets.get(bucket)?.count ?? 0 })),
  }));
  return { today, claims, ageing };
}

export function claimCaseFile(db: Db, id: number): { fileName: string; text: string; sha256: string } {
  const c = repo.getClaimRow(db, id);
  const f = repo.caseFileOfClaim(db, id);
  if (f.text === null || f.sha256 === null) throw new AppError('refused', 'A draft has no case file yet: it is frozen when the claim is submitted', '/id');
  const slug = c.contractorName.replace(/[^A-Za-z0-9]+/g, '');
  return { fileName: `claim-${c.id}-${slug}-${c.month}.case.json`, text: f.text, sha256: f.sha256 };
}

/** Submitted claims with no answer for the agency's reminder days (the scheduler notifies each once). */
export function unansweredClaims(db: Db, nowMs: number): Array<{ id: number; contractorName: string; month: string; submittedOn: string; days: number; dueOn: string; reminderDays: number }> {
  const today = agencyDate(db, nowMs);
  const reminderDays = repo.claimReminderDays(db);
  return repo.listClaimRows(db, { status: 'submitted' }).flatMap((r) => {
    const days = ageDays(r.submittedOn, today);
    if (r.submittedOn === null || days === null || !noAnswerTooLong(r.status, { claimedCents: r.claimedCents, creditedCents: r.creditedCents }, days, reminderDays)) return [];
    return [{ id: r.id, contractorName: r.contractorName, month: r.month, submittedOn: r.submittedOn, days, dueOn: reminderDueOn(r.submittedOn, reminderDays), reminderDays }];
  });
}
