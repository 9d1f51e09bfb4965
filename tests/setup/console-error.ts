/**
 * Vitest setup: anything logged with console.error fails the run. Code logs errors when something
 * went wrong; a test that means to provoke one says so by replacing console.error itself
 * (`vi.spyOn(console, 'error').mockImplementation(() => {})`), which this wrapper then never sees.
 * A test fails for what it (or a beforeAll hook before it) logged; the file's last check fails
 * for what its afterAll hooks logged.
 */
import { afterAll, afterEach, expect } from 'vitest';

const original = console.error;
let logged: string[] = [];

console.error = (...args: unknown[]) => {
  logged.push(args.map(String).join(' '));
  original(...args);
};

afterEach(() => {
  const seen = logged;
  logged = [];
  expect(seen, 'console.error was called').toEqual([]);
});

afterAll(() => {
  console.error = original;
  expect(logged, 'console.error was called outside a test').toEqual([]);
});
