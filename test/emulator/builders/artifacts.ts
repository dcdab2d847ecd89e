import { nodeId } from '../ids.js';
import type { Artifact } from '../state/artifacts.js';
import { repoApiUrl, timestamp, type View } from './view.js';

export function artifactJson(view: View, artifact: Artifact): Record<string, unknown> {
  const url = `${repoApiUrl(view, artifact.repo)}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes,
    url,
    archive_download_url: `${url}/zip`,
    expired: view.state.artifacts.isExpired(artifact),
    created_at: timestamp(artifact.createdAt),
    expires_at: timestamp(artifact.expiresAt),
    updated_at: timestamp(artifact.createdAt),
    digest: artifact.digest,
    workflow_run: {
      id: artifact.run.id,
      repository_id: artifact.repo.id,
      head_repository_id: artifact.repo.id,
      head_branch: artifact.run.headBranch,
      head_sha: artifact.run.headSha,
    },
  };
}
