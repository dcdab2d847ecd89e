/** A count with its noun in the right number: "1 day", "2 days", "1 entry", "3 entries". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
