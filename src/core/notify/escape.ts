/**
 * Slack mrkdwn: escape the three control characters and defuse every kind of mention, so a tag or
 * failure detail can neither ping `@channel`/`@here`/users nor smuggle a `<url|label>` link.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1')
    .replace(/[*_~`]/g, (c) => `\u200b${c}\u200b`);
}

/**
 * GitHub Markdown: backslash-escape what makes links, images, emphasis, code or HTML, and break
 * `@user`/`#123` references so untrusted text cannot mention people or link elsewhere.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}
