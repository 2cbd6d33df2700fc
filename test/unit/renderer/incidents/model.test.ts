import { describe, expect, it } from 'vitest';
import { contractorNumber, incidentName, suggestionText, ticketHref, ticketLabel, ticketPhrase, toggleId } from '../../../../renderer/incidents/model';

const reason = '2 service types failed at 1325 J St (29.4.8.2: two or more service types at one address)';

describe('incident helpers', () => {
  it('shows the CAT 1 suggestion until the incident is CAT 1', () => {
    expect(suggestionText({ category: 'none', suggestion: { category: 'cat1', reason } })).toBe(`Suggest CAT 1: ${reason}`);
    expect(suggestionText({ category: 'cat2', suggestion: { category: 'cat1', reason } })).toBe(`Suggest CAT 1: ${reason}`);
    expect(suggestionText({ category: 'cat1', suggestion: { category: 'cat1', reason } })).toBeNull();
    expect(suggestionText({ category: 'none', suggestion: null })).toBeNull();
  });

  it('names incidents and tickets', () => {
    expect(incidentName({ id: 4, reference: '' })).toBe('Incident #4');
    expect(incidentName({ id: 4, reference: 'INC-1' })).toBe('INC-1');
    expect(ticketLabel({ circuitId: 'SAC-VM-0002', serviceType: 'converged-voip-voicemail', site: 'HQ' })).toBe('SAC-VM-0002 · Converged VoIP Voice Mail · HQ');
    expect(ticketLabel({ circuitId: 'X', serviceType: 'converged-voip', site: '' })).toBe('X · Converged VoIP');
    expect(ticketHref(12)).toBe('#/tickets/12');
  });

  it('names a linked ticket by the contractor\'s number, the app\'s id only when there is none', () => {
    expect(contractorNumber({ contractorTicket: 'ATT-700347' }, 12)).toBe('ATT-700347');
    expect(contractorNumber({ contractorTicket: '' }, 12)).toBe('no contractor number (#12)');
    expect(contractorNumber({ contractorTicket: '   ' }, 12)).toBe('no contractor number (#12)');
    // Not loaded (yet): the id, without claiming the number is missing.
    expect(contractorNumber(undefined, 12)).toBe('ticket #12');
    expect(ticketPhrase({ contractorTicket: 'ATT-700347', circuitId: 'SAC-VOIP-0001' }, 12)).toBe('ticket ATT-700347 (SAC-VOIP-0001)');
    expect(ticketPhrase({ contractorTicket: '', circuitId: 'SAC-VM-0002' }, 12)).toBe('ticket #12 (SAC-VM-0002, no contractor number)');
    expect(ticketPhrase(undefined, 12)).toBe('ticket #12');
  });

  it('toggles a ticket in the selection', () => {
    expect(toggleId([1, 2], 3)).toEqual([1, 2, 3]);
    expect(toggleId([1, 2, 3], 2)).toEqual([1, 3]);
  });
});
