import 'server-only';
import { z } from 'zod';
import type { Db } from '../db';
import { db } from '../db/client';
import type { FactRow, Scope } from '../domain/figure';
import { warningSchema } from '../extract/schema';
import { factSelect, shownFacts, toRow } from './rows';

export interface SourceFact extends FactRow {
  scope: Scope;
  council: { slug: string; name: string } | null;
}

export interface SourceArticle {
  slug: string;
  file: string;
  title: string;
  text: string;
  publishedOn: string | null;
  currentFinancialYear: number | null;
  warnings: StoredWarning[];
  facts: SourceFact[];
}

/** Warnings stored before the parser named its rules have none; they still show. */
const storedWarnings = z.array(warningSchema.partial({ rule: true }));
export type StoredWarning = z.infer<typeof storedWarnings>[number];

export async function getSource(slug: string, client: Db = db): Promise<SourceArticle | null> {
  const article = await client.article.findUnique({
    where: { slug },
    select: {
      slug: true,
      file: true,
      title: true,
      text: true,
      publishedOn: true,
      currentFinancialYear: true,
      warnings: true,
      facts: {
        where: shownFacts,
        orderBy: [{ start: 'asc' }, { financialYear: 'asc' }],
        select: { ...factSelect, scope: true, council: { select: { slug: true, name: true } } },
      },
    },
  });
  if (!article) return null;
  // Stored by ingest from validated parser output; parsed again because it crosses a boundary.
  const warnings = storedWarnings.safeParse(JSON.parse(article.warnings));
  return {
    ...article,
    warnings: warnings.success ? warnings.data : [],
    facts: article.facts.map((f) => ({
      ...toRow(f),
      scope: f.scope === 'england' ? 'england' : 'council',
      council: f.council,
    })),
  };
}
