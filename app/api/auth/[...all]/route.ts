import { getAuth } from '@/lib/auth/server';

// better-auth's own routes (sign-in, sign-out, session). Its sign-up answers 400: accounts are
// made with `npm run user:add`. The admin plugin's HTTP routes (create, ban, set a password,
// impersonate...) are not served: accounts are managed on the command line, where every change is
// checked and logged (lib/auth/users.ts), and nothing may act as another editor.
const ADMIN = /^\/api\/auth\/admin(?:\/|$)/;

function handle(request: Request) {
  if (ADMIN.test(new URL(request.url).pathname)) {
    return Response.json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404 });
  }
  return getAuth().handler(request);
}

export const GET = handle;
export const POST = handle;
