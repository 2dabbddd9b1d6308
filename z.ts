import { buildScorecard, renderScorecardMarkdown, renderScorecardCsv } from './src/index.js';
import { dongNai2025Reported, plans } from './src/vn/index.js';
const card = buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: '2025-09-29' });
const vi = renderScorecardMarkdown(card, { lang: 'vi' }); const en = renderScorecardMarkdown(card, { lang: 'en' });
console.log(vi.split('\n').filter(l => l.includes('91%') || l.includes('Toàn kế hoạch') || l.startsWith('**')).join('\n'));
console.log(en.split('\n').filter(l => l.includes('91%') || l.includes('24 hours') || l.includes('GRDP') || l.includes('Whole')).join('\n'));
const csv = renderScorecardCsv(card, { lang: 'en' }).split('\r\n'); console.log(csv[0]); console.log(csv.find(l => l.startsWith('dn25-online-dossiers-province,')));
