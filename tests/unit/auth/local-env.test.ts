import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localAuthSettings } from '../../../lib/auth/local-env';
import { readAuthEnv } from '../../../lib/env';

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'local-env-')), '.env.local');

describe('localAuthSettings (npm start on a fresh machine)', () => {
  it('makes a secret once, saves it, and reads it back the next time', () => {
    const file = tempFile();
    const first = localAuthSettings(3000, {}, file);
    expect(first.generated).toBe(true);
    expect(first.BETTER_AUTH_URL).toBe('http://localhost:3000');
    expect(() => readAuthEnv(first as never)).not.toThrow();
    expect(readFileSync(file, 'utf8')).toContain(`BETTER_AUTH_SECRET=${first.BETTER_AUTH_SECRET}\n`);
    expect(statSync(file).mode & 0o077).toBe(0);

    const second = localAuthSettings(4000, {}, file);
    expect(second).toEqual({ ...first, BETTER_AUTH_URL: 'http://localhost:4000', generated: false });
    expect(localAuthSettings(3000, {}, tempFile()).BETTER_AUTH_SECRET).not.toBe(first.BETTER_AUTH_SECRET);
  });

  it('keeps what the file already says, adding its line after the last', () => {
    const file = tempFile();
    writeFileSync(file, 'OTHER=1');
    const made = localAuthSettings(3000, {}, file);
    expect(readFileSync(file, 'utf8')).toMatch(
      new RegExp(`^OTHER=1\n#[^\n]*\nBETTER_AUTH_SECRET=${made.BETTER_AUTH_SECRET}\n$`),
    );
  });

  it('prefers the environment, and then writes nothing', () => {
    const file = tempFile();
    const given = { BETTER_AUTH_SECRET: 's'.repeat(40), BETTER_AUTH_URL: 'https://cctv.example.org' };
    expect(localAuthSettings(3000, given, file)).toEqual({ ...given, generated: false });
    expect(() => statSync(file)).toThrow();
  });
});
