// The JSON objects the emulator answers with, one builder per schema of GitHub's description.
export { artifactJson } from './artifacts.js';
export { checkRunJson } from './checks.js';
export { CONTENT_LIMIT_BYTES, entryJson, fileContentJson, fileEntry } from './contents.js';
export { gitCommitJson, gitTagJson, gitTreeJson, refJson, simpleCommitJson } from './git.js';
export { commentJson, isPull, issueJson, labelJson, searchItemJson, type IssueItem } from './issues.js';
export { pullJson, pullSimpleJson } from './pulls.js';
export { releaseAssetJson, releaseJson } from './releases.js';
export { fullRepoJson, minimalRepoJson, repoJson } from './repos.js';
export { runApiUrl, runHtmlUrl, runJson } from './runs.js';
export { collaboratorJson, userJson } from './users.js';
export { repoApiUrl, repoHtmlUrl, timestamp, urlPath, viewOf, type View } from './view.js';
