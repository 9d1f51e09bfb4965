import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth/server';

// better-auth's own routes (sign-in, sign-out, session). Its sign-up answers 400: accounts are
// made with `npm run user:add`.
export const { GET, POST } = toNextJsHandler(auth);
