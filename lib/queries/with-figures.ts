import 'server-only';
import { snapshot } from '../api/snapshot';
import { listCouncils } from './council';

/**
 * The slugs of every council with a figure shown, for the council search (its page and
 * /api/search): held in memory with the API's answers and rebuilt at most every 5 s
 * (lib/api/snapshot.ts), so a search reads no database; one entry, whatever is searched for.
 */
export async function councilsWithFigures(): Promise<Set<string>> {
  const answer = await snapshot('search/councils-with-figures', async () =>
    Response.json((await listCouncils()).map((c) => c.slug)),
  );
  return new Set((await answer.json()) as string[]);
}
