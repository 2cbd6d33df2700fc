// Read channels that feed the charts (renderer/charts) with data no other channel returns. The
// series are shaped by shared/charts from rows the main process reads; the renderer plots them.
import { z } from 'zod';
import { channel } from './channel';
import { id, monthText } from './fields';

export const ticketsPerContractorQuerySchema = z
  .object({
    /** The last month of the run (agency time). */
    month: monthText,
    /** How many months end at it (12 by default). */
    months: z.number().int().min(1).max(36).default(12),
  })
  .strict();

/** shared/charts ticketsPerContractorSeries: counts by the month the outage started, agency time. */
export const ticketsPerContractorSchema = z.object({
  months: z.array(monthText),
  series: z.array(z.object({ contractorId: id, name: z.string(), counts: z.array(z.number().int().nonnegative()) })),
});
export type TicketsPerContractorAnswer = z.infer<typeof ticketsPerContractorSchema>;

export const chartChannels = {
  'charts:ticketsPerContractor': channel(ticketsPerContractorQuerySchema, ticketsPerContractorSchema),
};
