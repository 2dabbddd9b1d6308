// Compares three sources of the 2025 commune merger, new commune by new commune:
// - the mapping (dvhcvn merges.json): old codes, each full or partial;
// - the ministry's map (sapnhap crawl): what each new commune was formed from, in words;
// - the resolutions 1654–1687/NQ-UBTVQH15: article 1, clause by clause, in words.
// Names in words are resolved to old codes within the old provinces that formed the new province.
import { nameKey, typeKey } from './names.mjs';
import { readFormedFrom } from './read-ministry-map.mjs';

// Without diacritics, spaces or apostrophes, and y read as i ("Mỵ Hòa" / "Mi Hòa").
const bare = (key) => key.normalize('NFD').replace(/\p{M}|\s|'/gu, '').replace(/đ/g, 'd').replace(/y/g, 'i');
// Areas in a clause that were no commune: a firing range, a coastal strip.
const NOT_A_UNIT = /^(?:trường bắn|khu vực)\b/i;
/** Levenshtein distance. */
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
const prefixOf = (fullName, name) => fullName.slice(0, fullName.length - name.length).trim();

/** The old register as lookup tables. */
function oldRegister(three) {
  const units = new Map();
  for (const p of three) {
    units.set(p.Code, { code: p.Code, level: 'province', name: p.Name, province: p.Code });
    for (const d of p.District) {
      units.set(d.Code, { code: d.Code, level: 'district', type: typeKey(prefixOf(d.FullName, d.Name)), name: d.Name, key: nameKey(d.Name), province: p.Code, communes: (d.Ward ?? []).map((w) => w.Code) });
      for (const w of d.Ward ?? []) {
        units.set(w.Code, { code: w.Code, level: 'commune', type: typeKey(prefixOf(w.FullName, w.Name)), name: w.Name, fullName: w.FullName, key: nameKey(w.Name), district: d.Code, province: p.Code });
      }
    }
  }
  return units;
}

/**
 * Resolves a unit named in words ({type, name, qualifier}) among the old units of some old
 * provinces. Returns {codes} (one commune, or a district's communes) or {problem, candidates}.
 */
function resolver(units, oldProvinces) {
  const communes = [...units.values()].filter((u) => u.level === 'commune' && oldProvinces.has(u.province));
  const districts = [...units.values()].filter((u) => u.level === 'district' && oldProvinces.has(u.province));
  // Keyed without spaces or apostrophes, so that "EaBar" and "Ea Bar" (two communes, in Phú Yên and Đắk Lắk)
  // are both candidates and the neighbours decide.
  const compact = (key) => key.replace(/\s|'/g, '');
  const byKey = new Map();
  const byBare = new Map();
  for (const u of communes) {
    (byKey.get(compact(u.key)) ?? byKey.set(compact(u.key), []).get(compact(u.key))).push(u);
    (byBare.get(bare(u.key)) ?? byBare.set(bare(u.key), []).get(bare(u.key))).push(u);
  }
  const inDistrict = (qualifier) => {
    const m = qualifier.match(/^(huyện|quận|thị xã|thành phố)\s*(.+)$/i);
    if (!m) return undefined;
    const key = nameKey(m[2]);
    return new Set(districts.filter((d) => d.key === key).map((d) => d.code));
  };
  return ({ type, name, qualifier }) => {
    const key = nameKey(name);
    if (typeKey(type) === 'H') {
      const d = districts.filter((x) => x.key === key);
      if (d.length !== 1) return { problem: d.length ? 'ambiguous' : 'unknown', candidates: d.map((x) => x.code) };
      return { codes: d[0].communes.length ? d[0].communes : [d[0].code], district: d[0].code };
    }
    // The same name and type; else the same letters without diacritics and the same type, when
    // the register spells it differently ("Phong Nặm" / "Phong Nậm"); else the same name, any type.
    const t = typeKey(type);
    const ofType = (list) => list.filter((u) => t === undefined || u.type === t);
    let found = ofType(byKey.get(compact(key)) ?? []);
    let spelling = false;
    if (found.length === 0) {
      found = ofType(byBare.get(bare(key)) ?? []);
      spelling = found.length > 0;
    }
    if (found.length === 0) found = byKey.get(compact(key)) ?? [];
    if (found.length > 1 && qualifier) {
      const ds = inDistrict(qualifier);
      if (ds) found = found.filter((u) => ds.has(u.district));
    }
    if (found.length === 1) return { codes: [found[0].code], typeDiffers: t !== undefined && found[0].type !== t, spelling };
    return { problem: found.length ? 'ambiguous' : 'unknown', candidates: found.map((u) => u.code) };
  };
}

/** Links as a map old code → 'full' | 'partial'. */
const linksOf = (pairs) => new Map(pairs);
const sameMembers = (a, b) => a.size === b.size && [...a.keys()].every((k) => b.has(k));
const sameLinks = (a, b) => sameMembers(a, b) && [...a].every(([k, v]) => b.get(k) === v);
export const formatLinks = (links) => [...links].sort(([a], [b]) => a.localeCompare(b)).map(([c, k]) => c + (k === 'partial' ? '*' : '')).join(',');

/**
 * Reads all three sources for every new commune. `created` is the 2025-07-01 register; `merges`
 * the mapping's data array; `map` the ministry map's entries; `resolutions` from readResolutions.
 */
export function compareMergerSources({ three, created, merges, map, resolutions, newCodeOf }) {
  const units = oldRegister(three);
  const newCommunes = new Map();
  const newProvinceName = new Map();
  for (const p of created) {
    newProvinceName.set(p.Code, p.Name);
    for (const w of p.Wards) newCommunes.set(w.Code, { code: w.Code, province: p.Code, type: typeKey(prefixOf(w.FullName, w.Name)), name: w.Name, fullName: w.FullName, key: nameKey(w.Name) });
  }
  const oldProvincesOf = new Map(merges.map((p) => [p.level1_id, new Set(p.merges.map((m) => m.old_id))]));
  const resolve = new Map([...oldProvincesOf].map(([code, olds]) => [code, resolver(units, olds)]));
  const findNew = (province, type, name) => {
    const key = nameKey(name);
    const all = [...newCommunes.values()].filter((c) => c.province === province && c.key === key);
    const typed = all.filter((c) => c.type === typeKey(type));
    if (all.length > 0) return (typed.length ? typed : all).map((c) => c.code);
    // Spelled differently in the new register ("Phố Bảng" / "Phó Bảng").
    return [...newCommunes.values()].filter((c) => c.province === province && bare(c.key) === bare(key) && c.type === typeKey(type)).map((c) => c.code);
  };
  /**
   * Resolves the parts of one new commune. Names the register spells differently, and names that
   * several old communes share, are settled in a second pass: first by the district of the parts
   * already resolved (neighbours), then by the closest spelling among the mapping's codes for this
   * commune (a hint, recorded as such).
   */
  const resolveParts = (province, parts, hint) => {
    const areas = parts.filter((it) => NOT_A_UNIT.test(it.name));
    const got = parts.filter((it) => !NOT_A_UNIT.test(it.name)).map((it) => ({ it, ...resolve.get(province)(it) }));
    const claimed = new Set(got.flatMap((g) => g.codes ?? []));
    const districts = new Set([...claimed].map((c) => units.get(c)?.district));
    const pairs = [];
    const notes = [];
    const problems = [];
    const describe = (it) => `${it.type ?? ''} ${it.name}${it.qualifier ? ` (${it.qualifier})` : ''}`.trim();
    for (const g of got) {
      let codes = g.codes;
      if (!codes && g.problem === 'ambiguous') {
        const near = g.candidates.filter((c) => districts.has(units.get(c).district));
        const hinted = g.candidates.filter((c) => hint?.has(c) && !claimed.has(c));
        if (near.length === 1) {
          codes = near;
          notes.push(`${describe(g.it)}: ${near[0]} (of ${g.candidates.join('/')}: in the district of the other parts)`);
        } else if (hinted.length === 1) {
          codes = hinted;
          notes.push(`${describe(g.it)}: ${hinted[0]} (of ${g.candidates.join('/')}: the mapping's)`);
        }
      }
      if (!codes && g.problem === 'unknown' && hint) {
        const want = bare(nameKey(g.it.name));
        const close = [...hint.keys()].filter((c) => !claimed.has(c) && units.get(c)?.key && editDistance(bare(units.get(c).key), want) <= Math.max(2, Math.floor(want.length / 4)));
        if (close.length === 1) {
          codes = close;
          notes.push(`${describe(g.it)}: ${close[0]} (the register writes ${units.get(close[0]).fullName})`);
        }
      }
      if (codes) for (const code of codes) pairs.push([code, g.it.kind]);
      else problems.push(`${describe(g.it)}: ${g.problem} ${g.candidates.join(' ')}`.trim());
    }
    for (const it of areas) notes.push(`${it.name}: an area that was no commune; no link`);
    return { links: linksOf(pairs), notes, problems };
  };
  const records = new Map();
  const unplaced = [];
  const mapCodeSlips = [];
  const record = (code) => records.get(code) ?? records.set(code, { code, problems: [] }).get(code);

  // The mapping.
  for (const p of merges) {
    for (const c of p.level2s) {
      const r = record(newCodeOf(p.level1_id, c));
      r.mapping = linksOf(c.merges.map((m) => [m.old_id, m.type]));
    }
  }
  // The ministry's map.
  for (const e of map) {
    if (e.magoc === '0') continue;
    // The map's code, or, where the map has a code the register does not know, the unit of the
    // same name in the same province.
    let code = e.ma;
    if (!newCommunes.has(code)) {
      const t = e.ten.match(/^(Xã|Phường|Đặc khu)\s+(.*)$/);
      const found = t ? findNew(e.magoc, t[1], t[2]) : [];
      if (found.length === 1) {
        mapCodeSlips.push(`${e.ma} ${e.ten} → ${found[0]}`);
        code = found[0];
      }
    }
    const r = record(code);
    const items = readFormedFrom(e.truocsapnhap);
    r.mapText = e.truocsapnhap;
    if (items === 'unchanged') {
      const nc = newCommunes.get(code);
      // An unchanged unit kept its code (and its name, but for spelling: Tà Si Láng / Tà Xi Láng).
      const same = units.get(code);
      const got = same?.level === 'commune' && nc && oldProvincesOf.get(nc.province).has(same.province) ? { codes: [code] }
        : nc ? resolve.get(nc.province)({ type: prefixOf(nc.fullName, nc.name), name: nc.name }) : { problem: 'unknown new code' };
      r.map = got.codes ? linksOf([[got.codes[0], 'full']]) : undefined;
      r.mapUnchanged = true;
      if (!got.codes) r.problems.push(`map: unchanged unit not found (${got.problem})`);
      continue;
    }
    const got = resolveParts(e.magoc, items, r.mapping);
    r.map = got.links;
    r.mapNotes = got.notes;
    r.problems.push(...got.problems.map((p) => `map: ${p}`));
  }
  // The resolutions.
  const provinceByName = new Map([...newProvinceName].map(([code, name]) => [nameKey(name), code]));
  for (const [number, res] of resolutions) {
    const province = provinceByName.get(nameKey(res.province));
    if (province === undefined) throw new Error(`resolution ${number}: unknown province ${res.province}`);
    const place = (clause, newType, newName, parts, unchanged) => {
      const codes = findNew(province, newType, newName);
      if (codes.length !== 1) {
        unplaced.push(`${number}/${clause}: ${newType} ${newName} found ${codes.length} times ${codes.join(' ')}`);
        return;
      }
      const r = record(codes[0]);
      if (r.resolution) {
        unplaced.push(`${number}/${clause}: ${codes[0]} formed twice (clauses ${r.resolution.clause}, ${clause})`);
        return;
      }
      const got = resolveParts(province, parts, r.mapping);
      r.resolution = { number, clause, unchanged, ...got };
    };
    for (const c of res.clauses) place(c.clause, c.newType, c.newName, c.parts, false);
    const last = Math.max(...res.clauses.map((c) => c.clause)) + 1;
    for (const u of res.unchanged) place(last, u.type, u.name, [{ ...u, kind: 'full' }], true);
  }
  return { records, units, newCommunes, unplaced, mapCodeSlips };
}

export { sameLinks, sameMembers };
