// Names without their diacritics, as the unit registers' English forms write them.
import { describe, expect, it } from 'vitest';
import { withoutDiacritics } from '../../src/core/without-diacritics.js';

describe('withoutDiacritics', () => {
  it('drops tones and marks, and writes đ and Đ as d and D', () => {
    expect(['Đồng Nai', 'Thừa Thiên Huế', 'đường Điện Biên Phủ', 'Hà Nội', 'Ea Drơng'].map(withoutDiacritics)).toEqual([
      'Dong Nai', 'Thua Thien Hue', 'duong Dien Bien Phu', 'Ha Noi', 'Ea Drong',
    ]);
  });
});
