import { notFound, validationFailed } from '../http.js';
import type { Sequence } from '../ids.js';
import { PerRepo } from './per-repo.js';
import type { RepoStore } from './repos.js';

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface NewLabel {
  name: string;
  color?: string;
  description?: string;
}

const DEFAULT_COLOR = 'ededed';

/** Repository labels; names are unique case-insensitively. */
export class LabelStore {
  private readonly labels: PerRepo<Map<string, Label>>;

  constructor(
    repos: RepoStore,
    private readonly ids: Sequence,
  ) {
    this.labels = new PerRepo(repos, () => new Map());
  }

  create(repoName: string, input: NewLabel): Label {
    const labels = this.labels.of(repoName);
    // UNCONFIRMED: that the duplicate error names the field `name`.
    if (labels.has(input.name.toLowerCase())) {
      throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const color = (input.color ?? DEFAULT_COLOR).replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color))
      throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
    const label = { id: this.ids.next(), name: input.name, color, description: input.description ?? null };
    labels.set(label.name.toLowerCase(), label);
    return label;
  }

  get(repoName: string, name: string): Label {
    const label = this.labels.of(repoName).get(name.toLowerCase());
    if (!label) throw notFound();
    return label;
  }

  list(repoName: string): Label[] {
    return [...this.labels.of(repoName).values()];
  }

  /** Labels by name, creating the missing ones as GitHub does when labelling an issue. */
  ensure(repoName: string, names: readonly string[]): Label[] {
    return names.map(
      (name) => this.labels.of(repoName).get(name.toLowerCase()) ?? this.create(repoName, { name }),
    );
  }
}
