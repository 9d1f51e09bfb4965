import type { Metadata } from 'next';
import { z } from 'zod';
import { BadAddress } from '@/components/errors/bad-address';
import { listCouncils } from '@/lib/queries/council';
import { badAddressKinds } from '@/lib/validation/address';

export const metadata: Metadata = {
  title: 'Bad address',
  description: 'The address names a council or an article in a form we do not recognise.',
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const kind = z.enum(badAddressKinds).catch('council');

/** What proxy.ts rewrites a malformed address to, with status 400 (lib/validation/address.ts). */
export default async function BadRequestPage({ searchParams }: Props) {
  const what = kind.parse((await searchParams).for);
  // Only the compare form offers a list of councils to choose from; the others search by name.
  return <BadAddress kind={what} councils={what === 'compare' ? await listCouncils() : []} />;
}
