/**
 * npm run eval:parser [-- --json] [--corpus articles-dev|fixtures] [--quiet]
 * Scores the parser against labelled articles: ../shared/articles-dev (when it is beside the
 * repository) and our own tests/fixtures. Prints precision and recall overall, per metric and
 * per article, then every miss and every wrong fact with its sentence.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDevelopmentSet, loadFixtures, type Corpus } from '../evaluation/corpus';
import { report, toJson } from '../evaluation/report';
import { scoreCorpus } from '../evaluation/run';
import { exitQuietlyOnClosedPipe } from './closed-pipe';

exitQuietlyOnClosedPipe();

const USAGE = 'usage: npm run eval:parser [-- --json] [--corpus articles-dev|fixtures] [--quiet]';
const root = path.resolve(import.meta.dirname, '../..');

let args;
try {
  args = parseArgs({
    options: {
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      corpus: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`eval:parser: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const corpora: Corpus[] = [];
const dev = loadDevelopmentSet(path.resolve(root, '../shared/articles-dev'));
if (dev) corpora.push(dev);
else if (!args.json)
  console.error('eval:parser: ../shared/articles-dev is not beside the repository; scoring fixtures only');
corpora.push(loadFixtures(path.join(root, 'tests/fixtures')));
const wanted = args.corpus ?? corpora.map((c) => c.name);
const unknown = wanted.filter((w) => !corpora.some((c) => c.name === w));
if (unknown.length) {
  console.error(`eval:parser: no corpus named ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}

const results = [];
for (const corpus of corpora.filter((c) => wanted.includes(c.name))) {
  results.push({ corpus: corpus.name, articles: await scoreCorpus(corpus) });
}
process.stdout.write(
  args.json ? `${JSON.stringify(toJson(results), null, 2)}\n` : `${report(results, { quiet: !!args.quiet })}\n`,
);
