// The main job: `npm run demo [-- --lang vi|en] [--format md|csv|json|html] [--as-of YYYY-MM-DD]`.
// Prints the Đồng Nai 2025 scorecard: the built-in plan against the figures Đồng Nai reported in
// September 2025. The only place in the project that writes to stdout; the library stays pure.
import { buildScorecard } from '../src/index.js';
import { renderScorecardCsv, renderScorecardHtml, renderScorecardJson, renderScorecardMarkdown } from '../src/report/render.js';
import { dongNai2025Reported, plans } from '../src/vn/index.js';

function option(name: string, allowed: readonly string[] | RegExp, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (value === undefined) return fallback;
  const ok = Array.isArray(allowed) ? allowed.includes(value) : (allowed as RegExp).test(value);
  if (!ok) {
    process.stderr.write(`--${name} ${value}: expected ${Array.isArray(allowed) ? allowed.join(' or ') : 'YYYY-MM-DD'}\n`);
    process.exit(2);
  }
  return value;
}

const lang = option('lang', ['vi', 'en'], 'vi') as 'vi' | 'en';
const format = option('format', ['md', 'csv', 'json', 'html'], 'md');
const asOf = option('as-of', /^\d{4}-\d{2}-\d{2}$/, dongNai2025Reported.asOf);
const card = buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf });
const render = { json: () => renderScorecardJson(card), csv: () => renderScorecardCsv(card, { lang }), html: () => renderScorecardHtml(card, { lang }), md: () => renderScorecardMarkdown(card, { lang }) };
process.stdout.write(render[format as keyof typeof render]());
