// Progress toward a 2025 target: the interim value expected on 30 June 2025 and the progress
// class of a series, by the Open SDG and UN ESCAP methods.
import { assessProgress, expectedValueAt, roundDecimal } from 'dx-indicators';

const baseline = { value: 60, date: '2024-12-31' };
const target = { value: 80, date: '2025-12-31' };
const interim = expectedValueAt({ baseline, target, date: '2025-06-30', path: 'linear' });
console.log(`expected on 2025-06-30: ${interim.ok ? roundDecimal(interim.value, 1, 'half-up') : interim.reason}%`);

const series = [
  { date: '2023-12-31', value: 48 },
  { date: '2024-12-31', value: 60 },
  { date: '2025-06-30', value: 66 },
];
for (const method of ['open-sdg', 'escap'] as const) {
  const a = assessProgress({ series, target: { comparator: { kind: 'at-least', value: '80' }, deadline: '2025-12-31' }, asOf: '2025-06-30', method });
  const detail = 'ratio' in a ? ` (ratio ${roundDecimal(a.ratio, 2, 'half-up')}, projected ${roundDecimal(a.projected, 1, 'half-up')}%)` : '';
  console.log(`${method}: ${a.status}${detail}`);
}
