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
// Usage: node scripts/generate-vn-data.mjs [path/to/vn-admin]   (default: ../shared/data/vn-admin)
// The script checks the known facts (63/696/10,035; 34/3,321; the 2026-04-30 change) and stops
// with an error if the upstream files disagree with them.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'vn-admin'));
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

// --- merger crosswalk
const merges = read('merges-2025-07-01.json').data;
const oldCodes = new Set([...oldProvinces, ...oldLower].map((r) => r.split('|')[0]));
const provinceLinks = [];
const communeLinks = [];
const seenOld = new Set();
// The merges file and the units file disagree on two new commune codes (Xã Ba Chẽ 06970/06978,
// Xã Ia Mơ 23737/23938). The units file is the register of codes, so an unknown new code is matched
// to the unit of the same full name in the same province that the merges file does not list.
const listed = new Set(merges.flatMap((p) => p.level2s.map((c) => c.level2_id)));
const corrections = [];
const stale = [];
const crossProvince = [];
const oldParent = new Map([...oldProvinces, ...oldLower].map((r) => [r.split('|')[0], r.split('|')[4]]));
const oldProvinceOf = (code) => {
  let c = code;
  while (oldParent.get(c)) c = oldParent.get(c);
  return oldParent.has(c) ? c : undefined;
};
const oldProvincesOfNew = new Map(merges.map((p) => [p.level1_id, new Set(p.merges.map((m) => m.old_id))]));
const newCommuneCode = (provinceCode, c) => {
  if (a.has(c.level2_id)) return c.level2_id;
  const match = [...a.entries()].filter(([code, v]) =>
    v.parent === provinceCode && v.u.FullName === c.name && !listed.has(code));
  check(match.length === 1, `merges: unknown new commune ${c.level2_id} (${c.name})`);
  corrections.push(`${c.level2_id}->${match[0][0]} ${c.name}`);
  return match[0][0];
};
for (const p of merges) {
  check(a.has(p.level1_id), `merges: unknown new province ${p.level1_id}`);
  provinceLinks.push(`${p.level1_id}:${p.merges.map((m) => {
    check(oldCodes.has(m.old_id), `merges: unknown old province ${m.old_id}`);
    seenOld.add(m.old_id);
    return m.old_id + (m.type === 'partial' ? '*' : '');
  }).join(',')}`);
  for (const c of p.level2s) {
    // Twelve old codes in the merges file name communes that an earlier reorganisation (2024-25)
    // had already dissolved: they are not in the three-tier register, so those links are dropped.
    // The five island districts without communes are old units of district level: kept.
    // One link names an old commune of another province (Xã Tân Phú 30622, An Giang, in Tân Phú
    // Trung of Đồng Tháp, whose own Xã Tân Phú 30274 is listed too): a wrong code, dropped.
    const known = c.merges.filter((m) =>
      (oldCodes.has(m.old_id) || !stale.push(`${m.old_id} ${m.name}`)) &&
      (oldProvinceOf(m.old_id) === undefined || oldProvincesOfNew.get(p.level1_id).has(oldProvinceOf(m.old_id)) ||
        !crossProvince.push(`${m.old_id} ${m.name} in ${c.level2_id} ${c.name}`)));
    check(known.length > 0, `merges: no known old unit for ${c.level2_id}`);
    communeLinks.push(`${newCommuneCode(p.level1_id, c)}:${known.map((m) => {
      check(m.type === 'full' || m.type === 'partial', `merges: unknown kind ${m.type}`);
      seenOld.add(m.old_id);
      return m.old_id + (m.type === 'partial' ? '*' : '');
    }).join(',')}`);
  }
}
check(provinceLinks.length === 34 && communeLinks.length === 3321, 'merges: not every new unit is listed');
const oldCommuneCodes = oldLower.filter((r) => r.split('|')[0].length === 5).map((r) => r.split('|')[0]);
const unmapped = oldCommuneCodes.filter((c) => !seenOld.has(c));

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
`);
mkdirSync(join(root, 'LICENSES'), { recursive: true });
for (const f of ['LICENSE-dvhcvn-20250701', 'LICENSE-vietnamese-provinces-database']) {
  copyFileSync(join(src, f), join(root, 'LICENSES', f));
}
console.log(`three-tier: ${three.length} provinces, ${nDistricts} districts, ${nCommunes3} communes`);
console.log(`two-tier: ${newProvinces.length} provinces, ${newCommunes.length} communes ${JSON.stringify(created2)}`);
console.log(`2026-04-30: ${changedProvinces.length} province, ${changedCommunes.length} communes change type`);
console.log(`crosswalk: ${provinceLinks.length} provinces, ${communeLinks.length} communes; old communes not in it: ${unmapped.length} ${unmapped.slice(0, 10).join(' ')}`);
console.log(`stale old codes dropped (${stale.length}): ${stale.join('; ')}`);
console.log(`links across provinces dropped (${crossProvince.length}): ${crossProvince.join('; ')}`);
console.log(`code corrections in the merges file: ${corrections.join('; ')}`);
