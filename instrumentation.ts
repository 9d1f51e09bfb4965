import type { Instrumentation } from 'next';

/** Runs once as the server starts: a bad environment stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { publishUnchecked, readAuthEnv, readCacheEnv, readEnv } = await import('./lib/env');
  readEnv(); // throws "Invalid environment: ..." naming each bad variable
  publishUnchecked();
  readCacheEnv();
  // Sign-in needs its secret and address: without them a server would answer every sign-in with
  // a 500 while the public pages serve, so it does not start (npm start makes them on first run).
  readAuthEnv();
  // Other servers' changes empty this one's API answers (REDIS_URL only; lib/cache/changes.ts).
  const { listenForChanges } = await import('./lib/cache/changes');
  listenForChanges();
}

/** Production error pages say little; the detail goes to the server log. */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const e = error as Error & { digest?: string };
  const route = `${context.routeType} ${context.routePath}`;
  console.error(
    `[error] ${request.method} ${request.path} (${route}) digest=${e.digest ?? '-'}: ${e.stack ?? e.message}`,
  );
};
