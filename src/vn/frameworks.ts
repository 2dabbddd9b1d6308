import type { AssessmentFramework } from '../model/assessment.js';

const mi = (id: string, vi: string, en: string, maxPoints: string, componentCount: number) => ({ id, label: { vi, en }, maxPoints, componentCount, components: [] });

/**
 * The provincial Digital Transformation Index of Decision 922/QĐ-BTTTT (20/05/2022), used for
 * DTI 2021 to DTI 2023: 1,000 points in 9 main indices and 98 components, in two groups (common
 * foundation; activities). The structure and maximum points only: the decision's component list
 * was not read, so `components` are empty, with `componentCount` from the source — fill them from
 * the decision for your own scoring (see the assessments guide). The smart-city index is listed
 * and not scored (0 points). The digital-society activity row is cut off in the source's excerpt:
 * its 8 components and 150 points follow from the totals.
 * @example
 * ```ts
 * DTI_PROVINCIAL_2022.pillars.flatMap((p) => p.mainIndices).length; // 9
 * ```
 * @category Vietnam
 */
export const DTI_PROVINCIAL_2022: AssessmentFramework = {
  id: 'dti-provincial-2022',
  title: { vi: 'Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (Quyết định 922/QĐ-BTTTT)', en: 'Provincial Digital Transformation Index (Decision 922/QĐ-BTTTT)' },
  maxPoints: '1000',
  source: { document: 'Quyết định 922/QĐ-BTTTT, Phụ lục 1', issuer: 'Bộ Thông tin và Truyền thông', date: '2022-05-20', url: 'https://eballsviet.com/bo-chi-so-danh-gia-chuyen-doi-so-cap-tinh-59970' },
  pillars: [
    {
      id: 'common-foundation',
      label: { vi: 'Nền tảng chung', en: 'Common foundation' },
      mainIndices: [
        mi('digital-awareness', 'Nhận thức số', 'Digital awareness', '100', 10),
        mi('digital-institutions', 'Thể chế số', 'Digital institutions', '100', 11),
        mi('digital-infrastructure', 'Hạ tầng số', 'Digital infrastructure', '100', 7),
        mi('digital-human-resources', 'Nhân lực số', 'Digital human resources', '100', 13),
        mi('information-security', 'An toàn thông tin mạng', 'Cyber and information security', '100', 12),
        mi('smart-city', 'Đô thị thông minh', 'Smart city (not scored)', '0', 3),
      ],
    },
    {
      id: 'activities',
      label: { vi: 'Hoạt động chuyển đổi số', en: 'Digital transformation activities' },
      mainIndices: [
        mi('digital-government-activities', 'Hoạt động chính quyền số', 'Digital government activities', '200', 22),
        mi('digital-economy-activities', 'Hoạt động kinh tế số', 'Digital economy activities', '150', 12),
        mi('digital-society-activities', 'Hoạt động xã hội số', 'Digital society activities', '150', 8),
      ],
    },
  ],
  note: 'Digital society activities: 8 components and 150 points derived from the totals (42 − 22 − 12; 500 − 200 − 150).',
};

/**
 * The index of service to citizens and businesses of Decision 766/QĐ-TTg (23/06/2022), computed on
 * the National Public Service Portal for ministries, provinces and communes: 100 points in five
 * groups. Structure and maximum points only (its formulas are for users to fill).
 * @example
 * ```ts
 * SERVICE_INDEX_766.pillars[0]?.mainIndices.map((m) => m.maxPoints); // ['18', '20', '22', '22', '18']
 * ```
 * @category Vietnam
 */
export const SERVICE_INDEX_766: AssessmentFramework = {
  id: 'service-index-766',
  title: { vi: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)', en: 'Index of service to citizens and businesses (Decision 766/QĐ-TTg)' },
  maxPoints: '100',
  source: { document: 'Quyết định 766/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', date: '2022-06-23', url: 'https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/thu-tuong-chinh-phu-phe-duyet-bo-chi-so-2373' },
  pillars: [
    {
      id: 'service',
      label: { vi: 'Chất lượng phục vụ', en: 'Quality of service' },
      mainIndices: [
        { id: 'publicity', label: { vi: 'Công khai, minh bạch', en: 'Publicity and transparency' }, maxPoints: '18', components: [] },
        { id: 'progress', label: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress and results of handling' }, maxPoints: '20', components: [] },
        { id: 'digitisation', label: { vi: 'Số hóa hồ sơ', en: 'Digitisation of dossiers' }, maxPoints: '22', components: [] },
        { id: 'online-services', label: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online service provision' }, maxPoints: '22', components: [] },
        { id: 'satisfaction', label: { vi: 'Mức độ hài lòng', en: 'Satisfaction' }, maxPoints: '18', components: [] },
      ],
    },
  ],
};
