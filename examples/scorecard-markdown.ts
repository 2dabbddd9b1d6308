// A scorecard to Markdown: the Đồng Nai 2025 plan against the figures of September 2025.
import { buildScorecard } from 'dx-indicators';
import { renderScorecardMarkdown } from 'dx-indicators/render';
import { dongNai2025Reported, plans } from 'dx-indicators/vn';

const card = buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: dongNai2025Reported.asOf });
const { met, notMet, noData } = card.overall;
console.log(`met ${met}, not met ${notMet}, no data ${noData}`);
console.log(renderScorecardMarkdown(card, { lang: 'en' }).split('\n').slice(0, 18).join('\n'));
