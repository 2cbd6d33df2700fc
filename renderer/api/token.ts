// The loopback host hands the page its token in the address: `http://127.0.0.1:PORT/#token=…`.
// We read it once at start, keep it for the tab's session (a reload still works), and take
// it out of the address bar so it is not bookmarked, shared or shown.

export const TOKEN_KEY = 'atr.token';

/** The token in a location hash (`#token=abc`, possibly among other `&`-separated pairs) and the hash without it. */
export function splitTokenFromHash(hash: string): { token: string | null; rest: string } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return { token: null, rest: '' };
  const params = new URLSearchParams(raw);
  const token = params.get('token');
  if (token === null) return { token: null, rest: hash };
  params.delete('token');
  const left = params.toString();
  return { token: token.trim() === '' ? null : token, rest: left ? `#${left}` : '' };
}

export interface TokenEnv {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string | null): void; state: unknown };
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void } | null;
}

/** Reads the token from the address (then removes it) or from the session; null if neither has one. */
export function captureToken(env: TokenEnv): string | null {
  const { token, rest } = splitTokenFromHash(env.location.hash);
  if (token !== null) {
    try {
      env.storage?.setItem(TOKEN_KEY, token);
    } catch {
      // Storage can be unavailable (privacy settings); the token then lives for this page only.
    }
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}${rest}`);
    return token;
  }
  try {
    return env.storage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}
