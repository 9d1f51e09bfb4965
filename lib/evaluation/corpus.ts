import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { goldFileSchema, labelledArticleSchema, type LabelledArticle } from './gold';

/** A set of labelled articles to score: the shared development set or our own fixtures. */
export interface Corpus {
  name: string;
  dir: string;
  articles: LabelledArticle[];
}

/** ../shared/articles-dev: texts plus one gold.json. Null where the folder is not beside the repo. */
export function loadDevelopmentSet(dir: string): Corpus | null {
  const goldPath = path.join(dir, 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = goldFileSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
  return { name: 'articles-dev', dir, articles: gold.articles };
}

const ownLabelsSchema = labelledArticleSchema.omit({ file: true });

/** tests/fixtures: each NAME.txt has its labels in NAME.gold.json (same format, without `file`). */
export function loadFixtures(dir: string): Corpus {
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const raw: unknown = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      const parsed = ownLabelsSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${f}: ${z.prettifyError(parsed.error)}`);
      return { file: f.replace(/\.gold\.json$/, '.txt'), ...parsed.data };
    });
  return { name: 'fixtures', dir, articles };
}
