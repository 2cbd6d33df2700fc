// Text on the record must be text: a lone UTF-16 surrogate (what JSON's "\ud800" or a
// structured clone can carry) is not a character, cannot be written to a UTF-8 file or case
// file faithfully, and reads back as U+FFFD, so what was typed is not what is kept
// (issue 10 item 6, "Text fields refuse ill-formed Unicode"). Checked once for every request
// at the seam, whatever the channel.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The JSON pointer of the first string (value or key) in `value` that is not well-formed
 * Unicode, or null when all are. Walks with its own stack, so a deeply nested request
 * cannot overflow the call stack.
 */
export function illFormedTextPath(value: unknown): string | null {
  const stack: Array<{ v: unknown; path: string }> = [{ v: value, path: '' }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}/${i}` });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (LONE_SURROGATE.test(k)) return `${path}/${escape(k)}`;
        stack.push({ v: (v as Record<string, unknown>)[k], path: `${path}/${escape(k)}` });
      }
    }
  }
  return null;
}
