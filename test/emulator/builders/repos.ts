import { nodeId } from '../ids.js';
import type { Repo } from '../state/repos.js';
import { userJson } from './users.js';
import { repoApiUrl, repoHtmlUrl, timestamp, type View } from './view.js';

/** minimal-repository: what runs, artifacts and search results embed. */
export function minimalRepoJson(view: View, repo: Repo): Record<string, unknown> {
  const api = repoApiUrl(view, repo);
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: false,
    owner: userJson(view, repo.owner),
    html_url: repoHtmlUrl(repo),
    description: null,
    fork: false,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
  };
}

function openIssues(view: View, repo: Repo): number {
  const issues = repo.hasIssues ? view.state.issues.list(repo.fullName).length : 0;
  return issues + view.state.pulls.list(repo.fullName).length;
}

/** repository: what pull requests embed as `head.repo` and `base.repo`. */
export function repoJson(view: View, repo: Repo): Record<string, unknown> {
  const open = openIssues(view, repo);
  const created = timestamp(repo.createdAt);
  return {
    ...minimalRepoJson(view, repo),
    created_at: created,
    updated_at: created,
    pushed_at: created,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${repoHtmlUrl(repo)}.git`,
    svn_url: repoHtmlUrl(repo),
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: repo.hasIssues,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: open,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'public',
    forks: 0,
    open_issues: open,
    watchers: 0,
    default_branch: repo.defaultBranch,
  };
}

/** full-repository: what `GET /repos/{owner}/{repo}` answers. */
export function fullRepoJson(view: View, repo: Repo): Record<string, unknown> {
  return { ...repoJson(view, repo), has_discussions: false, network_count: 0, subscribers_count: 0 };
}
