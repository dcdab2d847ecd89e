/** Where a day's manifest lives by default: `docs/reports/<YYYY-MM-DD>/manifest.json` (UTC day). */
export function defaultManifestPath(day: Date): string {
  return `docs/reports/${day.toISOString().slice(0, 10)}/manifest.json`;
}
