// The main job: `npm run demo`. The only place in the project that writes to stdout.
import { childrenOf, hierarchyAt, predecessorsOf, unitAt, unitsOfLevel } from '../src/index.js';
import { vnCommuneCrosswalk, vnUnits } from '../src/vn/communes.js';
import { vnProvinceCrosswalk } from '../src/vn/index.js';

const date = process.argv.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? '2026-05-01';
const h = hierarchyAt(vnUnits, date);
const provinces = unitsOfLevel(h, 'province');
console.log(`# Vietnam on ${date}: ${provinces.length} provinces, levels ${h.levels.join(' → ')}\n`);
for (const p of provinces) console.log(`${p.code}  ${p.fullName.padEnd(28)} ${childrenOf(h, p.code).length} communes`);
const dn = unitAt(h, '75');
if (dn) {
  const from = predecessorsOf(vnProvinceCrosswalk, '75').map((l) => unitAt(hierarchyAt(vnUnits, vnProvinceCrosswalk.oldDate), l.oldCode)?.fullName);
  console.log(`\n${dn.fullName} was formed on 2025-07-01 from ${from.join(' + ')}`);
  const communes = childrenOf(h, '75');
  const partial = communes.filter((c) => predecessorsOf(vnCommuneCrosswalk, c.code).some((l) => l.kind === 'partial')).length;
  console.log(`${communes.length} communes, ${partial} of them formed in part from split old communes`);
}
