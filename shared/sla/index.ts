// Public API of the SLA engine (DOMAIN.md, CASE_FORMAT.md).
export type { Catalog, CreditTerms, SlaDefinition, StopClockCondition, RefusedCondition, Tier, TicketKind } from './catalog';
export { loadCatalog, catalogIds, hasCatalog, buildCatalog, objectiveMs, tierObjective, TIERS, TICKET_KINDS } from './catalog';
export type {
  ServiceInput,
  TicketInput,
  StopClockInput,
  OrderInput,
  UsageInput,
  HistoryInput,
  Report,
  SlaResult,
  Measure,
  CreditLine,
} from './model';
export type { PreparedCase, PreparedService, PreparedOrder, CaseTicket as PreparedCaseTicket, ModelInput } from './prepare';
export { prepareCase, prepareModel, toServiceInput, toTicketInput, toOrderInput, toStopClockInput, orderStatus, orderDelayMs } from './prepare';
export { evaluateCase, evaluateMonth } from './evaluate';
export { plainReport, plainResult } from './result';
export { validateCase } from '../case/validate';
export type { CaseValidation } from '../case/validate';
export type { CaseFile } from '../case/types';
export type { PreparedTicket, StopClockStatus, StopClockReason } from './unavailable';
export { prepareTicket, unavailableMs, elapsedMs, stoppedMs, isStopped, stopClockStatus, ticketStart, ticketRestoration, afterRestorationWindow } from './unavailable';
export type { Countdown } from './countdowns';
export { ticketCountdowns } from './countdowns';
export { creditCents, divRoundHalfAway } from './money';
export { parseInstantFast, ZoneClock } from '../calendar/zoneClock';
export type { Cat1Suggestion } from './suggest';
export { suggestCat1 } from './suggest';
