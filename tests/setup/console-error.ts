/**
 * Vitest setup: a test that logs console.error fails. Code logs errors when something went wrong;
 * a test that means to provoke one says so by replacing console.error itself
 * (`vi.spyOn(console, 'error').mockImplementation(() => {})`), which this wrapper then never sees.
 */
import { afterEach, beforeEach, expect } from 'vitest';

const original = console.error;
let logged: unknown[][] = [];

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(args);
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  expect(
    logged.map((args) => args.map(String).join(' ')),
    'console.error was called',
  ).toEqual([]);
});
