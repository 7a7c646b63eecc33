import { phrase } from "../diagnostics/codes.js";
import type { Words } from "../diagnostics/words.js";
/** Largest standard accepted by default: a 2,000-line standard is about 60 KB. */
export const DEFAULT_MAX_BYTES = 512 * 1024;

export interface SourceProblem {
  code: "file-too-large" | "invalid-utf8" | "binary-input";
  message: Words;
  hint: Words;
  /** Offset into the text (or the byte offset, for undecodable input). */
  offset: number;
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: SourceProblem; text: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Turns file bytes (or text) into source text, refusing what is not a standard before any
 * parsing: oversized files, invalid UTF-8, binary data. A UTF-8 byte-order mark is dropped.
 */
export function readSource(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  const size = typeof input === "string" ? utf8Length(input, maxBytes) : input.byteLength;
  if (size > maxBytes) {
    return {
      ok: false,
      text: "",
      problem: {
        code: "file-too-large",
        ...phrase("file-too-large", "size", { size: formatSize(size, maxBytes), limit: formatSize(maxBytes, size) }),
        offset: 0,
      },
    };
  }
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = decoder.decode(input);
    } catch {
      const offset = firstInvalidUtf8(input);
      return {
        ok: false,
        text: new TextDecoder("utf-8").decode(input.subarray(0, offset)),
        problem: {
          code: "invalid-utf8",
          ...phrase("invalid-utf8", "byte", { byte: offset + 1 }),
          offset,
        },
      };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    return {
      ok: false,
      text: text.slice(0, nul),
      problem: {
        code: "binary-input",
        ...phrase("binary-input", "nul", {}),
        offset: nul,
      },
    };
  }
  return { ok: true, text };
}

/** A readable size, exact in bytes when rounding would make it look equal to `other`. */
function formatSize(bytes: number, other: number): string {
  const rounded = (n: number) =>
    n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
  return rounded(bytes) === rounded(other) ? `${bytes.toLocaleString("en")} bytes` : rounded(bytes);
}

/** Byte offset of the first malformed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/** The UTF-8 size of text, as the file on disk would be; only a lower bound when plainly under `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair (two units) is four bytes.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
