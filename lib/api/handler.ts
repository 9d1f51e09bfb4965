import type { NextRequest } from 'next/server';
import { apiError } from './respond';

/** Runs an API handler; anything it throws is logged on the server and answered as a JSON 500. */
export function handle<C>(fn: (request: NextRequest, context: C) => Promise<Response>) {
  return async (request: NextRequest, context: C): Promise<Response> => {
    try {
      return await fn(request, context);
    } catch (error) {
      console.error(`API ${request.method} ${request.nextUrl.pathname} failed:`, error);
      return apiError(500, 'internal_error', 'something went wrong reading the data; it has been logged');
    }
  };
}
