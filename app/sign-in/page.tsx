import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { getEditor } from '@/lib/auth/session';
import { signInQuerySchema } from '@/lib/auth/sign-in';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Editors sign in here to review figures and add articles.',
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Editors' sign-in. Accounts are made by an admin (npm run user:add); there is no sign-up. */
export default async function SignInPage({ searchParams }: Props) {
  const { error, retry, next } = signInQuerySchema.parse(await searchParams);
  const editor = await getEditor();
  if (editor) {
    return (
      <>
        <h1>Signed in</h1>
        <p>
          You are signed in as {editor.email} ({editor.role}). <Link href={next}>Continue</Link>, or sign out:
        </p>
        <SignOutButton />
      </>
    );
  }
  return (
    <>
      <h1>Sign in</h1>
      <p className="lede">For editors, who check the figures read from articles. Readers do not need an account.</p>
      <SignInForm next={next} error={error} retry={retry} />
    </>
  );
}
