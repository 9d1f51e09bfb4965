import { redactUrl, redactUrls } from './url';

/**
 * Telling "the database cannot be reached" from every other failure: pages and the API answer it
 * with "try again in a minute" (a 503 where the status can be set), the command-line tools with
 * one clear line, and neither with a stack trace.
 */

/** Prisma's codes for a database that is down, refusing us, or missing. */
const UNAVAILABLE_CODES = new Set([
  'P1000', // authentication failed
  'P1001', // can't reach the database server
  'P1002', // the server was reached but timed out
  'P1003', // the database does not exist
  'P1017', // the server closed the connection
  'P2024', // timed out waiting for a connection from the pool
]);

/** Driver-adapter error kinds with the same meaning, and PostgreSQL's own SQLSTATEs for them. */
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'AuthenticationFailed',
  'ConnectionClosed',
  'TooManyConnections',
]);
// 57P01-03: the server is shutting down or starting up; 53300: too many connections; 08xxx: connection exceptions.
const UNAVAILABLE_SQLSTATE = /^(57P0[1-3]|53300|08\d{3})$/;

/** pg's own errors when a connection drops or cannot be made, before Prisma sees a code. */
const UNAVAILABLE_MESSAGE = new RegExp(
  [
    'Connection terminated',
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EHOSTUNREACH',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error',
  ].join('|'),
  'i',
);

interface PrismaLikeError {
  code?: string;
  message?: string;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
  cause?: unknown;
}

export function isStoreUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as PrismaLikeError;
  const cause = e.meta?.driverAdapterError?.cause;
  return (
    (e.code !== undefined && UNAVAILABLE_CODES.has(e.code)) ||
    (cause?.kind !== undefined && UNAVAILABLE_KINDS.has(cause.kind)) ||
    (cause?.originalCode !== undefined && UNAVAILABLE_SQLSTATE.test(cause.originalCode)) ||
    UNAVAILABLE_MESSAGE.test(e.message ?? '') ||
    (e.cause !== undefined && e.cause !== error && isStoreUnavailable(e.cause))
  );
}

/**
 * The digest pages throw with when the store is unavailable: Next keeps an error's own digest and
 * hands it to the error boundary (app/error.tsx), which cannot see the message in production.
 */
export const STORE_UNAVAILABLE_DIGEST = 'store-unavailable';

/** Gives an unavailable-store error its digest; returns the error, for `throw markUnavailable(e)`. */
export function markUnavailable(error: unknown): unknown {
  if (isStoreUnavailable(error) && error && typeof error === 'object' && !('digest' in error)) {
    Object.defineProperty(error, 'digest', { value: STORE_UNAVAILABLE_DIGEST, enumerable: false });
  }
  return error;
}

/** What happened, in one line without addresses' passwords: Prisma's messages open with the call and its source lines. */
export function storeErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactUrls(message.trim().split('\n').filter(Boolean).at(-1) ?? 'unknown error');
}

/** One line for a command-line tool: what failed, at which (redacted) address, without a stack. */
export function describeStoreError(error: unknown, url: string): string {
  const reason = storeErrorReason(error);
  return isStoreUnavailable(error)
    ? `cannot reach the database at ${redactUrl(url)}: ${reason}`
    : `the database at ${redactUrl(url)} failed: ${reason}`;
}

/** A tool's failure in one line: the database's own words when it is unreachable, else the error's message. */
export function describeFailure(error: unknown, url: string): string {
  if (isStoreUnavailable(error)) return describeStoreError(error, url);
  return redactUrls(error instanceof Error ? error.message : String(error));
}
