import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishUnchecked } from '../../../lib/env';

describe('PUBLISH_UNCHECKED', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is true unless set to false', () => {
    expect(publishUnchecked({})).toBe(true);
    expect(publishUnchecked({ PUBLISH_UNCHECKED: '' })).toBe(true);
    expect(publishUnchecked({ PUBLISH_UNCHECKED: 'true' })).toBe(true);
    expect(publishUnchecked({ PUBLISH_UNCHECKED: ' false ' })).toBe(false);
  });

  it('refuses anything else with a message naming the variable', () => {
    for (const bad of ['no', '0', 'FALSE', 'yes please']) {
      expect(() => publishUnchecked({ PUBLISH_UNCHECKED: bad })).toThrow(
        `Invalid environment:\n  PUBLISH_UNCHECKED: must be true or false, not "${bad}"`,
      );
    }
  });

  it('stops the queries from loading when it is wrong', async () => {
    vi.stubEnv('PUBLISH_UNCHECKED', 'off');
    vi.resetModules();
    await expect(import('../../../lib/queries/rows')).rejects.toThrow(/PUBLISH_UNCHECKED: must be true or false/);
  });
});
