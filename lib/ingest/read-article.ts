import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Largest article accepted: news articles are a few kilobytes; anything near this is not one. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export class ArticleFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleFileError';
  }
}

export interface ArticleFile {
  /** Path relative to the working directory, with forward slashes: the article's identity. */
  file: string;
  /** The text with any byte-order mark removed and Windows line endings made \n. */
  text: string;
}

/**
 * Reads one article, refusing what is not a plain UTF-8 text of sensible size, with a
 * reason a person can act on.
 */
export async function readArticleFile(filePath: string): Promise<ArticleFile> {
  const file = path.relative(process.cwd(), path.resolve(filePath)).split(path.sep).join('/');
  const info = await stat(filePath).catch((e: NodeJS.ErrnoException) => {
    throw new ArticleFileError(file, e.code === 'ENOENT' ? 'no such file' : `cannot be read (${e.code ?? e.message})`);
  });
  if (!info.isFile()) throw new ArticleFileError(file, 'is not a regular file');
  if (info.size === 0) throw new ArticleFileError(file, 'is empty');
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new ArticleFileError(file, `is ${(info.size / 1024 / 1024).toFixed(1)} MB; articles may be at most 1 MB`);
  }
  const bytes = await readFile(filePath).catch((e: NodeJS.ErrnoException) => {
    throw new ArticleFileError(file, `cannot be read (${e.code ?? e.message})`);
  });
  const text = checkArticleBytes(bytes, file);
  return { file, text };
}

/**
 * The checks every article passes whichever door it comes in by (a file, an upload, a paste): not
 * empty, at most 1 MB, not binary, valid UTF-8. Returns the text with any byte-order mark removed
 * and Windows line endings made \n; throws ArticleFileError naming `label` otherwise.
 */
export function checkArticleBytes(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new ArticleFileError(label, 'is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleFileError(label, `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; articles may be at most 1 MB`);
  }
  if (bytes.includes(0)) throw new ArticleFileError(label, 'is binary, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFileError(label, 'is not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ArticleFileError(label, 'has no text');
  return text;
}
