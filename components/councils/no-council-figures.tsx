/** What a list of councils says before any article has given a council figure. */
export function NoCouncilFigures() {
  return (
    <p className="empty">
      No council figures yet. Add an article with npm run ingest or to seeds/ and run npm run db:seed.
    </p>
  );
}
