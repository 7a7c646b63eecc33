/**
 * Keeping the text: the browser's storage keeps the last text (and the language), and a link
 * carries a small standard in its hash, deflated (`#yaml=` + base64url), so nothing goes to a server.
 */
import type { PageLang } from "./words.js";

const TEXT_KEY = "yardstick.playground.text";
const LANG_KEY = "yardstick.playground.lang";
const HASH_PREFIX = "#yaml=";
/** Longest link offered: mail and chat programs cut longer ones. */
export const MAX_LINK = 8000;

export const keptText = (): string | null => {
  try {
    return localStorage.getItem(TEXT_KEY);
  } catch {
    return null;
  }
};

export const keepText = (text: string): void => {
  try {
    localStorage.setItem(TEXT_KEY, text);
  } catch {
    // Storage full or refused (a private window): the text stays in the page.
  }
};

export const keptLang = (): PageLang | null => {
  try {
    const lang = localStorage.getItem(LANG_KEY);
    return lang === "zh" || lang === "en" ? lang : null;
  } catch {
    return null;
  }
};

export const keepLang = (lang: PageLang): void => {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // as above
  }
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The hash of a link that opens the page with `text`. */
export async function hashFor(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"));
  return HASH_PREFIX + toBase64Url(packed);
}

/** The text a link's hash carries, or null when it carries none (or a broken one). */
export async function textFromHash(hash: string): Promise<string | null> {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(HASH_PREFIX.length)), new DecompressionStream("deflate-raw"));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
