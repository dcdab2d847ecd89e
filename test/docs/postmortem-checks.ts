import { level2Sections } from './markdown-syntax.js';

/**
 * A postmortem's action items must each land in something that changes behaviour: a runbook, a
 * policy, a test, an alert or a code path — named in the `type` column and linked in `link`.
 */

export const ACTION_ITEM_TYPES = ['runbook', 'policy', 'test', 'alert', 'code'] as const;
export const ACTION_ITEMS_SECTION = 'Action items';

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
const LINK = /^(?:\[[^\]]+\]\([^)\s]+\)|<?https?:\/\/\S+>?)$/;

/** Problems with the action-items table of one postmortem (or of the template's example rows). */
export function checkActionItems(markdown: string): string[] {
  const section = level2Sections(markdown).find((candidate) => candidate.title === ACTION_ITEMS_SECTION);
  if (!section) return [`no "## ${ACTION_ITEMS_SECTION}" section`];
  const rows = section.body.split('\n').filter((line) => line.trim().startsWith('|'));
  const header = rows[0] ? cells(rows[0]).map((cell) => cell.toLowerCase()) : [];
  const typeColumn = header.indexOf('type');
  const linkColumn = header.indexOf('link');
  if (typeColumn < 0 || linkColumn < 0) return ['the action-items table needs a "type" and a "link" column'];

  const items = rows.slice(2).map(cells);
  if (items.length === 0) return ['the action-items table has no rows'];
  return items.flatMap((item, index) => {
    const type = (item[typeColumn] ?? '').replace(/`/g, '');
    const link = item[linkColumn] ?? '';
    return [
      ...((ACTION_ITEM_TYPES as readonly string[]).includes(type)
        ? []
        : [
            `action item ${index + 1}: type ${JSON.stringify(type)} is not one of ${ACTION_ITEM_TYPES.join(', ')}`,
          ]),
      ...(LINK.test(link)
        ? []
        : [`action item ${index + 1}: link ${JSON.stringify(link)} is not a Markdown link or URL`]),
    ];
  });
}
