// Attainment of one target: Đồng Nai 2025, "fully online service applications across the
// province will reach an average rate of 70%", against the 91% reported in September 2025.
import { attainment, classifyBand, DEFAULT_STATUS_BANDS, isTargetMet, roundDecimal, targetGap } from 'dx-indicators';
import { plans } from 'dx-indicators/vn';

const target = plans.dongNai2025.targets.find((t) => t.id === 'dn25-online-dossiers-province')!;
const actual = '91';
const ratio = attainment(target.comparator, actual);

console.log(`target: ${target.comparator.kind} ${'value' in target.comparator ? target.comparator.value : ''}%`);
console.log(`met: ${isTargetMet(target.comparator, actual)}`);
console.log(`attainment: ${ratio.ok ? roundDecimal(ratio.value.ratio, 2, 'half-up') : ratio.reason}`);
console.log(`gap: ${targetGap(target.comparator, actual)} percentage points`);
console.log(`band: ${classifyBand(DEFAULT_STATUS_BANDS, ratio.ok ? ratio.value.ratio : undefined).label.en}`);
// "More than 50%" is strict: 50% does not meet it.
console.log(`50% meets "more than 50%": ${isTargetMet({ kind: 'more-than', value: '50' }, '50')}`);
