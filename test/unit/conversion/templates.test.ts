// The shipped conversion template (resources/conversion/calnet2-to-calnet3.json) carries the
// bulletin's dates (ATR 13-06, seed 001), and a broken template file is refused at load.
import { describe, expect, it } from 'vitest';
import { parseTemplate, TEMPLATES, templateById } from '../../../shared/conversion/templates';

describe('conversion templates', () => {
  it('CALNET 2 → CALNET 3 has the dates of ATR 13-06 and three default milestones', () => {
    const t = templateById('calnet2-to-calnet3');
    expect(t).toMatchObject({
      oldProgram: 'CALNET 2', newProgram: 'CALNET 3',
      oldContractEnd: '2014-01-29', newContractAward: '2013-11-15', surveyDue: '2013-12-27',
    });
    expect(t?.source).toMatch(/ATR Bulletin 13-06, December 20, 2013/);
    expect(t?.milestones.map((m) => [m.percent, m.dueOn])).toEqual([[50, '2013-12-31'], [90, '2014-01-15'], [100, '2014-01-29']]);
    expect(TEMPLATES).toHaveLength(1);
  });

  it('refuses a template with a date that is not one, or an award after the old contract ends, naming the field', () => {
    const good = templateById('calnet2-to-calnet3')!;
    expect(() => parseTemplate({ ...good, oldContractEnd: '2014-02-30' }, 'x.json')).toThrow(/x\.json is not a valid conversion template: \/oldContractEnd: must be a date like 2014-01-29/);
    expect(() => parseTemplate({ ...good, newContractAward: '2014-03-01' }, 'x.json')).toThrow(/\/newContractAward: the new contract is awarded before the old one ends/);
    expect(() => parseTemplate({ ...good, milestones: [{ label: 'x', percent: 120, dueOn: '2014-01-01' }] }, 'x.json')).toThrow(/\/milestones\/0\/percent/);
  });
});
