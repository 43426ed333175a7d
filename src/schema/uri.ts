/**
 * RFC 3986 absolute URIs (section 3 and 4.3: `scheme ":" hier-part
 * ["?" query] ["#" fragment]`), the `format: uri` of OCPP 1.6's schemas. A
 * scanner over character classes rather than a regular expression, exact to
 * the grammar: percent signs need two hex digits, an authority's host is a
 * reg-name or a bracketed IPv6 / IPvFuture literal, its port digits only.
 */

/** Character classes, as bits. */
const C = {
  ALPHA: 1,
  DIGIT: 2,
  /** - . _ ~ */
  UNRESERVED_MARK: 4,
  /** ! $ & ' ( ) * + , ; = */
  SUB_DELIM: 8,
  HEX: 16,
} as const;

const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CLASS[c] = C.ALPHA;
for (let c = 97; c <= 122; c++) CLASS[c] = C.ALPHA;
for (let c = 48; c <= 57; c++) CLASS[c] = C.DIGIT | C.HEX;
for (const c of 'abcdefABCDEF') CLASS[c.charCodeAt(0)]! |= C.HEX;
for (const c of '-._~') CLASS[c.charCodeAt(0)] = C.UNRESERVED_MARK;
for (const c of "!$&'()*+,;=") CLASS[c.charCodeAt(0)] = C.SUB_DELIM;

const is = (s: string, i: number, mask: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 && (CLASS[c]! & mask) !== 0;
};
const UNRESERVED = C.ALPHA | C.DIGIT | C.UNRESERVED_MARK;

/**
 * Length of the run from `i` of unreserved, sub-delims, percent-encoded and
 * the `extra` characters; -1 on a malformed percent-encoding.
 */
function run(s: string, i: number, end: number, extra: string): number {
  let j = i;
  while (j < end) {
    if (is(s, j, UNRESERVED | C.SUB_DELIM) || extra.includes(s[j]!)) j++;
    else if (s.charCodeAt(j) === 37) {
      // '%' HEXDIG HEXDIG
      if (j + 2 >= end || !is(s, j + 1, C.HEX) || !is(s, j + 2, C.HEX)) return -1;
      j += 3;
    } else break;
  }
  return j - i;
}

function isHex16(s: string): boolean {
  if (s.length < 1 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) if (!is(s, i, C.HEX)) return false;
  return true;
}

function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(p));
}

/** RFC 3986 IPv6address: eight 16-bit groups, one `::` standing for one or more, an IPv4 tail for the last two. */
export function isIPv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string): string[] | null => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let count = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    all.pop();
    count++;
  }
  if (!all.every(isHex16)) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isIPLiteral(s: string): boolean {
  if (s.charCodeAt(0) === 118 || s.charCodeAt(0) === 86) {
    // IPvFuture: "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
    const dot = s.indexOf('.');
    if (dot < 2) return false;
    for (let i = 1; i < dot; i++) if (!is(s, i, C.HEX)) return false;
    if (dot === s.length - 1) return false;
    for (let i = dot + 1; i < s.length; i++) if (!(is(s, i, UNRESERVED | C.SUB_DELIM) || s[i] === ':')) return false;
    return true;
  }
  return isIPv6(s);
}

/** `authority` = [ userinfo "@" ] host [ ":" port ] */
function isAuthority(s: string): boolean {
  let i = 0;
  const at = s.lastIndexOf('@');
  if (at !== -1) {
    if (run(s, 0, at, ':') !== at) return false;
    i = at + 1;
  }
  let hostEnd: number;
  if (s.charCodeAt(i) === 91) {
    // '[' IP-literal ']'
    const close = s.indexOf(']', i);
    if (close === -1 || !isIPLiteral(s.slice(i + 1, close))) return false;
    hostEnd = close + 1;
  } else {
    const n = run(s, i, s.length, '');
    if (n < 0) return false;
    hostEnd = i + n;
  }
  if (hostEnd === s.length) return true;
  if (s.charCodeAt(hostEnd) !== 58) return false;
  for (let j = hostEnd + 1; j < s.length; j++) if (!is(s, j, C.DIGIT)) return false;
  return true;
}

/** True when `s` is an absolute URI by RFC 3986's grammar. */
export function isUri(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon < 1 || !is(s, 0, C.ALPHA)) return false;
  for (let i = 1; i < colon; i++) {
    const c = s.charCodeAt(i);
    if (!(is(s, i, C.ALPHA | C.DIGIT) || c === 43 || c === 45 || c === 46)) return false;
  }
  const hash = s.indexOf('#', colon);
  const end = hash === -1 ? s.length : hash;
  const question = s.indexOf('?', colon);
  const hierEnd = question === -1 || question > end ? end : question;
  let i = colon + 1;
  if (s.startsWith('//', i)) {
    let authEnd = i + 2;
    while (authEnd < hierEnd && s.charCodeAt(authEnd) !== 47) authEnd++;
    if (!isAuthority(s.slice(i + 2, authEnd))) return false;
    i = authEnd;
  }
  // The path: pchar and '/' (path-abempty, -absolute, -rootless or -empty; "//" was the authority).
  if (run(s, i, hierEnd, ':@/') !== hierEnd - i) return false;
  // Query and fragment: pchar, '/' and '?'.
  if (hierEnd < end && run(s, hierEnd + 1, end, ':@/?') !== end - hierEnd - 1) return false;
  if (end < s.length && run(s, end + 1, s.length, ':@/?') !== s.length - end - 1) return false;
  return true;
}
