import { describe, expect, it } from 'vitest';
import { hrefFor, screenFromHash } from '../../../renderer/shell/route';
import { autoDismissMs, useNotices } from '../../../renderer/shell/notices';
import { timeZoneOptions } from '../../../renderer/agency/timeZones';

describe('route', () => {
  it('reads the screen from the hash, home by default', () => {
    expect(screenFromHash('#/services')).toBe('services');
    expect(screenFromHash('#/agency')).toBe('agency');
    expect(screenFromHash('')).toBe('home');
    expect(screenFromHash('#token=abc')).toBe('home');
    expect(screenFromHash('#/nowhere')).toBe('home');
    expect(hrefFor('services')).toBe('#/services');
  });
});

describe('notices', () => {
  it('info goes away on its own; warnings stay', () => {
    expect(autoDismissMs('success')).toBeGreaterThan(0);
    expect(autoDismissMs('overdue')).toBeNull();
    expect(autoDismissMs('warning')).toBeNull();
  });
  it('a notice pushed again with the same id replaces the old one; at most five are kept', () => {
    const { push, dismiss } = useNotices.getState();
    push({ id: 'n1', title: 'a', body: '', level: 'info' });
    push({ id: 'n1', title: 'b', body: '', level: 'info' });
    expect(useNotices.getState().items.filter((n) => n.id === 'n1').map((n) => n.title)).toEqual(['b']);
    for (let i = 0; i < 8; i++) push({ title: `t${i}`, body: '', level: 'info' });
    expect(useNotices.getState().items).toHaveLength(5);
    for (const n of useNotices.getState().items) dismiss(n.id);
    expect(useNotices.getState().items).toEqual([]);
  });
});

describe('timeZoneOptions', () => {
  it('offers California first, keeps the current zone, no duplicates', () => {
    const z = timeZoneOptions('Europe/Paris', ['America/Los_Angeles', 'Europe/Paris', 'Asia/Tokyo']);
    expect(z[0]).toBe('America/Los_Angeles');
    expect(z).toContain('Europe/Paris');
    expect(new Set(z).size).toBe(z.length);
  });
});
