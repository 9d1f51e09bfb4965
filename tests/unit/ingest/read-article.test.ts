import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleFileError,
  checkArticleBytes,
  MAX_ARTICLE_BYTES,
  readArticleFile,
} from '../../../lib/ingest/read-article';

describe('reading article files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
  const write = (name: string, data: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  };

  it('accepts UTF-8 with a byte-order mark and Windows line endings, normalised', async () => {
    const file = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('One.\r\nTwo £5.\r\n')]));
    expect((await readArticleFile(file)).text).toBe('One.\nTwo £5.\n');
  });

  it.each([
    ['a missing file', () => path.join(dir, 'missing.txt'), /no such file/],
    ['a folder', () => dir, /not a regular file/],
    ['an empty file', () => write('empty.txt', ''), /is empty/],
    ['a blank file', () => write('blank.txt', ' \n\n '), /has no text/],
    ['a binary file', () => write('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ['invalid UTF-8', () => write('latin1.txt', Buffer.from([0x43, 0x43, 0x54, 0x56, 0xa3, 0x35])), /not valid UTF-8/],
    ['a 5 MB file', () => write('big.txt', 'a'.repeat(5 * 1024 * 1024)), /at most 1 MB/],
  ])('refuses %s with the reason', async (_, make, reason) => {
    const file = make();
    await expect(readArticleFile(file)).rejects.toThrow(ArticleFileError);
    await expect(readArticleFile(file)).rejects.toThrow(reason);
  });
});

describe('checking an article’s bytes, whichever door it came in by', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const BOM = [0xef, 0xbb, 0xbf];

  it('returns the text as it is when it is plain UTF-8', () => {
    expect(checkArticleBytes(utf8('Kent spent £500 on CCTV.\n'), 'upload')).toBe('Kent spent £500 on CCTV.\n');
  });

  it('removes a leading byte-order mark and makes Windows line endings \\n', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('One.\r\nTwo £5.\r\n\r\nThree.')]);
    expect(checkArticleBytes(bytes, 'upload')).toBe('One.\nTwo £5.\n\nThree.');
  });

  it('takes an article of exactly 1 MB', () => {
    expect(checkArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61), 'upload')).toHaveLength(MAX_ARTICLE_BYTES);
  });

  it.each([
    ['nothing', () => new Uint8Array(0), 'upload: is empty'],
    [
      'a byte over 1 MB',
      () => new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61),
      'upload: is 1.0 MB; articles may be at most 1 MB',
    ],
    ['5 MB', () => new Uint8Array(5 * 1024 * 1024).fill(0x61), 'upload: is 5.0 MB; articles may be at most 1 MB'],
    ['a NUL byte in text', () => utf8('Kent spent £500\0 on CCTV.'), 'upload: is binary, not text'],
    ['Latin-1 text', () => new Uint8Array([0x43, 0x43, 0x54, 0x56, 0xa3, 0x35]), 'upload: is not valid UTF-8 text'],
    ['a truncated UTF-8 character', () => utf8('£500').slice(1), 'upload: is not valid UTF-8 text'],
    ['whitespace only', () => utf8(' \r\n\t\n '), 'upload: has no text'],
    ['a byte-order mark alone', () => new Uint8Array(BOM), 'upload: has no text'],
  ])('refuses %s, naming the label', (_, make, message) => {
    const bytes = make();
    let err: unknown = null;
    try {
      checkArticleBytes(bytes, 'upload');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ArticleFileError);
    expect(err).toMatchObject({ file: 'upload', message });
  });
});
