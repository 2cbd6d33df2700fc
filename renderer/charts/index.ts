// Reusable charts, each fed by a pure shaping function of shared/charts:
//   AvailabilityChart          ← availabilitySeries (sla:service)
//   CreditsChart               ← creditsSeries (the claims register)
//   TicketsPerContractorChart  ← ticketsPerContractorSeries (charts:ticketsPerContractor)
// Each is one labelled picture (role="img"), with a legend drawn in the plot's patterns and
// dashes, a <details> table of its figures, and a `print` prop (fixed size, no animation).
export { AvailabilityChart, type AvailabilityChartProps } from './AvailabilityChart';
export { CreditsChart, type CreditsChartProps } from './CreditsChart';
export { TicketsPerContractorChart, type TicketsPerContractorChartProps } from './TicketsPerContractorChart';
export { availabilitySummary, creditsSummary, ticketsSummary } from './format';
export { TargetTrendChart, targetSummary, type TargetTrendChartProps } from './TargetTrendChart';
