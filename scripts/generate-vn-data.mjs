#!/usr/bin/env node
// Generates the compact Vietnam reference data in src/vn/generated/ from ../shared/data/vn-admin/.
//
// Upstream files read (all MIT-licensed; licences copied to LICENSES/):
// - thanglequoc/vietnamese-provinces-database, tag v2.4.1,
//   json/simplified_json_generated_data_vn_units.json  -> units-3tier-before-2025-07-01.json
// - thanglequoc/vietnamese-provinces-database, tag v3.0.2,
//   json/full_json_generated_data_vn_units.json        -> units-2tier-from-2025-07-01.json
// - thanglequoc/vietnamese-provinces-database, commit cd58063 (2026-08-02),
//   json/full_json_generated_data_vn_units_2026-07-25__20_49_07.json -> units-2tier-2026-07-25.json
// - dvhcvn/20250701, mapping/merges.json                -> merges-2025-07-01.json
//
// Usage: node scripts/generate-vn-data.mjs [path/to/vn-admin] [--write-corrections]   (default: ../shared/data/vn-admin)
// The script checks the known facts (63/696/10,035; 34/3,321; the 2026-04-30 change) and stops
// with an error if the upstream files disagree with them.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareMergerSources, formatLinks } from './merger/compare-sources.mjs';
import { checkConservation, decideMerger } from './merger/decide.mjs';
import { nameKey } from './merger/names.mjs';
import { readResolutions } from './merger/read-resolutions.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'data', 'vn-admin'));
const out = join(root, 'src', 'vn', 'generated');
const read = (f) => JSON.parse(readFileSync(join(src, f), 'utf8'));

const fail = (msg) => {
  console.error(`generate-vn-data: ${msg}`);
  process.exit(1);
};
const check = (cond, msg) => cond || fail(msg);

// Unit-type keys used in the compact rows (decoded by src/vn/unit-types.ts).
const TYPE_BY_PREFIX = {
  province: { 'Tỉnh': 'P', 'Thành phố': 'M' },
  district: { 'Quận': 'Q', 'Huyện': 'H', 'Thị xã': 'X', 'Thành phố': 'T' },
  commune: { 'Xã': 'x', 'xã': 'x', 'Phường': 'p', 'Thị trấn': 't', 'Đặc khu': 'd' },
};
const typeOf = (level, fullName, name) => {
  check(fullName.endsWith(name), `full name "${fullName}" does not end with "${name}"`);
  const prefix = fullName.slice(0, fullName.length - name.length).trim();
  const key = TYPE_BY_PREFIX[level][prefix];
  check(key, `unknown ${level} type "${prefix}" in "${fullName}"`);
  return key;
};
const ascii = (s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
// A row: code|type|name|nameEn (empty when it is the name without diacritics)|parent
const row = (code, type, name, nameEn, parent) =>
  [code, type, name, nameEn === ascii(name) ? '' : nameEn, parent].join('|');

// --- three-tier system (until 2025-06-30)
const three = read('units-3tier-before-2025-07-01.json');
const oldProvinces = [];
const oldLower = [];
let nDistricts = 0;
let nCommunes3 = 0;
for (const p of three) {
  oldProvinces.push(row(p.Code, typeOf('province', p.FullName, p.Name), p.Name, p.NameEn, ''));
  for (const d of p.District) {
    nDistricts++;
    check(d.ProvinceCode === p.Code, `district ${d.Code} has province ${d.ProvinceCode}`);
    oldLower.push(row(d.Code, typeOf('district', d.FullName, d.Name), d.Name, d.NameEn, p.Code));
    for (const w of d.Ward ?? []) {
      nCommunes3++;
      check(w.DistrictCode === d.Code, `commune ${w.Code} has district ${w.DistrictCode}`);
      oldLower.push(row(w.Code, typeOf('commune', w.FullName, w.Name), w.Name, w.NameEn, d.Code));
    }
  }
}
check(three.length === 63 && nDistricts === 696 && nCommunes3 === 10035,
  `three-tier counts ${three.length}/${nDistricts}/${nCommunes3}, expected 63/696/10035`);

// --- two-tier system: as created on 2025-07-01, and as of 2026-07-25
const created = read('units-2tier-from-2025-07-01.json');
const latest = read('units-2tier-2026-07-25.json');
const flatten = (data) => {
  const m = new Map();
  for (const p of data) {
    m.set(p.Code, { level: 'province', u: p, parent: '' });
    for (const w of p.Wards) {
      check(w.ProvinceCode === p.Code, `commune ${w.Code} has province ${w.ProvinceCode}`);
      m.set(w.Code, { level: 'commune', u: w, parent: p.Code });
    }
  }
  return m;
};
const a = flatten(created);
const b = flatten(latest);
check(created.length === 34 && a.size === 34 + 3321, `two-tier counts ${a.size}`);
check([...a.keys()].every((k) => b.has(k)) && a.size === b.size, 'unit codes differ between 2025 and 2026 files');

// A unit whose type or parent changed gets a new version on 2026-04-30 (Resolution 30/2026/QH16);
// a change of spelling alone (Hòa -> Hoà, Ha Noi -> Hanoi) is not a new unit: the latest spelling is kept.
const newProvinces = [];
const newCommunes = [];
const changedProvinces = [];
const changedCommunes = [];
for (const [code, { level, u, parent }] of b) {
  const before = a.get(code);
  const typeNow = typeOf(level, u.FullName, u.Name);
  const typeThen = typeOf(level, before.u.FullName, before.u.Name);
  const rowNow = row(code, typeNow, u.Name, u.NameEn, parent);
  if (typeNow !== typeThen || before.parent !== parent) {
    const rowThen = row(code, typeThen, u.Name, u.NameEn, before.parent);
    (level === 'province' ? newProvinces : newCommunes).push(rowThen);
    (level === 'province' ? changedProvinces : changedCommunes).push(rowNow);
  } else {
    (level === 'province' ? newProvinces : newCommunes).push(rowNow);
  }
}
check(changedProvinces.length === 1 && changedProvinces[0].startsWith('75|M|'),
  `expected only Đồng Nai (75) to change type on 2026-04-30, got ${changedProvinces}`);
const typeCount = (rows) =>
  rows.reduce((c, r) => ({ ...c, [r.split('|')[1]]: (c[r.split('|')[1]] ?? 0) + 1 }), {});
const created2 = typeCount(newCommunes);
check(created2.x === 2621 && created2.p === 687 && created2.d === 13,
  `2025-07-01 commune types ${JSON.stringify(created2)}, expected 2621 xã / 687 phường / 13 đặc khu`);

// --- merger crosswalk: three sources, decided by the resolutions (see scripts/merger/)
const merges = read('merges-2025-07-01.json').data;
const oldCodes = new Set([...oldProvinces, ...oldLower].map((r) => r.split('|')[0]));
const provinceLinks = [];
for (const p of merges) {
  check(a.has(p.level1_id), `merges: unknown new province ${p.level1_id}`);
  provinceLinks.push(`${p.level1_id}:${p.merges.map((m) => {
    check(oldCodes.has(m.old_id), `merges: unknown old province ${m.old_id}`);
    return m.old_id + (m.type === 'partial' ? '*' : '');
  }).join(',')}`);
}
// The province links, compared with the ministry's map ("tỉnh A, tỉnh B và tỉnh C", "giữ
// nguyên"): every new province's old provinces must be the same in both.
const oldProvinceByKey = new Map(three.map((p) => [nameKey(p.Name.replace(/^Hồ Chí Minh$/, 'TPHCM')), p.Code]));
const provinceSources = [];
for (const e of read('ministry-map-2025-07-01.json').filter((x) => x.magoc === '0')) {
  const text = e.truocsapnhap.normalize('NFC').split('. ')[0];
  const named = /^giữ nguyên$/i.test(text)
    ? [e.ma]
    : text.split(/,\s*|\s+và\s+/).map((t) => oldProvinceByKey.get(nameKey(t.replace(/^(tỉnh|thành phố)\s+/i, ''))) ?? `? ${t}`);
  const mapped = provinceLinks.find((l) => l.startsWith(`${e.ma}:`))?.split(':')[1].split(',').sort().join(',');
  check(mapped === [...named].sort().join(','), `provinces: the map has ${e.ma} from ${named}, the mapping ${mapped}`);
  provinceSources.push(`${e.ma}||a`);
}
check(provinceSources.length === 34, `provinces: ${provinceSources.length} in the map`);
provinceSources.sort((x, y) => provinceLinks.findIndex((l) => l.startsWith(`${x.split('|')[0]}:`)) - provinceLinks.findIndex((l) => l.startsWith(`${y.split('|')[0]}:`)));

// The merges file and the units file disagree on two new commune codes (Xã Ba Chẽ 06970/06978,
// Xã Ia Mơ 23737/23938). The units file is the register of codes, so an unknown new code is matched
// to the unit of the same full name in the same province that the merges file does not list.
const listed = new Set(merges.flatMap((p) => p.level2s.map((c) => c.level2_id)));
const newCodeSlips = [];
const newCodeOf = (provinceCode, c) => {
  if (a.has(c.level2_id)) return c.level2_id;
  const match = [...a.entries()].filter(([code, v]) =>
    v.parent === provinceCode && v.u.FullName === c.name && !listed.has(code));
  check(match.length === 1, `merges: unknown new commune ${c.level2_id} (${c.name})`);
  newCodeSlips.push(`${c.level2_id}->${match[0][0]} ${c.name}`);
  return match[0][0];
};
const resolutions = readResolutions(join(src, 'resolutions-2025'));
const { records, units: oldUnits, unplaced, mapCodeSlips } = compareMergerSources({
  three, created, merges, map: read('ministry-map-2025-07-01.json'), resolutions, newCodeOf,
});
check(unplaced.length === 0, `resolutions: clauses without a new commune: ${unplaced.join('; ')}`);
check(records.size === 3321 && [...records.keys()].every((c) => a.get(c)?.level === 'commune'), `merger sources: ${records.size} new communes`);
const correctionsPath = join(root, 'scripts', 'merger', 'corrections-2025-07-01.json');
const corrections = existsSync(correctionsPath) ? JSON.parse(readFileSync(correctionsPath, 'utf8')) : [];
const { decisions, expected, problems: decisionProblems, counts } = decideMerger(records, corrections, oldUnits, resolutions);
if (process.argv.includes('--write-corrections')) {
  writeFileSync(correctionsPath, `${JSON.stringify(expected, null, 1)}\n`);
  console.log(`wrote ${expected.length} corrections to ${correctionsPath}`);
}
check(decisionProblems.length === 0, `merger: ${decisionProblems.length} unexplained differences:\n${decisionProblems.join('\n')}`);
const communeLinks = [];
const communeSources = [];
for (const [code, d] of [...decisions].sort(([x], [y]) => x.localeCompare(y))) {
  communeLinks.push(`${code}:${formatLinks(d.links)}`);
  communeSources.push([code, d.clause, d.basis, d.why ?? ''].join('|').replace(/\|+$/, ''));
}
const conservation = checkConservation(decisions, oldUnits);
check(conservation.length === 0, `merger conservation: ${conservation.join('; ')}`);
const mergerResolutions = [...resolutions].map(([number, r]) => {
  const code = created.find((p) => p.Name.normalize('NFC') === r.province || p.FullName.normalize('NFC').endsWith(r.province))?.Code;
  check(code, `resolution ${number}: province ${r.province}`);
  return `${code}:${number}`;
});

// --- write
mkdirSync(out, { recursive: true });
const header = `// Generated by scripts/generate-vn-data.mjs from shared/data/vn-admin (see LICENSES/). Do not edit.\n`;
const lit = (rows) => JSON.stringify(rows.join('\n'));
writeFileSync(join(out, 'provinces.ts'), `${header}
/** Provinces of the three-tier system (63). Row: code|type|name|nameEn|parent. */
export const PROVINCES_THREE_TIER = ${lit(oldProvinces)};
/** Provinces created on 2025-07-01 (34), latest spelling. */
export const PROVINCES_TWO_TIER = ${lit(newProvinces)};
/** Province versions that begin on 2026-04-30 (Đồng Nai a centrally-run city). */
export const PROVINCES_2026_04_30 = ${lit(changedProvinces)};
/** Province crosswalk 2025-07-01: new:old,old* (a star marks a partial old unit). */
export const PROVINCE_MERGES = ${lit(provinceLinks)};
/** Where each province link comes from, line by line as PROVINCE_MERGES: new||a — the mapping and the ministry's map agree (Resolution 202/2025/QH15). */
export const PROVINCE_MERGE_SOURCES = ${lit(provinceSources)};
`);
writeFileSync(join(out, 'communes.ts'), `${header}
/** Districts (696) and communes (10,035) of the three-tier system. Row: code|type|name|nameEn|parent. */
export const LOWER_THREE_TIER = ${lit(oldLower)};
/** Communes created on 2025-07-01 (3,321), latest spelling. */
export const COMMUNES_TWO_TIER = ${lit(newCommunes)};
/** Commune versions that begin on 2026-04-30 (communes of Đồng Nai that became wards). */
export const COMMUNES_2026_04_30 = ${lit(changedCommunes)};
/** Commune crosswalk 2025-07-01: new:old,old* (a star marks a partial old unit). */
export const COMMUNE_MERGES = ${lit(communeLinks)};
/**
 * Where each new commune's links come from, line by line as COMMUNE_MERGES:
 * new|clause|basis|why — the clause of article 1 of its province's resolution; basis a (the
 * mapping, the ministry's map and the clause agree), c (the mapping corrected by the clause), m (the
 * mapping holds; the map's reading set aside), h (decided by hand from the clause); why for c, m, h.
 */
export const COMMUNE_MERGE_SOURCES = ${lit(communeSources)};
/** The resolution of each new province's communes: province:number (number/NQ-UBTVQH15). */
export const COMMUNE_MERGE_RESOLUTIONS = ${lit(mergerResolutions)};
`);
mkdirSync(join(root, 'LICENSES'), { recursive: true });
for (const f of ['LICENSE-dvhcvn-20250701', 'LICENSE-vietnamese-provinces-database']) {
  copyFileSync(join(src, f), join(root, 'LICENSES', f));
}
console.log(`three-tier: ${three.length} provinces, ${nDistricts} districts, ${nCommunes3} communes`);
console.log(`two-tier: ${newProvinces.length} provinces, ${newCommunes.length} communes ${JSON.stringify(created2)}`);
console.log(`2026-04-30: ${changedProvinces.length} province, ${changedCommunes.length} communes change type`);
console.log(`crosswalk: ${provinceLinks.length} provinces (all ${provinceSources.length} agreed by the mapping and the ministry's map), ${communeLinks.length} communes`);
console.log(`merger sources, of ${records.size} new communes: ${counts.a} agreed by the mapping, the ministry's map and the resolution; ${counts.c} mapping corrected by the resolution; ${counts.m} map set aside (mapping and resolution agree); ${counts.h} decided by hand from the resolution; 0 unexplained`);
console.log(`code slips: mapping ${newCodeSlips.join('; ')}; map ${mapCodeSlips.join('; ')}`);
