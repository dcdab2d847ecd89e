import { notFound } from '../http.js';
import type { Sequence } from '../ids.js';
import { PerRepo } from './per-repo.js';
import type { RepoStore } from './repos.js';

export interface Workflow {
  id: number;
  name: string;
  /** e.g. `.github/workflows/release.yml`; its file name also identifies the workflow. */
  path: string;
  /** Whether the workflow has a `workflow_dispatch` trigger. */
  dispatchable: boolean;
}

export interface NewWorkflow {
  path: string;
  name?: string;
  dispatchable?: boolean;
}

export class WorkflowStore {
  private readonly workflows: PerRepo<Workflow[]>;

  constructor(
    repos: RepoStore,
    private readonly ids: Sequence,
  ) {
    this.workflows = new PerRepo(repos, () => []);
  }

  add(repoName: string, input: NewWorkflow): Workflow {
    const workflow = {
      id: this.ids.next(),
      name: input.name ?? input.path.replace(/^.*\//, ''),
      path: input.path,
      dispatchable: input.dispatchable ?? true,
    };
    this.workflows.of(repoName).push(workflow);
    return workflow;
  }

  /** By numeric id or by file name, as the API accepts either, or by the file's path. */
  get(repoName: string, idOrFile: string | number): Workflow {
    const key = String(idOrFile);
    const found = this.workflows
      .of(repoName)
      .find((w) => String(w.id) === key || w.path === key || w.path.endsWith(`/${key}`));
    if (!found) throw notFound();
    return found;
  }
}
