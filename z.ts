import { parseObservations, safeParseObservations, observationSchema } from './src/index.js';
import { z } from 'zod';
const rows: unknown[] = [];
for (let u = 0; u < 3321; u++) for (let i = 0; i < 40; i++) for (let m = 1; m <= 12; m++) rows.push(i % 4 === 1 ? { indicatorId: `share-${i}`, unitCode: String(10000 + u), period: `2025-${m < 10 ? '0' : ''}${m}`, numerator: String((u * 7 + m) % 300), denominator: String(300 + i) } : { indicatorId: `count-${i}`, unitCode: String(10000 + u), period: `2025-${m < 10 ? '0' : ''}${m}`, value: String((u * 13 + m * 7) % 10000 / 10) });
console.log(rows.length);
for (let k = 0; k < 4; k++) { const t0 = performance.now(); const r = parseObservations(rows); console.log('fast', (performance.now() - t0).toFixed(0), 'ms', r.length); }
const small = rows.slice(0, 50000);
const t0 = performance.now(); const z1 = z.array(observationSchema).parse(small); const t1 = performance.now(); const f1 = parseObservations(small);
console.log('zod 50k', (t1 - t0).toFixed(0), 'ms; equal', JSON.stringify(z1) === JSON.stringify(f1));
const bad = [{ indicatorId: 'x', unitCode: '7', period: '2025-13', value: '1e999999999' }, { indicatorId: 'x', unitCode: '75', period: '2025', value: '12,5' }, 5];
const a = safeParseObservations(bad); const b = z.array(observationSchema).safeParse(bad, { reportInput: true });
console.log(a.ok ? '' : a.error.message); console.log(JSON.stringify(a.ok ? 0 : a.error.issues) === JSON.stringify(b.success ? 0 : b.error.issues));
