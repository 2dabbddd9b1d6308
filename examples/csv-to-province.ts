// A department's CSV of commune figures, as it arrives (Vietnamese numbers, names instead of
// some codes, a bad row), read into observations and rolled up to the province.
import { hierarchyAt, rollup } from 'dx-indicators';
import { readCsvObservations } from 'dx-indicators/tabular';
import { vnIndicators } from 'dx-indicators/vn';
import { vnUnits } from 'dx-indicators/vn/communes';

const csv = `Mã xã;Tên đơn vị;Kỳ báo cáo;Tử số;Mẫu số
25195;Phường Bình Phước;Quý 3/2025;1.204;1.500
;Xã Bình Tân;Quý 3/2025;300;400
25217;Phường Phước Long;Quý 3/2025;12,5;
`;
const h = hierarchyAt(vnUnits, '2025-07-01');
const sheet = readCsvObservations(csv, { locale: 'vi', lang: 'en', indicatorId: 'online-dossier-rate', units: { hierarchy: h, within: '75' } });
console.log(`accepted rows ${sheet.acceptedRows.join(', ')}`);
for (const r of sheet.rejected) console.log(`row ${r.row} rejected: ${r.problems.map((p) => `${p.column}: ${p.message}`).join('; ')}`);
const { rows } = rollup(sheet.accepted, [vnIndicators['online-dossier-rate']], h, { bucket: 'quarter' });
const province = rows.find((r) => r.unitCode === '75')!;
if (province.status === 'value') {
  console.log(`Đồng Nai, 2025-Q3: ${province.numerator} / ${province.denominator} = ${Number(province.value).toFixed(2)}%, from ${province.coverage.reported} of ${province.coverage.expected} communes`);
}
