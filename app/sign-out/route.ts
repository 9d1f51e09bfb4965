import { callAuth, fromOwnPages, seeOther } from '@/lib/auth/forward';
import { originRefused } from '@/lib/auth/origin';

/**
 * Sign-out (components/auth/sign-out-button.tsx): better-auth deletes the session and clears its
 * cookie; the browser goes to the overview. Signing out when already signed out does the same.
 */
export async function POST(request: Request) {
  if (!fromOwnPages(request)) return originRefused();
  const answer = await callAuth('/sign-out', request, {}, true);
  return seeOther('/', answer);
}
