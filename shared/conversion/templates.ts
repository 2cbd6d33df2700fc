// Conversion project templates are data (resources/conversion/*.json), validated at load: the
// CALNET 2 → CALNET 3 project with the dates of ATR Bulletin 13-06 ships; the next program change
// is another file.
import { z } from 'zod';
import { dayOfIsoDate } from '../calendar/civil';
import { isIsoDate } from '../calendar/holidays';
import calnet2to3 from '../../resources/conversion/calnet2-to-calnet3.json';
import { formatProblem, zodProblems } from '../validation/problem';

const date = z.string().refine(isIsoDate, 'must be a date like 2014-01-29');

export const templateFileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1),
    oldProgram: z.string().min(1),
    newProgram: z.string().min(1),
    source: z.string().min(1),
    oldContractEnd: date,
    newContractAward: date.nullable(),
    surveyDue: date.nullable(),
    milestones: z.array(z.strictObject({ label: z.string().min(1), percent: z.number().int().min(1).max(100), dueOn: date })).max(20),
    milestoneNote: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    if (t.newContractAward !== null && dayOfIsoDate(t.newContractAward) > dayOfIsoDate(t.oldContractEnd)) {
      ctx.addIssue({ code: 'custom', path: ['newContractAward'], message: 'the new contract is awarded before the old one ends' });
    }
  });
export type ConversionTemplateFile = z.infer<typeof templateFileSchema>;

export function parseTemplate(json: unknown, source: string): ConversionTemplateFile {
  const r = templateFileSchema.safeParse(json);
  if (!r.success) throw new Error(`${source} is not a valid conversion template: ${zodProblems(r.error).map(formatProblem).join('; ')}`);
  return r.data;
}

export const TEMPLATES: readonly ConversionTemplateFile[] = [parseTemplate(calnet2to3, 'resources/conversion/calnet2-to-calnet3.json')];

export function templateById(id: string): ConversionTemplateFile | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
