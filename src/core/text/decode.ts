/**
 * Turns file bytes into text the way a reader expects: UTF-8 when it is valid, Latin-1 otherwise (every byte
 * sequence decodes, so a legacy-encoded guide still yields its commands), and no text at all for binaries.
 */

export type Decoded =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: 'utf-8' | 'latin1' }
  | { readonly kind: 'binary' };

/** A NUL byte in the first 8 KiB is how git itself tells a binary from text. */
const BINARY_SNIFF_BYTES = 8192;

export function decodeText(bytes: Uint8Array): Decoded {
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) if (bytes[i] === 0) return { kind: 'binary' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { kind: 'text', text: stripBom(text), encoding: 'utf-8' };
  } catch {
    return { kind: 'text', text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
  }
}

/** Decodes a prefix that may end inside a multi-byte character, as happens when a large file is capped. */
export function decodeTruncated(bytes: Uint8Array): Decoded {
  // Drop at most 3 trailing bytes of an incomplete UTF-8 sequence so the cut itself is not mistaken for Latin-1.
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back];
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > back) end -= back;
    }
    break;
  }
  return decodeText(bytes.subarray(0, end));
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
