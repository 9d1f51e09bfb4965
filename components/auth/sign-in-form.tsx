import type { SignInError } from '@/lib/auth/sign-in';

function message(error: SignInError, retry: number | undefined): string {
  switch (error) {
    case 'invalid':
      return 'The email or password is not right. Check both and try again.';
    case 'too-many':
      return retry
        ? `Too many attempts to sign in. Wait ${retry} second${retry === 1 ? '' : 's'}, then try again.`
        : 'Too many attempts to sign in. Wait a minute, then try again.';
    case 'disabled':
      return 'This account is disabled. Ask an admin if you think it should not be.';
    case 'failed':
      return 'Signing in did not work this time. Try again in a moment.';
  }
}

/**
 * The sign-in form: a plain POST to app/sign-in/submit/route.ts, so it works without JavaScript.
 * `next` is where to go afterwards, already checked to be a path on this site.
 */
export function SignInForm({ next, error, retry }: { next: string; error?: SignInError; retry?: number }) {
  const described = error ? { 'aria-describedby': 'sign-in-error', 'aria-invalid': error === 'invalid' } : {};
  return (
    <>
      {error && (
        <p id="sign-in-error" className="notice" role="alert">
          {message(error, retry)}
        </p>
      )}
      <form className="choice-form" method="post" action="/sign-in/submit" aria-label="Sign in">
        <input type="hidden" name="next" value={next} />
        <label>
          Email
          <input type="email" name="email" autoComplete="username" required {...described} />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="current-password" required {...described} />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </>
  );
}
