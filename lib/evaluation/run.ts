import path from 'node:path';
import { extractFacts } from '../extract';
import { toContract, type ContractFact } from '../extract/contract';
import { readArticleFile } from '../ingest/read-article';
import type { Corpus } from './corpus';
import { scoreArticle, type ArticleScore } from './score';

export interface ScoredArticle extends ArticleScore {
  text: string;
  /** The parser's warnings, to explain a miss. */
  warnings: Array<{ code: string; message: string; quote: string }>;
}

/** Runs the parser on every article of a corpus, exactly as `npm run extract -- FILE --json --published DATE` does. */
export async function scoreCorpus(corpus: Corpus): Promise<ScoredArticle[]> {
  const out: ScoredArticle[] = [];
  for (const labels of corpus.articles) {
    const article = await readArticleFile(path.join(corpus.dir, labels.file));
    const result = toContract(
      extractFacts(article.text, { file: article.file, ...(labels.published ? { published: labels.published } : {}) }),
    );
    const facts: ContractFact[] = result.facts;
    out.push({ ...scoreArticle(labels, facts), text: article.text, warnings: result.warnings });
  }
  return out;
}
