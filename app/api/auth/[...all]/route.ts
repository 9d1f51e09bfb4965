import { getAuth } from '@/lib/auth/server';

// better-auth's own routes (sign-in, sign-out, session). Its sign-up answers 400: accounts are
// made with `npm run user:add`.
// (better-auth/next-js's toNextJsHandler does the same, but needs the instance when the module loads.)
export const GET = (request: Request) => getAuth().handler(request);
export const POST = (request: Request) => getAuth().handler(request);
