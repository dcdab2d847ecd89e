/** The page's only stylesheet, inlined so the page needs nothing but itself. */
export const STYLES = `
:root { --bg: #f6f8fa; --card: #fff; --line: #d0d7de; --text: #1f2328; --muted: #59636e;
  --good: #1a7f37; --warn: #bf8700; --bad: #cf222e; --neutral: #0969da; --grey: #8c959f; color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --card: #151b23; --line: #3d444d; --text: #e6edf3; --muted: #9198a1;
    --good: #3fb950; --warn: #d29922; --bad: #f85149; --neutral: #4493f8; --grey: #656c76; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
header.top { background: #24292f; color: #fff; padding: 18px 28px; }
header.top h1 { margin: 0; font-size: 20px; font-weight: 600; }
header.top p { margin: 4px 0 0; color: #c9d1d9; font-size: 13px; }
main { max-width: 1320px; margin: 0 auto; padding: 20px 28px 8px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; margin-bottom: 16px; }
.tile { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--tone); border-radius: 8px; padding: 10px 14px; }
.tile p { margin: 0; }
.tile .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.tile .value { font-size: 28px; font-weight: 600; color: var(--tone); }
.tile .note { color: var(--muted); font-size: 12px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; min-width: 0; }
.card.wide { margin-bottom: 16px; }
.card header { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.card h2 { margin: 0; font-size: 16px; }
.card .headline { margin: 0; font-size: 18px; font-weight: 600; }
.card .what { margin: 2px 0 8px; color: var(--muted); font-size: 12.5px; }
.figure { display: grid; gap: 10px; }
@media (max-width: 760px) { .grid { grid-template-columns: 1fr; } }
.chart { width: 100%; max-width: 720px; height: auto; }
.chart text { font-size: 13px; fill: var(--text); }
.chart text.axis { fill: var(--muted); font-size: 12px; }
.chart .baseline { stroke: var(--line); }
.chart .scale { stroke: var(--line); stroke-dasharray: 4 4; }
.tone-good { --tone: var(--good); } .tone-warn { --tone: var(--warn); } .tone-bad { --tone: var(--bad); }
.tone-neutral { --tone: var(--neutral); } .tone-muted { --tone: var(--grey); }
.bar rect { fill: var(--tone); }
.table-wrap { max-height: 240px; overflow: auto; }
table { border-collapse: collapse; min-width: 60%; font-size: 12.5px; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); font-size: 12px; padding-bottom: 4px; }
th, td { padding: 3px 8px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th[scope=row], thead th:first-child { text-align: left; }
thead th { position: sticky; top: 0; background: var(--card); color: var(--muted); font-weight: 600; }
tfoot th, tfoot td { font-weight: 600; border-bottom: 0; }
table.failures { width: 100%; }
table.failures td, table.failures th { text-align: left; }
table.failures td.detail { white-space: normal; color: var(--muted); min-width: 240px; }
.status { border: 1px solid var(--line); border-radius: 10px; padding: 0 7px; font-size: 11.5px; }
tr.status-failure .status, tr.status-blocked .status { color: var(--bad); border-color: var(--bad); }
tr.status-success .status { color: var(--good); border-color: var(--good); }
a { color: var(--neutral); }
.empty { color: var(--muted); font-style: italic; }
.empty-state { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--neutral); border-radius: 8px; padding: 12px 16px; margin: 0 0 16px; }
footer { max-width: 1320px; margin: 0 auto; padding: 8px 28px 24px; color: var(--muted); font-size: 12px; }
`;
