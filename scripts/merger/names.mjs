// One key for the ways the sources spell the same unit name: a type word repeated in the name
// ("Phường Phường Đúc"), Đắk / Đăk / Đak, case, tone-mark placement ("Hòa" /
// "Hoà"), hyphens and spacing, apostrophes, leading zeros of numbered wards ("Phường 02").
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Numbered wards are written in Roman or Arabic figures ("Phường IV", "phường 4").
const ROMAN = Object.fromEntries(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].map((r, i) => [r, String(i + 1)]));

/** The comparison key of a name (without its type word). */
export function nameKey(name) {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(?:phường|xã|thị trấn)\s+(?=\S)/, '')
    .replace(/^(?:nông trường|n\.\s*t\.?)\s*/, 'nt ')
    .normalize('NFD')
    .replace(/[’‘`]/g, "'")
    .replace(/[-–]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => {
      const tones = (w.match(TONES) ?? []).join('');
      const word = (w.replace(TONES, '') + tones).normalize('NFC').replace(/^0+(?=\d)/, '');
      // Đắk, Đăk, Đak and Dak are one word written four ways.
      if (/^[đd][aă]k$/.test(word.normalize('NFD').replace(/\u0301/g, '').normalize('NFC'))) return 'đăk';
      return ROMAN[word] ?? word;
    })
    .join(' ');
}

const TYPE_KEYS = { 'thị trấn': 't', 'xã': 'x', 'phường': 'p', 'đặc khu': 'd', 'huyện': 'H', 'quận': 'Q', 'thị xã': 'X', 'thành phố': 'T' };

/** The type key of a Vietnamese unit-type word ("Xã" → "x"); undefined when it is none. */
export function typeKey(word) {
  return word === undefined ? undefined : TYPE_KEYS[word.normalize('NFC').toLowerCase()];
}
