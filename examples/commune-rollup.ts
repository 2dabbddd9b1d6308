// A commune roll-up with coverage: dossiers filed online in three communes of new Đồng Nai,
// one of them silent, rolled up to the province as Σ numerator ÷ Σ denominator.
import { hierarchyAt, parseObservations, rollup } from 'dx-indicators';
import { vnIndicators } from 'dx-indicators/vn';
import { vnUnits } from 'dx-indicators/vn/communes';

const h = hierarchyAt(vnUnits, '2025-07-01');
const [a, b] = h.childrenByCode.get('75')!;
const observations = parseObservations([
  { indicatorId: 'online-dossier-rate', unitCode: a!.code, period: '2025-Q3', numerator: 300, denominator: 400 },
  { indicatorId: 'online-dossier-rate', unitCode: b!.code, period: '2025-Q3', numerator: 450, denominator: 500 },
]);
const { rows } = rollup(observations, [vnIndicators['online-dossier-rate']], h, { bucket: 'quarter' });
const province = rows.find((r) => r.unitCode === '75')!;
console.log(`${a!.fullName}: 75%; ${b!.fullName}: 90%`);
if (province.status === 'value') {
  console.log(`Đồng Nai: ${province.numerator} / ${province.denominator} = ${Number(province.value).toFixed(2)}% (not the mean 82.5%)`);
}
console.log(`coverage: ${province.coverage.reported} of ${province.coverage.expected} communes reported`);
// With a coverage threshold the province gets no number at all.
const strict = rollup(observations, [vnIndicators['online-dossier-rate']], h, { bucket: 'quarter', minCoverage: '0.5' });
console.log(`with at least 50% coverage required: ${strict.rows.find((r) => r.unitCode === '75')!.status}`);
