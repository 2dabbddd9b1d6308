// Decides each new commune's links from the three sources read by compare-sources.mjs, and checks
// that every decision that differs from the mapping or the ministry's map is written down, with
// its reason, in corrections-2025-07-01.json.
import { formatLinks, sameLinks, sameMembers } from './compare-sources.mjs';

const parseLinks = (text) => new Map(text.split(',').map((x) => (x.endsWith('*') ? [x.slice(0, -1), 'partial'] : [x, 'full'])));
const nameOf = (units, code) => (units.has(code) ? `${units.get(code).fullName ?? units.get(code).name} (${code})` : `${code} (not in the register of 2025-06-30: dissolved before)`);
const share = (kind) => (kind === 'full' ? 'whole' : 'in part');

/** One line on why a decision differs from the mapping or the map, built from the differences. */
function reasonFor(r, final, units) {
  const out = [];
  const mapping = r.mapping ?? new Map();
  for (const [code] of mapping) if (!final.has(code)) out.push(`the mapping's ${nameOf(units, code)} is not in the clause`);
  for (const [code, kind] of final) {
    if (!mapping.has(code)) out.push(`the clause names ${nameOf(units, code)}, the mapping does not`);
    else if (mapping.get(code) !== kind) out.push(`the clause takes ${nameOf(units, code)} ${share(kind)}, the mapping ${share(mapping.get(code))}`);
  }
  if (r.map) {
    for (const [code] of r.map) if (!final.has(code)) out.push(`the map names ${nameOf(units, code)}, the clause does not`);
    for (const [code] of final) if (!r.map.has(code) && !r.problems.length) out.push(`the map omits ${nameOf(units, code)}`);
  }
  for (const p of r.problems) out.push(`the map reads "${p.replace(/^map: /, '').replace(/: unknown.*$/, '')}", no commune of the register`);
  for (const n of r.resolution?.notes ?? []) out.push(`clause: ${n}`);
  const s = out.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/**
 * The decision for every new commune: {links, document, clause, basis, why}; the corrections the
 * file should hold (`expected`); and every way the file falls short (`problems`).
 */
export function decideMerger(records, corrections, units) {
  const filed = new Map(corrections.map((c) => [c.new, c]));
  const decisions = new Map();
  const expected = [];
  const problems = [];
  const counts = { a: 0, c: 0, m: 0, h: 0 };
  for (const r of records.values()) {
    const res = r.resolution;
    if (!res) {
      problems.push(`${r.code}: no clause of any resolution forms it`);
      continue;
    }
    const entry = filed.get(r.code);
    // A decision by hand stands where the clause could not be read by machine, or where the clause
    // as read breaks conservation (a slip in the resolution's own text: a name written as another
    // commune's).
    const read = res.problems.length === 0 && entry?.basis !== 'h';
    let final = res.links;
    if (!read) {
      if (entry?.basis !== 'h') {
        problems.push(`${r.code}: clause ${res.number}/${res.clause} not read by machine (${res.problems.join('; ')}): decide by hand (basis "h")`);
        expected.push({ new: r.code, links: formatLinks(r.mapping ?? new Map()), resolution: `${res.number}/NQ-UBTVQH15`, clause: res.clause, basis: 'h', why: 'TODO' });
        continue;
      }
      final = parseLinks(entry.links);
    }
    const basis = !read ? 'h' : !sameLinks(r.mapping ?? new Map(), final) ? 'c' : !r.map || !sameMembers(r.map, final) ? 'm' : 'a';
    counts[basis]++;
    const decision = { links: final, document: `${res.number}/NQ-UBTVQH15`, clause: res.clause, basis };
    if (basis !== 'a') {
      // A correction read from the clause states its reason in words built from the differences,
      // so the file cannot drift from the sources; a decision by hand gives its own.
      const why = basis === 'h' ? entry.why : reasonFor(r, final, units);
      const want = { new: r.code, links: formatLinks(final), resolution: decision.document, clause: res.clause, basis, why };
      expected.push(want);
      if (!entry) problems.push(`${r.code}: not in the corrections file (${want.why})`);
      else if (JSON.stringify(entry) !== JSON.stringify(want)) problems.push(`${r.code}: the corrections file has ${JSON.stringify(entry)}, the sources give ${JSON.stringify(want)}`);
      else if (!entry.why || entry.why === 'TODO') problems.push(`${r.code}: no reason given`);
      decision.why = want.why;
    } else if (entry) problems.push(`${r.code}: in the corrections file, but all three sources agree`);
    decisions.set(r.code, decision);
  }
  return { decisions, expected, problems, counts };
}

/**
 * Conservation over the whole country: every old commune has a successor; an old commune in
 * several new communes is partial in each; an old commune taken whole goes to one new commune.
 */
export function checkConservation(decisions, units) {
  const successors = new Map();
  for (const [code, d] of decisions) for (const [old, kind] of d.links) (successors.get(old) ?? successors.set(old, []).get(old)).push([code, kind]);
  const out = [];
  for (const u of units.values()) if (u.level === 'commune' && !successors.has(u.code)) out.push(`${u.code} ${u.fullName} has no successor`);
  for (const [old, list] of successors) {
    if (list.length > 1 && list.some(([, k]) => k === 'full')) out.push(`${old} taken whole by ${list.filter(([, k]) => k === 'full').map(([c]) => c)} and also in ${list.map(([c]) => c)}`);
    if (list.length === 1 && list[0][1] === 'partial') out.push(`${old} is partial in ${list[0][0]} only`);
  }
  return out;
}
