/**
 * Control characters in text that reaches a terminal, escaped as git and
 * ripgrep do: a linted file's text (quoted in messages) and file names are
 * data, and an ESC, a BEL or a bidi override in them must never drive the
 * terminal (a screen clear, an OSC 52 clipboard write, a hyperlink, text
 * reordered to hide what it says). C0 and C1 controls and DEL become \xNN;
 * the bidi embedding, override and isolate characters become \u{NNNN}.
 * Tabs stay; line breaks in a message are joined by the formats themselves.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(s: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${n.toString(16).toUpperCase()}}`;
  });
}
