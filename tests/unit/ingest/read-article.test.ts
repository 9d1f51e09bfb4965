import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleFileError, readArticleFile } from '../../../lib/ingest/read-article';

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
