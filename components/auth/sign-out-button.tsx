/**
 * Signing out: a plain POST form (app/sign-out/route.ts), so it works without JavaScript and
 * another site cannot sign anyone out with a link. Place it wherever a signed-in editor looks,
 * but not inside a <p>: HTML closes a paragraph at a <form>, so the browser's page would differ
 * from React's and hydration would fail.
 */
export function SignOutButton() {
  return (
    <form className="sign-out-form" method="post" action="/sign-out">
      <button type="submit">Sign out</button>
    </form>
  );
}
