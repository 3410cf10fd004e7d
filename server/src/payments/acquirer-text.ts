// Text an acquirer wrote (error codes and messages, e.g. WeChat Pay's
// return_msg) as the hub keeps it: plain text on one line, bounded. It is not
// HTML-escaped here: the API sends it as a JSON string and the console renders
// it as text (React escapes it), so escaping belongs to whoever renders it.

/** Enough for any documented Alipay sub_code or WeChat Pay message; an acquirer's essay is cut. */
export const ACQUIRER_TEXT_MAX_CHARS = 200;

// Control characters (newlines, ANSI escapes) would forge lines in logs and terminals.
const CONTROL = /\p{Cc}/gu;

export function acquirerText(text: string): string {
  const line = text.replace(CONTROL, ' ');
  const chars = [...line]; // by code point, so a cut never splits a surrogate pair
  return chars.length <= ACQUIRER_TEXT_MAX_CHARS ? line : `${chars.slice(0, ACQUIRER_TEXT_MAX_CHARS - 1).join('')}…`;
}
