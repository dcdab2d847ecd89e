/**
 * A base URL without its trailing slashes (`https://ghe.example.com/` → `https://ghe.example.com`), so a path
 * can be appended. Only a slash that follows no slash starts the match: the run is read once.
 */
export function withoutTrailingSlashes(url: string): string {
  return url.replace(/(?<!\/)\/+$/, '');
}
