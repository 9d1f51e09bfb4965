import { NewArticleForm } from '@/components/editor/new-article-form';
import { CouncilOptions } from '@/components/editor/council-options';
import { requireEditorPage } from '@/lib/auth/session';

export default async function NewArticlePage() {
  await requireEditorPage('/editor/new');
  return (
    <>
      <h1>Add an article</h1>
      <p>
        Paste the text or upload it, say who published it, and preview: every figure the parser reads is listed with
        why. Confirm, correct or reject each, add any it missed, then publish. Figures left unchecked are published
        marked “machine-read, not yet checked”.
      </p>
      <NewArticleForm />
      <CouncilOptions />
    </>
  );
}
