import { describe, expect, it } from 'vitest';
import { captureToken, splitTokenFromHash, TOKEN_KEY, type TokenEnv } from '../../../renderer/api/token';

function env(hash: string, stored: string | null = null) {
  const store = new Map<string, string>(stored === null ? [] : [[TOKEN_KEY, stored]]);
  const replaced: string[] = [];
  const e: TokenEnv = {
    location: { hash, pathname: '/', search: '' },
    history: { state: null, replaceState: (_d, _u, url) => void replaced.push(String(url)) },
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
  };
  return { e, store, replaced };
}

describe('splitTokenFromHash', () => {
  it('reads the token and leaves nothing', () => {
    expect(splitTokenFromHash('#token=abc-_123')).toEqual({ token: 'abc-_123', rest: '' });
  });
  it('keeps other pairs', () => {
    expect(splitTokenFromHash('#token=abc&x=1')).toEqual({ token: 'abc', rest: '#x=1' });
  });
  it('no token: the hash is left alone', () => {
    expect(splitTokenFromHash('#/services')).toEqual({ token: null, rest: '#/services' });
    expect(splitTokenFromHash('')).toEqual({ token: null, rest: '' });
  });
  it('an empty token is no token', () => {
    expect(splitTokenFromHash('#token=').token).toBeNull();
  });
});

describe('captureToken', () => {
  it('takes the token from the address, stores it and removes it from the address bar', () => {
    const { e, store, replaced } = env('#token=s3cret');
    expect(captureToken(e)).toBe('s3cret');
    expect(store.get(TOKEN_KEY)).toBe('s3cret');
    expect(replaced).toEqual(['/']);
  });
  it('after a reload the session copy is used and the address is not touched', () => {
    const { e, replaced } = env('#/services', 'kept');
    expect(captureToken(e)).toBe('kept');
    expect(replaced).toEqual([]);
  });
  it('a new token in the address replaces the stored one (host restarted)', () => {
    const { e, store } = env('#token=new', 'old');
    expect(captureToken(e)).toBe('new');
    expect(store.get(TOKEN_KEY)).toBe('new');
  });
  it('works without storage', () => {
    const { e } = env('#token=t');
    expect(captureToken({ ...e, storage: null })).toBe('t');
    expect(captureToken({ ...env('').e, storage: null })).toBeNull();
  });
});
