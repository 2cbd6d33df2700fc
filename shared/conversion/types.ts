// The words of a conversion (DOMAIN.md "CALNET 2 to CALNET 3 conversion", ATR Bulletin 13-06 of
// December 20, 2013). One word, one meaning:
// - a **project** is one program change (CALNET 2 → CALNET 3) with its dates and milestones;
// - an **item** is one existing service being converted, keyed by its old Circuit ID / Service ID;
// - its **decision** is how it converts: Transition (same contractor, same service), Migration
//   (another contractor or another service: an order for new service, Form 20 required) or
//   Disconnect (a disconnect notice was recorded); it follows from incumbent vs target and is
//   never typed in (shared/conversion/rules.ts);
// - its **status** is where it stands: planned → authorized → ordered → converted, or disconnected;
// - a **step** is what a person does to move it: authorize, order, convert, disconnect.

export const CONVERSION_DECISIONS = ['transition', 'migration', 'disconnect'] as const;
export type ConversionDecision = (typeof CONVERSION_DECISIONS)[number];
export const DECISION_LABELS: Record<ConversionDecision, string> = {
  transition: 'Transition',
  migration: 'Migration',
  disconnect: 'Disconnect',
};
/** An item whose agency must opt in (exempt State agency, Non-State Entity) and has not yet chosen. */
export const UNDECIDED_LABEL = 'Undecided';

export const CONVERSION_STATUSES = ['planned', 'authorized', 'ordered', 'converted', 'disconnected'] as const;
export type ConversionStatus = (typeof CONVERSION_STATUSES)[number];
export const STATUS_LABELS: Record<ConversionStatus, string> = {
  planned: 'Planned',
  authorized: 'Authorized',
  ordered: 'Ordered',
  converted: 'Converted',
  disconnected: 'Disconnected',
};
/** Statuses that end an item's conversion: it counts toward the milestones. */
export const DONE_STATUSES: readonly ConversionStatus[] = ['converted', 'disconnected'];

export const CONVERSION_STEPS = ['authorize', 'order', 'convert', 'disconnect'] as const;
export type ConversionStep = (typeof CONVERSION_STEPS)[number];
export const STEP_LABELS: Record<ConversionStep, string> = {
  authorize: 'Authorize',
  order: 'Order',
  convert: 'Convert',
  disconnect: 'Disconnect',
};

/**
 * Form 20 (CALNET 3 User Instructions): required for a Migration before it is ordered.
 * 'none' = not started, 'in-progress' = being filled in or awaiting signatures, 'completed' =
 * completed and dated (only this lets a Migration be ordered).
 */
export const FORM20_STATUSES = ['none', 'in-progress', 'completed'] as const;
export type Form20Status = (typeof FORM20_STATUSES)[number];
export const FORM20_LABELS: Record<Form20Status, string> = {
  none: 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** The two roles the bulletin asks each department to name; one person may hold both. */
export const CONVERSION_ROLES = ['manager', 'coordinator'] as const;
export type ConversionRole = (typeof CONVERSION_ROLES)[number];
export const ROLE_LABELS: Record<ConversionRole, string> = {
  manager: 'Customer Conversion Manager',
  coordinator: 'Customer Conversion Coordinator',
};
/** What each role does, in the bulletin's words (ATR 13-06). */
export const ROLE_DUTIES: Record<ConversionRole, readonly string[]> = {
  manager: ['Authorize transition or migration of services', 'Address escalated issues', 'Approve schedules'],
  coordinator: [
    'Act as a "point of contact" during conversion activity',
    'Coordinate conversion schedule',
    'Coordinate the Transition of services',
    'Coordinate the Migration of services, if applicable',
  ],
};

/** The agency's kind (agency table): it decides whether its services transition automatically. */
export type { AgencyKind } from '../ipc/agency';

/** Days before a deadline (old contract end, a milestone) within which an unready item is at risk. */
export const AT_RISK_DAYS = 30;
