// Reads the "formed from" texts (truocsapnhap) of the ministry's merger map: "Xã A, Xã B (huyện C)
// và một phần diện tích TN, quy mô dân số của các phường D, E", "Phường F (phần còn lại sau khi
// sáp nhập vào phường G)", or "giữ nguyên" (unchanged).
const TYPE = /^(thị trấn|xã|phường|đặc khu|huyện)\s*/i;

/** The units a map entry names, each {type, name, qualifier, kind}; 'unchanged' for "giữ nguyên". */
export function readFormedFrom(text) {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (/^giữ nguyên\.?$/i.test(t)) return 'unchanged';
  // Commas inside parentheses ("(phần còn lại sau khi sáp nhập vào phường A, phường B)") are not
  // separators: parenthetical remarks are read first and replaced by a mark.
  const remarks = [];
  let s = t.replace(/\(([^)]*)\)/g, (_, inner) => `\u0003${remarks.push(inner) - 1}\u0004`);
  s = s
    .replace(/\s*sau khi s[ắá]p x[ếẾ]p.*?(?=,|$)/gi, '')
    .replace(/^Sắp xếp\s*/i, '')
    .replace(/(?:và\s+)?(một phần|phần còn l[aạ]i)(?:\s+diện tích(?:\s+(?:TN|tự nhiên))?)?(?:\s*,?\s*(?:toàn b[ộố]\s+)?quy mô dân số)?(?:\s+của)*(?:\s+các)?\s*/gi, (_, w) => `,\u0001${/còn lại/i.test(w) ? 'rest' : 'part'}\u0002`)
    .replace(/(?:và\s+)?toàn bộ\s+diện tích(?:\s+(?:TN|tự nhiên))?(?:\s*,?\s*quy mô dân số)?(?:\s+của)*(?:\s+các)?\s*/gi, ',\u0001full\u0002');
  const out = [];
  let kind = 'full';
  let type;
  for (let part of s.split(/\s*,\s*(?:và\s+)?|\s+và\s+/)) {
    part = part.trim().replace(/^các\s+(?=thị trấn|xã|phường)/i, '');
    const share = part.match(/^\u0001(\w+)\u0002\s*/);
    if (share) {
      kind = share[1] === 'full' ? 'full' : 'partial';
      part = part.slice(share[0].length);
    }
    if (part === '') continue;
    const m = part.match(TYPE);
    if (m) {
      // A capitalised type word after a partial list starts a unit of its own, full unless marked.
      if (!share && /^\p{Lu}/u.test(m[1]) && kind === 'partial' && type !== undefined) kind = 'full';
      type = m[1].toLowerCase();
      part = part.slice(m[0].length);
      // "các phường Phường Cửa Nam": the type word written twice.
      const again = part.match(TYPE);
      if (again && again[1].toLowerCase() === type) part = part.slice(again[0].length);
      // "Yên Định Xã Yên Định": the name written twice.
      const twice = part.match(new RegExp(`^(.+?)\\s+${m[1]}\\s+\\1$`, 'i'));
      if (twice) part = twice[1];
    }
    let qualifier;
    let itemKind = kind;
    part = part.replace(/\s*\u0003(\d+)\u0004/g, (_, i) => {
      const r = remarks[Number(i)];
      if (/phần còn lại/i.test(r)) itemKind = 'partial';
      else qualifier = r.trim();
      return '';
    });
    out.push({ type, name: part.trim(), qualifier, kind: itemKind });
  }
  return out;
}
