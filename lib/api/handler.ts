import type { NextRequest } from 'next/server';
import { isStoreUnavailable, storeErrorReason } from '../db/errors';
import { apiError, storeUnavailable } from './respond';

/**
 * Runs an API handler; anything it throws is logged on the server and answered as JSON: a 503
 * when the database cannot be reached (the client may try again), else a 500.
 */
export function handle<C>(fn: (request: NextRequest, context: C) => Promise<Response>) {
  return async (request: NextRequest, context: C): Promise<Response> => {
    try {
      return await fn(request, context);
    } catch (error) {
      if (isStoreUnavailable(error)) {
        const reason = storeErrorReason(error);
        console.error(`API ${request.method} ${request.nextUrl.pathname}: the database cannot be reached: ${reason}`);
        return storeUnavailable();
      }
      console.error(`API ${request.method} ${request.nextUrl.pathname} failed:`, error);
      return apiError(500, 'internal_error', 'something went wrong reading the data; it has been logged');
    }
  };
}
