// Comparing 2024 and 2026 on one set of boundaries: 2024 figures of old Đồng Nai and old Bình
// Phước, put on the boundaries of new Đồng Nai (formed on 2025-07-01), next to a 2026 figure.
import { parseObservations, predecessorsOf, rebaseObservations } from 'dx-indicators';
import { vnIndicators, vnProvinceCrosswalk } from 'dx-indicators/vn';

const indicators = [vnIndicators['online-dossier-rate'], vnIndicators['community-digital-teams']];
const y2024 = parseObservations([
  { indicatorId: 'online-dossier-rate', unitCode: '75', period: '2024', numerator: 900, denominator: 1000 },
  { indicatorId: 'online-dossier-rate', unitCode: '70', period: '2024', numerator: 300, denominator: 500 },
  { indicatorId: 'community-digital-teams', unitCode: '75', period: '2024', value: 1200 },
  { indicatorId: 'community-digital-teams', unitCode: '70', period: '2024', value: 756 },
]);
console.log(`new Đồng Nai (75) = old ${predecessorsOf(vnProvinceCrosswalk, '75').map((l) => l.oldCode).join(' + ')}`);
const { observations, warnings } = rebaseObservations(y2024, vnProvinceCrosswalk, indicators);
for (const o of observations) {
  const figure = o.value ?? `${o.numerator} / ${o.denominator} = ${(Number(o.numerator) / Number(o.denominator)) * 100}%`;
  console.log(`${o.indicatorId}, 2024 on 2026 boundaries: ${figure}`);
}
console.log(`2026 figure (reported): 91% of dossiers online; warnings: ${warnings.length}`);
