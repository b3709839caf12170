/**
 * Turns file bytes into text the way a reader expects: by its byte order mark when it has one (UTF-8, UTF-16),
 * UTF-8 when it is valid or nearly so, windows-1252 when most of its non-ASCII bytes are not UTF-8 (every byte
 * sequence decodes, so a legacy-encoded guide still yields its commands), and no text at all for binaries.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly encoding: TextEncoding;
      /** Invalid UTF-8 sequences shown as U+FFFD because the rest of the file is UTF-8; 0 otherwise. */
      readonly replaced: number;
    }
  | { readonly kind: 'binary' };

/** A NUL byte in the first 8 KiB is how git itself tells a binary from text. */
const BINARY_SNIFF_BYTES = 8192;
const REPLACEMENT = 0xfffd;

/** `truncated`: the bytes are a prefix of the file, so they may end inside a character. */
export function decodeText(bytes: Uint8Array, options: { truncated?: boolean } = {}): Decoded {
  const truncated = options.truncated === true;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', truncated);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', truncated);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (hasNul(body)) return { kind: 'binary' };
  const utf8 = truncated ? body.subarray(0, completeUtf8Length(body)) : body;
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(utf8), encoding: 'utf-8', replaced: 0 };
  } catch {
    return decodeMostlyUtf8(utf8, body);
  }
}

/**
 * One stray byte should not turn every accented letter of a UTF-8 file into mojibake: such a file stays UTF-8
 * with the bad bytes replaced. Only when invalid sequences outnumber valid non-ASCII characters is the file
 * taken for a legacy single-byte encoding.
 */
function decodeMostlyUtf8(utf8: Uint8Array, all: Uint8Array): Decoded {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8);
  let replacements = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === REPLACEMENT) replacements++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  const replaced = replacements - encodedReplacements(utf8);
  if (replaced <= valid) return { kind: 'text', text, encoding: 'utf-8', replaced };
  return { kind: 'text', text: new TextDecoder('windows-1252').decode(all), encoding: 'windows-1252', replaced: 0 };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', truncated: boolean): Decoded {
  const even = truncated ? bytes.subarray(0, bytes.length - (bytes.length % 2)) : bytes;
  // Swapped by hand rather than with a 'utf-16be' decoder, which builds of Node without full ICU lack.
  const le = encoding === 'utf-16le' ? even : swapPairs(even);
  let text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(le);
  if (truncated && text.length > 0 && text.charCodeAt(text.length - 1) === REPLACEMENT) text = text.slice(0, -1);
  const sniff = Math.min(text.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) if (text.charCodeAt(i) === 0) return { kind: 'binary' };
  return { kind: 'text', text, encoding, replaced: 0 };
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

function hasNul(bytes: Uint8Array): boolean {
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) if (bytes[i] === 0) return true;
  return false;
}

/** U+FFFD written in the file itself (EF BF BD), which is not a decoding error. */
function encodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/** The length without an incomplete UTF-8 sequence at the end, as left when a large file is capped. */
function completeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length;
  // Look back at most 3 bytes for the lead byte of the last sequence.
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back];
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > back) return end - back;
    }
    break;
  }
  return end;
}
