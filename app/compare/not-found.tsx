import { CompareForm } from '@/components/compare/compare-form';
import { listCouncils } from '@/lib/queries/council';

export default async function CompareNotFound() {
  const councils = await listCouncils();
  return (
    <>
      <h1>Compare two councils</h1>
      <p className="notice" role="status">
        We have no figures for one of the councils in that address. Choose two from the list.
      </p>
      <CompareForm councils={councils} />
    </>
  );
}
