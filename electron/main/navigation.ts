// Pure predicates of the desktop shell's security guards (ARCHITECTURE.md "Desktop shell",
// PRACTICES.md "Security"). No electron import: these run and are tested in plain Node.
//
// The window loads the built renderer from a custom, privileged scheme: app://atr/index.html.
// Our own pages are exactly the URLs on that one origin whose path stays inside the renderer
// folder; everything else (http(s), file:, data:, javascript:, other hosts, traversal) is not.

export const APP_SCHEME = 'app';
export const APP_HOST = 'atr';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Longer than any URL of ours; a guard against pathological input. */
const MAX_URL_LENGTH = 4096;

/**
 * Control characters, spaces and backslashes. The URL parser silently drops tabs and
 * newlines ("java\tscript:") and Chromium reads "\" as "/" on standard schemes, so a URL that
 * contains any of them is refused before parsing rather than guessed at.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0020\u007f\\]/;
/** After percent-decoding, an encoded space is a legitimate file name character; the rest are not. */
// eslint-disable-next-line no-control-regex
const UNSAFE_DECODED_CHARS = /[\u0000-\u001f\u007f\\]/;

/** "." or ".." in a raw path segment, percent-encoded or not ("%2e", ".%2E", …). */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Encoded "/", "\" or NUL: a second way to spell a separator, never used by our pages. */
const ENCODED_SEPARATOR = /%(?:2f|5c|00)/i;

/** The raw path of an `app://atr/…` string: between the authority and the query or fragment. */
function rawPath(url: string): string {
  const afterAuthority = url.slice(`${APP_SCHEME}://`.length);
  const slash = afterAuthority.indexOf('/');
  if (slash < 0) return '';
  const path = afterAuthority.slice(slash);
  const end = path.search(/[?#]/);
  return end < 0 ? path : path.slice(0, end);
}

function hasDotOrEncodedTrickery(path: string): boolean {
  if (ENCODED_SEPARATOR.test(path)) return true;
  return path.split('/').some((segment) => DOT_SEGMENT.test(segment));
}

/**
 * Is this URL one of our own pages? True only for `app://atr/<path>` where the path has no
 * dot segments (plain or encoded), no encoded separators, no empty segments, no userinfo and
 * no port. Query and fragment are allowed (the renderer routes in the fragment).
 */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  if (UNSAFE_CHARS.test(url)) return false;
  // The scheme and authority must be spelt exactly: no case games, no "app:atr", no "app:///".
  if (!url.startsWith(`${APP_ORIGIN}/`) && url !== APP_ORIGIN) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return false;
  if (parsed.host !== APP_HOST || parsed.hostname !== APP_HOST || parsed.port !== '') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // Check the raw text, not only the parsed URL: the parser resolves "/a/../../b" to "/b",
  // which would hide the attempt; we refuse it instead.
  const raw = rawPath(url);
  if (hasDotOrEncodedTrickery(raw)) return false;
  const pathname = parsed.pathname === '' ? '/' : parsed.pathname;
  if (pathname.startsWith('//') || /\/\/./.test(pathname)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false; // malformed percent-encoding
  }
  if (UNSAFE_DECODED_CHARS.test(decoded)) return false;
  return !decoded.split('/').some((segment) => segment === '.' || segment === '..');
}

/**
 * The file an app URL names, relative to the renderer folder, with "/" separators; null when
 * the URL is not ours or names something we never serve (dotfiles, drive letters). The path
 * "/" is the index page. The caller joins it to the folder and checks it stays inside.
 */
export function appFilePath(url: string): string | null {
  if (!isAppUrl(url)) return null;
  const { pathname } = new URL(url);
  const decoded = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (decoded === '') return 'index.html';
  const segments = decoded.split('/');
  if (segments.some((s) => s === '' || s.startsWith('.') || s.includes(':'))) return null;
  return segments.join('/');
}

/**
 * May the page be granted this permission (camera, geolocation, notifications, clipboard
 * read, …)? No: the page never needs one. Notifications are shown by the main process from
 * the services' `notice` events, files are opened through main's dialogs, and nothing in the
 * app uses devices, location or media. Copy and paste through the Edit commands need no
 * permission. So every request and every check is denied.
 */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}

/**
 * The Content-Security-Policy of our pages, sent as a response header by the app:// handler
 * and on every response of the window's session. Same as (never looser than) the meta tag
 * in renderer/index.html: only our own origin, no 'unsafe-eval', no inline script or style,
 * no remote origins, no frames, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'none'",
].join('; ');
