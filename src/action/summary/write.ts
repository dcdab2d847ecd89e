import * as core from '@actions/core';

/** Appends rendered Markdown to the job summary. */
export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}
