// The differences that matter between their record of a ticket and ours (issue 13 item 3), pure.
//
// For a matched pair: start, restoration, closing and stop clocks side by side; each difference
// is weighed by running the real engine (shared/sla) on our record and on our record with that one
// difference taken from theirs ("their ACCESS stop clock of 2 h 10 min is not in our record: Time
// to Repair goes from missed to met, $300.00 at stake"), and the whole of their version at once
// gives the ticket's figure. Their stop clocks are judged by THE stop-clock rule
// (shared/sla/stop-clocks.ts stopClockStatus): one the contract does not allow is flagged with the
// clause (cleared while testing and no trouble found, 29.4.7; Customer Provisioning Delay on a
// repair; Maintenance outside its window; Observation and End-User Not Available before the
// restoration). What their report states (an outage duration, a verdict, a credit) is compared
// with what our record gives. A time differs when it differs by a minute or more (reports print
// minutes).
import { formatAgencyTime } from '../calendar/agencyTime';
import { toUtcIso } from '../calendar/instant';
import { ZoneClock } from '../calendar/zoneClock';
import type { Difference, DifferenceKind, Effect, InvalidStopClock, OurTicketRow, TheirTicketRow, TicketDifferences } from '../ipc/reconcile';
import { centsToDollars, formatDollars } from '../money';
import { normalizeCode, type Catalog } from '../sla/catalog';
import type { StopClockInput, TicketInput } from '../sla/model';
import { afterRestorationWindow, stopClockStatus } from '../sla/stop-clocks';
import { unavailableMs } from '../sla/unavailable';
import { monthsOf, recordOutcomes, type EngineContext, type Outcome, type Status } from './engine';
import type { Pair } from './match';
import type { TicketFacts } from './read';
import type { OurTicket, ServiceRecord, TheirStopClock, TheirTicket } from './types';

/** Reports print minutes: a time that differs by less than a minute is the same time. */
export const SAME_TIME_MS = 60_000;

export interface DifferenceContext extends EngineContext {
  /** The optional facts the report's mapping reads: a fact it does not read is never a difference. */
  given: TicketFacts;
  /** The SLA their verdict column speaks of. */
  verdictSla: string;
}

// ---------------------------------------------------------------------------------------------
// Words

/** "2 h 10 min", "45 min", "1 h", "3 min 20 s". */
export function spanText(ms: number): string {
  const totalSec = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec % 3600) / 60);
  const s = totalSec % 60;
  const parts = [h ? `${h} h` : '', m || (!h && !s) ? `${m} min` : '', s ? `${s} s` : ''].filter((p) => p !== '');
  return parts.join(' ');
}

/** "Time to Repair (TTR)" → "Time to Repair"; "Catastrophic Outage 1 (CAT 1)" → "CAT 1". */
export function slaName(catalog: Catalog, sla: string): string {
  const title = catalog.sla(sla)?.title ?? sla;
  const m = /^(.*?)\s*\(([^)]*)\)$/.exec(title);
  if (!m) return title;
  return /^CAT\b/.test(m[2]!) ? m[2]! : m[1]!;
}

const STATUS_WORDS: Record<Status | 'none', string> = { met: 'met', missed: 'missed', pending: 'pending', 'not-applicable': 'not applicable', none: 'not evaluated' };

// ---------------------------------------------------------------------------------------------
// Their ticket as the engine's ticket

/**
 * Their stop clock as the engine reads it: the catalog's code when it names a condition (any
 * spelling), else as written (the engine counts no unknown code). Their report gives no
 * maintenance window: ours is used when we recorded one for a Maintenance stop clock of the ticket.
 */
function theirStopClockInput(sc: TheirStopClock, ours: readonly StopClockInput[], catalog: Catalog): StopClockInput {
  const code = normalizeCode(sc.code);
  const known = catalog.condition(code) ? code : sc.code;
  const window = catalog.condition(code)?.windowLimited ? (ours.find((o) => o.code === code && o.window)?.window ?? null) : null;
  return { code: known, startMs: sc.startMs, endMs: sc.endMs, voided: false, window, note: null };
}

/**
 * Our ticket with every fact their report gives substituted (their version, as the contract reads
 * it). A fact that differs by less than a minute stays ours (reports print minutes), so their
 * version differs from ours by exactly the differences listed.
 */
export function theirVersion(
  ours: TicketInput,
  theirs: TheirTicket,
  given: TicketFacts,
  catalog: Catalog,
  /** The two records' stop clocks paired, when the caller has paired them already. */
  pairing?: StopClockPairing,
): TicketInput {
  const pick = (o: number | null | undefined, t: number | null) => (differs(o, t) ? t : (o ?? null));
  let stopClocks = ours.stopClocks;
  if (given.stopClocks) {
    const ourStops = ours.stopClocks ?? [];
    const { pairs, extra } = pairing ?? pairStopClocks(ourStops, theirs.stopClocks);
    stopClocks = [
      ...pairs.map(([oi, ti]) => {
        const o = ourStops[oi]!;
        const t = theirs.stopClocks[ti]!;
        return !o.voided && !differs(o.startMs, t.startMs) && !differs(o.endMs, t.endMs) ? o : theirStopClockInput(t, ourStops, catalog);
      }),
      ...extra.map((ti) => theirStopClockInput(theirs.stopClocks[ti]!, ourStops, catalog)),
    ];
  }
  return {
    ...ours,
    openedAtMs: pick(ours.openedAtMs, theirs.openedMs)!,
    alarmAtMs: given.alarm ? pick(ours.alarmAtMs, theirs.alarmMs) : ours.alarmAtMs,
    restoredAtMs: given.restored ? pick(ours.restoredAtMs, theirs.restoredMs) : ours.restoredAtMs,
    closedAtMs: given.closed ? pick(ours.closedAtMs, theirs.closedMs) : ours.closedAtMs,
    stopClocks,
  };
}

/**
 * Why the contract does not allow one of their stop clocks (or part of it), with the clause; null
 * when it counts in full. Asks THE stop-clock rule with their ticket's restoration window.
 */
export function stopClockFlag(sc: TheirStopClock, theirTicket: TicketInput, catalog: Catalog): { clause: string; reason: string } | null {
  const judged = judgeStopClock(sc, theirTicket, catalog);
  return judged && { clause: judged.clause, reason: judged.reason };
}

/** stopClockFlag, and whether none of it counts (then substituting it cannot change a figure). */
function judgeStopClock(sc: TheirStopClock, theirTicket: TicketInput, catalog: Catalog): { clause: string; reason: string; countsNothing: boolean } | null {
  const section = catalog.stopClockSection;
  const refused = catalog.refused(sc.code);
  if (refused) return { clause: section, reason: `${refused.title} is never a stop clock: ${refused.reason.replace(/^the contract \([^)]*\) /, 'the contract ')}`, countsNothing: true };
  const input = theirStopClockInput(sc, theirTicket.stopClocks ?? [], catalog);
  const condition = catalog.condition(input.code);
  if (!condition) return { clause: section, reason: `"${sc.code}" is not one of the contract's stop clock conditions (${section})`, countsNothing: true };
  const clause = `${section} item ${condition.line}`;
  const status = stopClockStatus(input, catalog, 'ticket', afterRestorationWindow(theirTicket));
  if (status.counts) {
    if (status.windowClipped) return { clause, reason: `${condition.title} counts only inside the scheduled maintenance window; the part outside it does not stop the clock`, countsNothing: false };
    if (status.restorationClipped) return { clause, reason: `${condition.title} is time after the service was restored; the part before the restoration does not count`, countsNothing: false };
    return null;
  }
  const reason = (() => {
    switch (status.reason) {
      case 'orders-only':
        return `${condition.title} applies to provisioning (orders) only, never to a repair ticket`;
      case 'no-window':
        return `${condition.title} counts only inside a scheduled maintenance window, and none is on record for this ticket`;
      case 'outside-window':
        return `${condition.title} lies outside the scheduled maintenance window: it does not stop the clock`;
      case 'no-restoration':
      case 'outside-restoration':
        return `${condition.title} is time after the service was restored; before the restoration it does not count`;
      default:
        return `${condition.title} does not count here`;
    }
  })();
  return { clause, reason, countsNothing: true };
}

// ---------------------------------------------------------------------------------------------
// Views (what the contract shows of each record)

export function theirTicketView(t: TheirTicket, catalog: Catalog, zone: string): TheirTicketRow {
  const start = t.alarmMs !== null && t.alarmMs < t.openedMs ? t.alarmMs : t.openedMs;
  return {
    ticketNumber: t.ticketNumber,
    circuitId: t.circuitId,
    openedAt: toUtcIso(t.openedMs),
    alarmAt: t.alarmMs === null ? null : toUtcIso(t.alarmMs),
    startAt: toUtcIso(start),
    restoredAt: t.restoredMs === null ? null : toUtcIso(t.restoredMs),
    closedAt: t.closedMs === null ? null : toUtcIso(t.closedMs),
    stopClocks: t.stopClocks.map((s) => ({
      code: s.code,
      title: catalog.condition(normalizeCode(s.code))?.title ?? catalog.refused(s.code)?.title ?? s.code,
      startAt: toUtcIso(s.startMs),
      endAt: s.endMs === null ? null : toUtcIso(s.endMs),
      minutes: s.endMs === null ? null : Math.round((s.endMs - s.startMs) / 600) / 100,
      line: s.line,
    })),
    durationMinutes: t.durationMinutes,
    verdictMet: t.verdictMet,
    credit: t.creditCents === null ? null : centsToDollars(t.creditCents),
    month: ZoneClock.of(zone).monthOf(start),
    line: t.line,
  };
}

/** One of our tickets: its times (ourTicketView adds its stop clocks). */
function ourTicketTimes(t: OurTicket, zone: string): Omit<OurTicketRow, 'stopClocks'> {
  const i = t.input;
  const start = i.alarmAtMs != null && i.alarmAtMs < i.openedAtMs ? i.alarmAtMs : i.openedAtMs;
  const iso = (ms: number | null | undefined) => (ms == null ? null : toUtcIso(ms));
  return {
    ticketId: t.id,
    ticketNumber: t.ticketNumber,
    serviceId: t.serviceId,
    circuitId: t.circuitId,
    kind: i.kind,
    openedAt: toUtcIso(i.openedAtMs),
    alarmAt: iso(i.alarmAtMs),
    startAt: toUtcIso(start),
    restoredAt: iso(i.restoredAtMs),
    actualRestoredAt: iso(i.actualRestoredAtMs),
    closedAt: iso(i.closedAtMs),
    month: ZoneClock.of(zone).monthOf(start),
    fromReport: t.fromReport,
  };
}

export function ourTicketView(t: OurTicket, catalog: Catalog, zone: string): OurTicketRow {
  return {
    ...ourTicketTimes(t, zone),
    stopClocks: (t.input.stopClocks ?? []).map((s, k) => ({
      id: t.stopClockIds[k] ?? 0,
      code: s.code,
      title: catalog.condition(s.code)?.title ?? s.code,
      startAt: toUtcIso(s.startMs),
      endAt: s.endMs === null ? null : toUtcIso(s.endMs),
      minutes: s.endMs === null ? null : Math.round((s.endMs - s.startMs) / 600) / 100,
      voided: s.voided === true,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Raw differences: what differs, before the engine weighs it

/** A difference and the version of our ticket with it substituted (null: a statement, nothing to substitute). */
export interface RawDifference {
  kind: DifferenceKind;
  ours: string | null;
  theirs: string | null;
  /** The sentence before its effect: "their ACCESS stop clock of 2 h 10 min is not in our record". */
  lead: string;
  variant: TicketInput | null;
  invalid: { clause: string; reason: string } | null;
  theirStopClock: TheirStopClock | null;
}

const differs = (a: number | null | undefined, b: number | null | undefined) => (a == null) !== (b == null) || (a != null && b != null && Math.abs(a - b) >= SAME_TIME_MS);

/** Which of their stop clocks is which of ours (indexes), theirs we lack, ours they lack. */
interface StopClockPairing {
  pairs: Array<[ours: number, theirs: number]>;
  extra: number[];
  missing: number[];
}

/** The stop clocks of both records paired: same condition and overlapping (or starting within a minute). */
function pairStopClocks(ours: readonly StopClockInput[], theirs: readonly TheirStopClock[]): StopClockPairing {
  // Plain loops over a ticket's few stop clocks: this runs for each of 20,000 matched tickets.
  const used: boolean[] = new Array<boolean>(ours.length).fill(false);
  const pairs: Array<[number, number]> = [];
  const extra: number[] = [];
  for (let ti = 0; ti < theirs.length; ti++) {
    const t = theirs[ti]!;
    const code = normalizeCode(t.code);
    const te = t.endMs ?? Infinity;
    let best = -1;
    let bestScore = -Infinity;
    for (let oi = 0; oi < ours.length; oi++) {
      const o = ours[oi]!;
      if (used[oi] || o.code !== code) continue;
      const overlap = Math.min(o.endMs ?? Infinity, te) - Math.max(o.startMs, t.startMs);
      const near = Math.abs(o.startMs - t.startMs) < SAME_TIME_MS;
      if (overlap <= 0 && !near) continue;
      const score = near ? Infinity : overlap;
      if (score > bestScore) {
        best = oi;
        bestScore = score;
      }
    }
    if (best < 0) extra.push(ti);
    else {
      used[best] = true;
      pairs.push([best, ti]);
    }
  }
  const missing: number[] = [];
  for (let i = 0; i < ours.length; i++) if (!used[i]) missing.push(i);
  return { pairs, extra, missing };
}

export function rawDifferences(pair: Pair, ctx: DifferenceContext): RawDifference[] {
  const { catalog, zone, given } = ctx;
  const ours = pair.ours.input;
  const theirs = pair.theirs;
  const at = (ms: number | null | undefined) => (ms == null ? null : formatAgencyTime(ms, zone));
  const out: RawDifference[] = [];
  const add = (d: Omit<RawDifference, 'invalid' | 'theirStopClock'> & Partial<Pick<RawDifference, 'invalid' | 'theirStopClock'>>) =>
    out.push({ invalid: null, theirStopClock: null, ...d });

  const ourStart = ours.alarmAtMs != null && ours.alarmAtMs < ours.openedAtMs ? ours.alarmAtMs : ours.openedAtMs;
  const theirAlarm = given.alarm ? theirs.alarmMs : ours.alarmAtMs;
  const theirStart = theirAlarm != null && theirAlarm < theirs.openedMs ? theirAlarm : theirs.openedMs;
  if (differs(ourStart, theirStart)) {
    const d = theirStart - ourStart;
    add({
      kind: 'start', ours: at(ourStart), theirs: at(theirStart), variant: { ...ours, openedAtMs: theirs.openedMs, alarmAtMs: theirAlarm },
      lead: `their outage starts ${spanText(Math.abs(d))} ${d > 0 ? 'later' : 'earlier'} than ours (${at(theirStart)}, ours ${at(ourStart)})`,
    });
  }
  if (given.restored && differs(ours.restoredAtMs, theirs.restoredMs)) {
    const d = theirs.restoredMs !== null && ours.restoredAtMs != null ? theirs.restoredMs - ours.restoredAtMs : null;
    add({
      kind: 'restoration', ours: at(ours.restoredAtMs), theirs: at(theirs.restoredMs), variant: { ...ours, restoredAtMs: theirs.restoredMs },
      lead:
        theirs.restoredMs === null ? `their record has no restoration; ours is ${at(ours.restoredAtMs)}`
        : ours.restoredAtMs == null ? `their record has the service restored at ${at(theirs.restoredMs)}; ours has no restoration`
        : `their restoration is ${spanText(Math.abs(d!))} ${d! > 0 ? 'later' : 'earlier'} than ours (${at(theirs.restoredMs)}, ours ${at(ours.restoredAtMs)})`,
    });
  }
  if (given.closed && differs(ours.closedAtMs, theirs.closedMs)) {
    add({
      kind: 'closed', ours: at(ours.closedAtMs), theirs: at(theirs.closedMs), variant: { ...ours, closedAtMs: theirs.closedMs },
      lead: theirs.closedMs === null ? `their record has the ticket still open; ours closed it ${at(ours.closedAtMs)}` : `their record closes the ticket ${at(theirs.closedMs)}, ours ${at(ours.closedAtMs) ?? 'not yet'}`,
    });
  }

  if (given.stopClocks) {
    const ourStops = ours.stopClocks ?? [];
    const pairing = pairStopClocks(ourStops, theirs.stopClocks);
    const theirTicket = theirVersion(ours, theirs, given, catalog, pairing);
    const { pairs, extra, missing } = pairing;
    const scText = (code: string, s: number, e: number | null) => `${code} stop clock of ${e === null ? 'no recorded end' : spanText(e - s)} (${at(s)} to ${e === null ? 'no end' : at(e)})`;
    const without = (i: number) => ourStops.filter((_, k) => k !== i);
    for (const ti of extra) {
      const t = theirs.stopClocks[ti]!;
      const judged = judgeStopClock(t, theirTicket, catalog);
      const invalid = judged && { clause: judged.clause, reason: judged.reason };
      const input = theirStopClockInput(t, ourStops, catalog);
      const voidedOurs = ourStops.find((o) => o.voided && o.code === input.code && Math.min(o.endMs ?? Infinity, t.endMs ?? Infinity) > Math.max(o.startMs, t.startMs));
      const tText = scText(t.code, t.startMs, t.endMs);
      add({
        kind: 'stop-clock-extra', ours: voidedOurs ? `${voidedOurs.code} (voided)` : null, theirs: tText,
        // A stop clock none of which counts cannot change a figure: the engine is not asked.
        variant: judged?.countsNothing ? null : { ...ours, stopClocks: [...ourStops, input] }, invalid, theirStopClock: t,
        lead: voidedOurs
          ? `their ${tText} stops the clock in their record; ours is voided (not the cause)`
          : `their ${tText} is not in our record`,
      });
    }
    for (const oi of missing) {
      const o = ourStops[oi]!;
      if (o.voided) continue; // a voided stop clock counts in neither record
      add({
        kind: 'stop-clock-missing', ours: scText(o.code, o.startMs, o.endMs), theirs: null, variant: { ...ours, stopClocks: without(oi) },
        lead: `our ${scText(o.code, o.startMs, o.endMs)} is not in their record`,
      });
    }
    for (const [oi, ti] of pairs) {
      const o = ourStops[oi]!;
      const t = theirs.stopClocks[ti]!;
      const invalid = stopClockFlag(t, theirTicket, catalog);
      if (!differs(o.startMs, t.startMs) && !differs(o.endMs, t.endMs) && !o.voided) {
        if (invalid) {
          const tText = scText(t.code, t.startMs, t.endMs);
          add({ kind: 'stop-clock-times', ours: scText(o.code, o.startMs, o.endMs), theirs: tText, variant: null, invalid, theirStopClock: t, lead: `their ${tText} is in our record too` });
        }
        continue;
      }
      const input = theirStopClockInput(t, ourStops, catalog);
      const tText = scText(t.code, t.startMs, t.endMs);
      add({
        kind: o.voided ? 'stop-clock-extra' : 'stop-clock-times', ours: `${scText(o.code, o.startMs, o.endMs)}${o.voided ? ' (voided)' : ''}`, theirs: tText,
        variant: { ...ours, stopClocks: ourStops.map((x, k) => (k === oi ? input : x)) }, invalid, theirStopClock: t,
        lead: o.voided
          ? `their ${tText} stops the clock in their record; ours is voided (not the cause)`
          : `their ${t.code} stop clock runs ${spanText((t.endMs ?? o.endMs ?? t.startMs) - t.startMs)} (${at(t.startMs)} to ${at(t.endMs) ?? 'no end'}), ours ${spanText((o.endMs ?? t.endMs ?? o.startMs) - o.startMs)} (${at(o.startMs)} to ${at(o.endMs) ?? 'no end'})`,
      });
    }
  }

  if (given.duration && theirs.durationMinutes !== null) {
    const ourMs = unavailableMs(ours, ctx.asOfMs, catalog);
    const theirMs = theirs.durationMinutes * 60_000;
    if (Math.abs(ourMs - theirMs) >= SAME_TIME_MS) {
      const byContract = unavailableMs(theirVersion(ours, theirs, given, catalog), ctx.asOfMs, catalog);
      add({
        kind: 'duration', ours: spanText(ourMs), theirs: spanText(theirMs), variant: null,
        lead: `their outage duration of ${spanText(theirMs)} differs from our Unavailable Time of ${spanText(ourMs)}${Math.abs(byContract - theirMs) >= SAME_TIME_MS ? ` (their own times and stop clocks give ${spanText(byContract)} under the contract)` : ''}`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Effects, weighed by the engine

function clauseOf(catalog: Catalog, sla: string): string {
  return catalog.sla(sla)?.clause ?? '';
}

/** The results that differ between two runs of the engine, with the dollars between them. */
export function effectsBetween(base: Map<string, Outcome>, variant: Map<string, Outcome>, catalog: Catalog): Effect[] {
  const keys = [...new Set([...base.keys(), ...variant.keys()])];
  const out: Effect[] = [];
  for (const key of keys) {
    const a = base.get(key);
    const b = variant.get(key);
    const ours = a?.status ?? 'none';
    const theirs = b?.status ?? 'none';
    const oc = a?.cents ?? 0;
    const tc = b?.cents ?? 0;
    if (ours === theirs && oc === tc) continue;
    const any = (a ?? b)!;
    out.push({
      sla: any.sla, title: slaName(catalog, any.sla), clause: clauseOf(catalog, any.sla), subject: any.subject, month: any.month,
      ours, theirs, oursCredit: centsToDollars(oc), theirsCredit: centsToDollars(tc), atStake: centsToDollars(Math.abs(oc - tc)),
    });
  }
  // The catalog's order (Time to Repair before Excessive Outage), then by month.
  const order = (e: Effect) => catalog.slas.findIndex((s) => s.id === e.sla);
  return out.sort((x, y) => order(x) - order(y) || x.month.localeCompare(y.month));
}

/** "Time to Repair goes from missed to met and Excessive Outage from missed to met, $1,855.00 at stake". */
export function effectsText(effects: readonly Effect[]): string {
  if (effects.length === 0) return 'no verdict or credit changes';
  const parts = effects.map((e, i) => {
    const name = e.subject === 'service-month' ? `${e.title} of ${e.month}` : e.title;
    const verb = i === 0 ? ' goes' : '';
    if (e.ours === e.theirs) return `${name}${i === 0 ? ' stays' : ''} ${STATUS_WORDS[e.ours as Status] ?? e.ours} with its credit ${formatDollars(Math.round(e.oursCredit * 100))} → ${formatDollars(Math.round(e.theirsCredit * 100))}`;
    return `${name}${verb} from ${STATUS_WORDS[e.ours as Status] ?? e.ours} to ${STATUS_WORDS[e.theirs as Status] ?? e.theirs}`;
  });
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  const stake = Math.round(effects.reduce((s, e) => s + e.atStake, 0) * 100);
  return stake > 0 ? `${list}, ${formatDollars(stake)} at stake` : list;
}

const capital = (t: string) => `${t[0]!.toUpperCase()}${t.slice(1)}`;
const notAllowed = (invalid: { clause: string; reason: string }) => `; the contract does not allow it (${invalid.clause}): ${invalid.reason}`;

/** A difference the engine is not asked about: what their report states, or a stop clock none of which counts. */
function statement(d: RawDifference): Difference {
  const text = d.invalid ? `${d.lead}${notAllowed(d.invalid)}. It does not count, so no verdict or credit changes` : d.lead;
  return { kind: d.kind, ours: d.ours, theirs: d.theirs, text, effects: [], atStake: 0, invalid: d.invalid };
}

const sumCents = (outcomes: Iterable<Outcome>) => {
  let s = 0;
  for (const o of outcomes) s += o.cents;
  return s;
};

/** The engine runs a weighed pair needs, and which of them each weighed difference reads. */
export interface Weighing {
  runs: Array<{ ticket: TicketInput; months: string[] }>;
  /** For each of the differences with a variant, in their order: the index of its run (1 when it is their whole version). */
  runOf: number[];
}

/**
 * The engine runs compareTicket makes for a pair whose differences are weighed, over the months its
 * results fall in (ours and their whole version's): our record (run 0), their whole version (run 1),
 * then each difference's version that is not that. One difference to weigh: their whole version is
 * that difference (what differs by less than a minute is no difference), so the engine runs once
 * for both, unless its version reaches another month.
 */
export function weighing(pair: Pair, raw: readonly RawDifference[], ctx: DifferenceContext): Weighing {
  const ours = pair.ours.input;
  const theirsWhole = theirVersion(ours, pair.theirs, ctx.given, ctx.catalog);
  const months = [...new Set([...monthsOf(ours, ctx.zone), ...monthsOf(theirsWhole, ctx.zone)])];
  const weighedOnly = raw.filter((d) => d.variant !== null);
  const runs = [{ ticket: ours, months }, { ticket: weighedOnly.length === 1 ? weighedOnly[0]!.variant! : theirsWhole, months }];
  const runOf: number[] = [];
  for (const d of weighedOnly) {
    const vMonths = [...new Set([...months, ...monthsOf(d.variant!, ctx.zone)])];
    if (weighedOnly.length === 1 && vMonths.length === months.length) runOf.push(1);
    else runOf.push(runs.push({ ticket: d.variant!, months: vMonths }) - 1);
  }
  return { runs, runOf };
}

/**
 * A matched pair weighed: its differences, each with its effects, the whole of their version's
 * effects, and the money at stake. `record`: our record around the ticket (the engine is run on it
 * when something of theirs can be substituted); `baseline`: the ticket's own outcomes from our
 * record when nothing can (only what their report states differs). null when nothing differs.
 */
export function compareTicket(
  pair: Pair,
  raw: RawDifference[],
  record: ServiceRecord | null,
  baseline: readonly Outcome[] | null,
  ctx: DifferenceContext,
  /** The pair's weighing and the outcomes of its runs, worked out for many tickets at once (recordOutcomesOfMany); else both are worked out here. */
  ran?: { plan: Weighing; outcomes: ReadonlyArray<Map<string, Outcome>> },
): TicketDifferences | null {
  const { catalog, zone, given } = ctx;
  const ours = pair.ours.input;
  let base: Map<string, Outcome>;
  let whole: Effect[] = [];
  let theirCents: number;
  const weighed = raw.some((d) => d.variant !== null);
  const differences: Difference[] = [];
  if (weighed) {
    if (!record) throw new Error(`ticket ${ours.id}: its service's record is needed to weigh the differences`);
    const plan = ran?.plan ?? weighing(pair, raw, ctx);
    const run = (k: number) => ran?.outcomes[k] ?? recordOutcomes(record, plan.runs[k]!.ticket, plan.runs[k]!.months, ctx);
    base = run(0);
    const all = run(1);
    whole = effectsBetween(base, all, catalog);
    theirCents = sumCents(all.values());
    let v = 0;
    for (const d of raw) {
      if (d.variant === null) {
        differences.push(statement(d));
        continue;
      }
      const k = plan.runOf[v++]!;
      const effects = k === 1 ? whole : effectsBetween(base, run(k), catalog);
      differences.push({
        kind: d.kind, ours: d.ours, theirs: d.theirs, text: d.invalid ? `${d.lead}${notAllowed(d.invalid)}. ${capital(effectsText(effects))}` : `${d.lead}: ${effectsText(effects)}`,
        effects, atStake: centsToDollars(Math.round(effects.reduce((s, e) => s + e.atStake, 0) * 100)), invalid: d.invalid,
      });
    }
  } else {
    base = new Map((baseline ?? []).map((o) => [o.key, o]));
    theirCents = sumCents(base.values());
    for (const d of raw) differences.push(statement(d));
  }
  const ourCents = sumCents(base.values());
  // The ticket's own credits (what a contractor's report states per ticket), without its service's month.
  const ourTicketCents = sumCents([...base.values()].filter((o) => o.subject === 'ticket'));

  // What their report states.
  const theirs = pair.theirs;
  if (given.verdict && theirs.verdictMet !== null) {
    const o = base.get(ctx.verdictSla);
    const ourStatus: Status | 'none' = o?.status ?? 'none';
    const theirStatus: Status = theirs.verdictMet ? 'met' : 'missed';
    if (ourStatus !== theirStatus) {
      const name = slaName(catalog, ctx.verdictSla);
      const stake = theirs.verdictMet && o ? o.cents : 0;
      differences.push({
        kind: 'verdict', ours: STATUS_WORDS[ourStatus], theirs: STATUS_WORDS[theirStatus],
        text: `their report says ${name} was ${STATUS_WORDS[theirStatus]}; our record: ${STATUS_WORDS[ourStatus]}${o && o.cents > 0 ? ` (${formatDollars(o.cents)})` : ''}${stake > 0 ? `, ${formatDollars(stake)} at stake` : ''}`,
        effects: [], atStake: centsToDollars(stake), invalid: null,
      });
    }
  }
  if (given.credit && theirs.creditCents !== null && theirs.creditCents !== ourTicketCents) {
    const stake = Math.abs(ourTicketCents - theirs.creditCents);
    differences.push({
      kind: 'credit', ours: formatDollars(ourTicketCents), theirs: formatDollars(theirs.creditCents),
      text: `their report credits ${formatDollars(theirs.creditCents)} for the ticket; our record earns ${formatDollars(ourTicketCents)}: ${formatDollars(stake)} at stake`,
      effects: [], atStake: centsToDollars(stake), invalid: null,
    });
  }
  if (differences.length === 0) return null;

  // Each result whose credit depends on whose record is right (a credit moving to another month counts in both).
  const byContract = whole.reduce((sum, e) => sum + Math.round(e.atStake * 100), 0);
  const stated = given.credit && theirs.creditCents !== null ? Math.abs(ourTicketCents - theirs.creditCents) : 0;
  return {
    month: ZoneClock.of(zone).monthOf(ours.alarmAtMs != null && ours.alarmAtMs < ours.openedAtMs ? ours.alarmAtMs : ours.openedAtMs),
    by: pair.by,
    theirs: theirTicketView(theirs, catalog, zone),
    ours: ourTicketView(pair.ours, catalog, zone),
    differences,
    effects: whole,
    ourCredit: centsToDollars(ourCents),
    theirCreditByContract: centsToDollars(theirCents),
    theirStatedCredit: theirs.creditCents === null || !given.credit ? null : centsToDollars(theirs.creditCents),
    atStake: centsToDollars(Math.max(byContract, stated)),
  };
}

/** Their stop clocks on tickets we lack that the contract does not allow (those on matched tickets are differences). */
export function invalidStopClocksOf(t: TheirTicket, catalog: Catalog, zone: string): InvalidStopClock[] {
  const asTicket: TicketInput = {
    id: `theirs:${t.ticketNumber}`, serviceId: '', kind: 'repair', alarmAtMs: t.alarmMs, openedAtMs: t.openedMs, restoredAtMs: t.restoredMs, closedAtMs: t.closedMs, stopClocks: [],
  };
  asTicket.stopClocks = t.stopClocks.map((s) => theirStopClockInput(s, [], catalog));
  const view = theirTicketView(t, catalog, zone);
  return t.stopClocks.flatMap((s, i) => {
    const flag = stopClockFlag(s, asTicket, catalog);
    if (!flag) return [];
    const v = view.stopClocks[i]!;
    return [{ ticketNumber: t.ticketNumber, code: s.code, startAt: v.startAt, endAt: v.endAt, minutes: v.minutes, line: s.line, ...flag }];
  });
}

/** The invalid stop clocks a matched ticket's differences flag, as the list shows them. */
export function invalidOfDifferences(d: TicketDifferences, raw: readonly RawDifference[]): InvalidStopClock[] {
  return raw.flatMap((r) => {
    if (!r.invalid || !r.theirStopClock) return [];
    const s = r.theirStopClock;
    return [{
      ticketNumber: d.theirs.ticketNumber, code: s.code, startAt: toUtcIso(s.startMs), endAt: s.endMs === null ? null : toUtcIso(s.endMs),
      minutes: s.endMs === null ? null : Math.round((s.endMs - s.startMs) / 600) / 100, line: s.line, ...r.invalid,
    }];
  });
}
