import { assertParsedObservations } from './src/model/observation-rows.js';
import { parseObservations } from './src/index.js';
const rows: unknown[] = [];
for (let u = 0; u < 3321; u++) for (let i = 0; i < 40; i++) for (let m = 1; m <= 12; m++) rows.push(i % 4 === 1 ? { indicatorId: `share-${i}`, unitCode: String(10000 + u), period: `2025-${m < 10 ? '0' : ''}${m}`, numerator: String((u * 7 + m) % 300), denominator: String(300 + i) } : { indicatorId: `count-${i}`, unitCode: String(10000 + u), period: `2025-${m < 10 ? '0' : ''}${m}`, value: String((u * 13 + m * 7) % 10000 / 10) });
for (let k = 0; k < 5; k++) { const c = rows.slice(); const t0 = performance.now(); assertParsedObservations(c, 'x'); console.log('guard', (performance.now() - t0).toFixed(0)); }

