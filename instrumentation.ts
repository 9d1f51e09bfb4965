import type { Instrumentation } from 'next';

/** Runs once as the server starts: a bad environment stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { publishUnchecked, readEnv } = await import('./lib/env');
  readEnv(); // throws "Invalid environment: ..." naming each bad variable
  publishUnchecked();
}

/** Production error pages say little; the detail goes to the server log. */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const e = error as Error & { digest?: string };
  const route = `${context.routeType} ${context.routePath}`;
  console.error(
    `[error] ${request.method} ${request.path} (${route}) digest=${e.digest ?? '-'}: ${e.stack ?? e.message}`,
  );
};
