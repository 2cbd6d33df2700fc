// Public API of the SLA engine (DOMAIN.md, CASE_FORMAT.md). The engine is organised by rule
// (rules/: duration per ticket, availability, measured delay / jitter, site survivability,
// provisioning, notification), its types are in model.ts, and the one rule for which stop clocks
// count is stop-clocks.ts.
export type { Catalog, CreditTerms, SlaDefinition, StopClockCondition, RefusedCondition, Tier, TicketKind } from './catalog';
export { loadCatalog, catalogIds, hasCatalog, buildCatalog, objectiveMs, tierObjective, TIERS, TICKET_KINDS } from './catalog';
export type {
  ServiceInput,
  TicketInput,
  StopClockInput,
  OrderInput,
  UsageInput,
  HistoryInput,
  ModelInput,
  Report,
  SlaResult,
  Measure,
  CreditLine,
  PreparedCase,
  PreparedService,
  PreparedOrder,
  OrderStatus,
  PreparedTicket,
  CaseTicket as PreparedCaseTicket,
  StopClockStatus,
  StopClockReason,
  StopClockFacts,
  StopClockItem,
  Countdown,
  Cat1Suggestion,
} from './model';
export { prepareCase, prepareModel } from './prepare';
export { toServiceInput, toTicketInput, toOrderInput, toStopClockInput } from './convert';
export { orderStatus, orderDelayMs } from './rules/provisioning';
export { evaluateCase, evaluateMonth } from './evaluate';
export { plainReport, plainResult } from './result';
export { validateCase } from '../case/validate';
export type { CaseValidation } from '../case/validate';
export type { CaseFile } from '../case/types';
export { stopClockStatus, afterRestorationWindow } from './stop-clocks';
export { prepareTicket, unavailableMs, elapsedMs, stoppedMs, stopClockFacts, isStopped, ticketStart, ticketRestoration } from './unavailable';
export { ticketCountdowns } from './countdowns';
export { creditCents, divRoundHalfAway } from './money';
export { parseInstantFast, ZoneClock } from '../calendar/zoneClock';
export { suggestCat1 } from './suggest';
