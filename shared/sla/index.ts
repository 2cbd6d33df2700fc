// Public API of the SLA engine (DOMAIN.md, CASE_FORMAT.md). The engine is organised by rule
// (rules/: duration per ticket, availability, measured delay / jitter, site survivability,
// provisioning, notification; for a service-level catalog such as the help desk: the incident
// notification schedule, monthly targets, yearly targets), its types are in model.ts, and the one
// rule for which stop clocks count is stop-clocks.ts.
export type { Catalog, CreditTerms, SlaDefinition, StopClockCondition, RefusedCondition, Tier, TicketKind } from './catalog';
export type { AnyCatalog, ServiceLevelCatalog } from './catalog';
export {
  loadCatalog, loadAnyCatalog, loadServiceLevelCatalog, catalogFor, catalogIds, catalogIdsOf, catalogTitle, hasCatalog, isCreditCatalog,
  isServiceLevelCatalog, buildCatalog, buildAnyCatalog, objectiveMs, tierObjective, TIERS, DEFAULT_CATALOG_ID,
} from './catalog';
export type { ServiceLevel, IncidentStep, FigureTarget, FigureDefinition } from './serviceLevels';
export type { PreparedLevels } from './levels';
export { prepareLevels, evaluateLevelsMonth, levelCountdowns } from './levels';
export type { PreparedIncident, StepOutcome, DueCheck, TimelineEntry } from './rules/incidentSchedule';
export { prepareIncident, stepOutcome, incidentTimeline, incidentCountdowns } from './rules/incidentSchedule';
export { targetOutcome, targetObjectiveText } from './rules/monthlyTargets';
export { yearOf } from './rules/yearlyTargets';
export type { Term, TicketKindTerm, Vocabulary } from './vocabulary';
export { VOCABULARY, TICKET_KINDS, MEASURED_TICKET_KINDS, isMeasuredKind, vocabularies, vocabularyOf } from './vocabulary';
export type {
  ServiceInput,
  TicketInput,
  NotificationInput,
  FigureInput,
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
export { evaluateCase, evaluateAnyCase, evaluateMonth, prepareAny, isPreparedLevels } from './evaluate';
export type { AnyPrepared } from './evaluate';
export { plainReport, plainResult } from './result';
export { validateCase, validateAnyCase } from '../case/validate';
export type { CaseValidation, AnyCaseFile, AnyCaseValidation } from '../case/validate';
export type { ServiceLevelCaseFile } from '../case/serviceLevels';
export type { CaseFile } from '../case/types';
export { stopClockStatus, afterRestorationWindow } from './stop-clocks';
export { prepareTicket, unavailableMs, elapsedMs, stoppedMs, stopClockFacts, isStopped, ticketStart, ticketRestoration } from './unavailable';
export { ticketCountdowns } from './countdowns';
export { creditCents, divRoundHalfAway } from './money';
export { parseInstantFast, ZoneClock } from '../calendar/zoneClock';
export { suggestCat1 } from './suggest';
