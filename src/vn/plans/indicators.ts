import type { Domain } from '../../model/domain.js';
import type { Indicator, MeasureUnit } from '../../model/indicator.js';

/** A share: percent, ratio of sums over time and space (Σ numerator / Σ denominator). */
function share(id: string, domain: Domain, vi: string, en: string, numerator: [string, string], denominator: [string, string]): Indicator {
  return {
    id,
    name: { vi, en },
    domain,
    unit: 'percent',
    direction: 'higher-is-better',
    aggregation: { time: 'last', space: 'ratio-of-sums' },
    share: { numerator: { vi: numerator[0], en: numerator[1] }, denominator: { vi: denominator[0], en: denominator[1] } },
  };
}

/** A figure that is not a share: counts and money sum over space; `time` says how they combine over time. */
function measure(
  id: string,
  domain: Domain,
  vi: string,
  en: string,
  unit: MeasureUnit,
  aggregation: Indicator['aggregation'],
  direction: Indicator['direction'] = 'higher-is-better',
  note?: string,
): Indicator {
  return { id, name: { vi, en }, domain, unit, direction, aggregation, ...(note === undefined ? {} : { note }) };
}

const stock = { time: 'last', space: 'sum' } as const;
const procedures: [string, string] = ['thủ tục hành chính đủ điều kiện', 'eligible administrative procedures'];
const dossiers: [string, string] = ['hồ sơ thủ tục hành chính', 'administrative procedure dossiers'];
const agencies: [string, string] = ['cơ quan nhà nước', 'state agencies'];
const systems: [string, string] = ['hệ thống thông tin của cơ quan nhà nước', "state agencies' information systems"];

/**
 * The indicators the built-in plans measure, by id. An indicator measured by two plans is one
 * indicator (e.g. `work-records-digital` in Đồng Nai 2022, Đồng Nai 2025 and Bình Dương 2021–2025).
 * @example
 * ```ts
 * vnIndicators['work-records-digital'].aggregation; // { time: 'last', space: 'ratio-of-sums' }
 * ```
 * @category Vietnam
 */
export const vnIndicators = {
  // Digital data
  'ap-records-digitised': share('ap-records-digitised', 'digital-data', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Digitisation rate of administrative procedure dossiers and results', ['hồ sơ, kết quả được số hóa', 'dossiers and results digitised'], dossiers),
  'ap-outcome-data-reused': share('ap-outcome-data-reused', 'digital-data', 'Tỷ lệ dữ liệu kết quả giải quyết thủ tục hành chính được tái sử dụng, chia sẻ', 'Share of administrative procedure outcome data reused and shared', ['dữ liệu kết quả được tái sử dụng, chia sẻ', 'outcome records reused and shared'], ['dữ liệu kết quả giải quyết thủ tục hành chính', 'administrative procedure outcome records']),
  'national-databases-connected': share('national-databases-connected', 'digital-data', 'Tỷ lệ cơ sở dữ liệu quốc gia được kết nối, chia sẻ', 'Share of national databases connected and sharing data', ['cơ sở dữ liệu quốc gia đã kết nối', 'national databases connected'], ['cơ sở dữ liệu quốc gia', 'national databases']),
  'data-resource-catalogues': share('data-resource-catalogues', 'digital-data', 'Tỷ lệ sở, ban, ngành xây dựng danh mục thông tin, dữ liệu và chia sẻ', 'Share of departments that publish and share a catalogue of their information and data', ['sở, ban, ngành có danh mục', 'departments with a catalogue'], ['sở, ban, ngành', 'departments']),
  // Digital government
  'fully-online-services': share('fully-online-services', 'digital-government', 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình', 'Share of eligible administrative procedures offered as fully online public services', ['thủ tục cung cấp trực tuyến toàn trình', 'procedures offered fully online'], procedures),
  'online-dossier-rate': share('online-dossier-rate', 'digital-government', 'Tỷ lệ hồ sơ thủ tục hành chính nộp và xử lý trực tuyến', 'Share of administrative procedure dossiers submitted and processed online', ['hồ sơ trực tuyến', 'dossiers filed online'], dossiers),
  'level-3-4-public-services': share('level-3-4-public-services', 'digital-government', 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến mức độ 3, 4', 'Share of eligible procedures offered as level-3 or level-4 online public services', ['thủ tục mức độ 3, 4', 'procedures at level 3 or 4'], procedures),
  'level-3-4-on-provincial-portal': share('level-3-4-on-provincial-portal', 'digital-government', 'Tỷ lệ dịch vụ công mức độ 3, 4 cung cấp trên Cổng dịch vụ công tỉnh', 'Share of level-3 and level-4 public services offered on the provincial public service portal', ['dịch vụ trên cổng tỉnh', 'services on the provincial portal'], ['dịch vụ công mức độ 3, 4 của tỉnh', "the province's level-3 and level-4 services"]),
  'level-3-4-on-national-portal': share('level-3-4-on-national-portal', 'digital-government', 'Tỷ lệ dịch vụ công mức độ 3, 4 phổ biến được tích hợp lên Cổng Dịch vụ công quốc gia', 'Share of popular level-3 and level-4 public services integrated into the National Public Service Portal', ['dịch vụ đã tích hợp', 'services integrated'], ['dịch vụ công mức độ 3, 4 phổ biến', 'popular level-3 and level-4 services']),
  'online-payment-services': share('online-payment-services', 'digital-government', 'Tỷ lệ dịch vụ công trực tuyến có nghĩa vụ tài chính được triển khai thanh toán trực tuyến', 'Share of online public services with a fee that can be paid online', ['dịch vụ có thanh toán trực tuyến', 'services payable online'], ['dịch vụ công trực tuyến có nghĩa vụ tài chính', 'online services with a fee']),
  'online-payment-transactions': share('online-payment-transactions', 'digital-government', 'Tỷ lệ giao dịch thanh toán trực tuyến hồ sơ thủ tục hành chính', 'Share of administrative procedure dossiers paid online', ['hồ sơ thanh toán trực tuyến', 'dossiers paid online'], ['hồ sơ có nghĩa vụ tài chính', 'dossiers with a fee']),
  'vneid-authenticated-services': share('vneid-authenticated-services', 'digital-government', 'Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được xác thực qua VNeID', 'Share of citizens and businesses using online public services authenticated through VNeID', ['người dùng xác thực qua VNeID', 'users authenticated through VNeID'], ['người dùng dịch vụ công trực tuyến', 'users of online public services']),
  'electronic-ap-results': share('electronic-ap-results', 'digital-government', 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', 'Share of administrative procedure results issued electronically', ['kết quả cấp điện tử', 'results issued electronically'], ['kết quả giải quyết thủ tục hành chính', 'administrative procedure results']),
  'ap-satisfaction': share('ap-satisfaction', 'digital-government', 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính', 'Satisfaction of citizens and businesses with the handling of administrative procedures', ['người trả lời hài lòng', 'satisfied respondents'], ['người trả lời', 'respondents']),
  'reporting-system-connection': share('reporting-system-connection', 'digital-government', 'Tỷ lệ thông tin được kết nối, cập nhật lên Hệ thống thông tin báo cáo Chính phủ', 'Share of information connected and updated to the Government Reporting Information System', ['chế độ báo cáo đã kết nối', 'reporting regimes connected'], ['chế độ báo cáo', 'reporting regimes']),
  'periodic-reports-online': share('periodic-reports-online', 'digital-government', 'Tỷ lệ báo cáo định kỳ thực hiện qua Hệ thống thông tin báo cáo của tỉnh', "Share of periodic reports made through the province's reporting information system", ['báo cáo qua hệ thống', 'reports made through the system'], ['báo cáo định kỳ', 'periodic reports']),
  'work-records-digital': share('work-records-digital', 'digital-government', 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật)', 'Share of work records processed in the digital environment (excluding state secrets)', ['hồ sơ xử lý trên môi trường mạng', 'records processed digitally'], ['hồ sơ công việc', 'work records']),
  'inspections-digital': share('inspections-digital', 'digital-government', 'Tỷ lệ hoạt động kiểm tra của cơ quan quản lý nhà nước thực hiện qua môi trường số', 'Share of state inspection activities carried out through the digital environment', ['cuộc kiểm tra qua môi trường số', 'inspections carried out digitally'], ['cuộc kiểm tra', 'inspections']),
  'call-centre-1022-participation': share('call-centre-1022-participation', 'digital-government', 'Tỷ lệ cơ quan nhà nước tham gia xử lý phản ánh qua Tổng đài 1022 đúng hạn', 'Share of state agencies handling issues reported through Call Centre 1022 on time', ['cơ quan tham gia đúng hạn', 'agencies handling on time'], agencies),
  // Digital economy
  'digital-economy-share-grdp': share('digital-economy-share-grdp', 'digital-economy', 'Tỷ trọng kinh tế số trong GRDP', 'Digital economy as a share of GRDP', ['giá trị tăng thêm của kinh tế số', 'digital economy value added'], ['GRDP', 'GRDP']),
  'enterprises-e-contracts': share('enterprises-e-contracts', 'digital-economy', 'Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử', 'Share of businesses using electronic contracts', ['doanh nghiệp dùng hợp đồng điện tử', 'businesses using e-contracts'], ['doanh nghiệp', 'businesses']),
  'smes-digital-platforms': share('smes-digital-platforms', 'digital-economy', 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số', 'Share of small and medium-sized enterprises using digital platforms', ['doanh nghiệp nhỏ và vừa dùng nền tảng số', 'SMEs using digital platforms'], ['doanh nghiệp nhỏ và vừa', 'SMEs']),
  'retail-cash-register-e-invoices': share('retail-cash-register-e-invoices', 'digital-economy', 'Tỷ lệ cơ sở kinh doanh ăn uống, bán lẻ áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền', 'Share of food, beverage and retail outlets issuing e-invoices from cash registers', ['cơ sở áp dụng', 'outlets issuing them'], ['cơ sở kinh doanh ăn uống, bán lẻ', 'food, beverage and retail outlets']),
  'enterprises-e-invoices': share('enterprises-e-invoices', 'digital-economy', 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử', 'Share of businesses using electronic invoices', ['doanh nghiệp dùng hóa đơn điện tử', 'businesses using e-invoices'], ['doanh nghiệp', 'businesses']),
  'e-tax-declaration': share('e-tax-declaration', 'digital-economy', 'Tỷ lệ kê khai thuế điện tử', 'Share of tax declarations filed electronically', ['tờ khai điện tử', 'declarations filed electronically'], ['tờ khai thuế', 'tax declarations']),
  'citizens-e-payment-accounts': share('citizens-e-payment-accounts', 'digital-economy', 'Tỷ lệ người dân có tài khoản thanh toán điện tử', 'Share of citizens with an electronic payment account', ['người có tài khoản', 'citizens with an account'], ['người dân', 'citizens']),
  'dt-contribution-to-growth': { ...measure('dt-contribution-to-growth', 'digital-economy', 'Mức đóng góp của chuyển đổi số vào tăng trưởng kinh tế', 'Contribution of digital transformation to economic growth (percentage points)', 'percent', { time: 'mean', space: 'weighted-mean' }), weight: 'grdp' },
  'domestic-share-digital-tech-ecosystem': share('domestic-share-digital-tech-ecosystem', 'digital-economy', 'Tỷ trọng doanh nghiệp trong nước trong hệ sinh thái công nghiệp công nghệ số', "Domestic enterprises' share of the digital technology industry ecosystem", ['doanh nghiệp trong nước', 'domestic enterprises'], ['doanh nghiệp công nghệ số', 'digital technology enterprises']),
  'large-tech-investors': measure('large-tech-investors', 'digital-economy', 'Số doanh nghiệp, tổ chức khoa học, công nghệ, công nghệ số lớn đầu tư, hợp tác', 'Large science, technology and digital technology enterprises or organisations attracted to invest', 'count', { time: 'sum', space: 'sum' }),
  // Digital society
  'adults-digital-signatures': share('adults-digital-signatures', 'digital-society', 'Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử', 'Share of adults with a digital signature or electronic signature certificate', ['người trưởng thành có chữ ký số', 'adults with a digital signature'], ['người trưởng thành', 'adults']),
  'citizen-digital-signatures': measure('citizen-digital-signatures', 'digital-society', 'Số chữ ký số công cộng của người dân', "Citizens' public digital signatures", 'count', stock),
  'gcc-digital-certificates': measure('gcc-digital-certificates', 'digital-government', 'Số chứng thư số do Ban Cơ yếu Chính phủ cấp', 'Digital certificates issued by the Government Cipher Committee', 'count', stock),
  'villages-mobile-broadband': share('villages-mobile-broadband', 'digital-society', 'Tỷ lệ thôn, khu phố có điện và vùng lõm sóng được phủ băng rộng di động', 'Share of electrified villages, neighbourhoods and former dead zones covered by mobile broadband', ['thôn, khu phố được phủ sóng', 'villages covered'], ['thôn, khu phố có điện', 'electrified villages and neighbourhoods']),
  'households-fibre-access': share('households-fibre-access', 'digital-society', 'Tỷ lệ hộ gia đình có khả năng tiếp cận Internet cáp quang', 'Share of households with access to fibre-optic Internet', ['hộ tiếp cận được', 'households with access'], ['hộ gia đình', 'households']),
  'hamlets-fibre-coverage': share('hamlets-fibre-coverage', 'digital-society', 'Tỷ lệ ấp, tổ dân phố có cáp quang băng rộng cố định', 'Share of hamlets and residential groups covered by fixed fibre broadband', ['ấp, tổ dân phố có cáp quang', 'hamlets covered'], ['ấp, tổ dân phố', 'hamlets and residential groups']),
  'industrial-parks-5g': share('industrial-parks-5g', 'digital-society', 'Tỷ lệ khu công nghệ cao, khu công nghiệp có dịch vụ di động 5G', 'Share of high-tech zones and industrial parks with 5G mobile service', ['khu có 5G', 'zones with 5G'], ['khu công nghệ cao, khu công nghiệp', 'high-tech zones and industrial parks']),
  'villages-4g-5g': share('villages-4g-5g', 'digital-society', 'Tỷ lệ thôn, khu phố được phủ sóng di động 4G/5G', 'Share of villages and neighbourhoods covered by 4G/5G mobile networks', ['thôn, khu phố có 4G/5G', 'villages with 4G/5G'], ['thôn, khu phố', 'villages and neighbourhoods']),
  'heritage-archives-digitised': share('heritage-archives-digitised', 'digital-society', 'Tỷ lệ số hóa hồ sơ di tích được xếp hạng cấp quốc gia', 'Digitisation rate of the archives of nationally ranked heritage sites', ['di tích đã số hóa', 'sites digitised'], ['di tích cấp quốc gia', 'nationally ranked sites']),
  'digital-academic-records': share('digital-academic-records', 'digital-society', 'Tỷ lệ triển khai học bạ số, văn bằng số', 'Implementation rate of digital school records and digital university transcripts', ['học sinh, sinh viên có học bạ số', 'students with digital records'], ['học sinh, sinh viên', 'students']),
  'electronic-health-records': measure('electronic-health-records', 'digital-society', 'Số người có hồ sơ sức khỏe điện tử', 'People with an electronic health record', 'count', stock),
  'schools-online-teaching': share('schools-online-teaching', 'digital-society', 'Tỷ lệ cơ sở giáo dục phổ thông triển khai phần mềm dạy học trực tuyến', 'Share of general education institutions using online teaching software', ['cơ sở triển khai', 'institutions using it'], ['cơ sở giáo dục phổ thông', 'general education institutions']),
  'community-digital-teams': measure('community-digital-teams', 'digital-society', 'Số tổ công nghệ số cộng đồng', 'Community digital technology teams', 'count', stock),
  'community-digital-team-members': measure('community-digital-team-members', 'digital-society', 'Số thành viên tổ công nghệ số cộng đồng', 'Members of community digital technology teams', 'count', stock),
  'people-trained-mooc': measure('people-trained-mooc', 'human-resources', 'Số người được tập huấn chuyển đổi số qua nền tảng học trực tuyến mở đại trà', 'People trained in digital transformation on the open online learning platform', 'count', stock),
  'staff-trained-digital-skills': share('staff-trained-digital-skills', 'human-resources', 'Tỷ lệ cán bộ, công chức được tập huấn kỹ năng công nghệ, chuyển đổi số', 'Share of officials trained in technology and digital transformation skills', ['cán bộ đã được tập huấn', 'officials trained'], ['cán bộ, công chức', 'officials']),
  'leaders-with-st-expertise': share('leaders-with-st-expertise', 'human-resources', 'Tỷ lệ cán bộ có chuyên môn, kinh nghiệm về khoa học công nghệ trong lãnh đạo cơ quan, đơn vị', 'Share of officials with science and technology expertise in the leadership of state agencies', ['lãnh đạo có chuyên môn khoa học công nghệ', 'leaders with S&T expertise'], ['lãnh đạo cơ quan, đơn vị', 'agency leaders']),
  'ap-across-boundaries': share('ap-across-boundaries', 'digital-government', 'Tỷ lệ thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính trong tỉnh', 'Share of administrative procedures available regardless of administrative boundaries within the province', ['thủ tục không phụ thuộc địa giới', 'procedures available anywhere'], ['thủ tục hành chính', 'administrative procedures']),
  'ap-published-on-portals': share('ap-published-on-portals', 'digital-government', 'Tỷ lệ thủ tục hành chính được công bố, công khai trên Cổng Dịch vụ công quốc gia', 'Share of administrative procedures announced and published on the National Public Service Portal', ['thủ tục đã công khai', 'procedures published'], ['thủ tục hành chính', 'administrative procedures']),
  'dti-rank': measure('dti-rank', 'institutions', 'Xếp hạng mức độ chuyển đổi số (DTI) trong 34 tỉnh, thành phố', 'Rank in the provincial Digital Transformation Index among the 34 provinces and cities', 'rank', { time: 'last', space: 'min' }, 'lower-is-better', 'A rank: 1 is the best. "Among the top N" is recorded as N, flagged estimated.'),
  'service-index-766-rank': measure('service-index-766-rank', 'digital-government', 'Xếp hạng chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766) trong 34 tỉnh, thành phố', 'Rank in the index of service to citizens and businesses (Decision 766) among the 34 provinces and cities', 'rank', { time: 'last', space: 'min' }, 'lower-is-better', 'A rank: 1 is the best. "Among the top N" is recorded as N, flagged estimated.'),
  'resolution-57-tasks-done': share('resolution-57-tasks-done', 'institutions', 'Tỷ lệ nhiệm vụ trọng tâm theo Nghị quyết 57-NQ/TW đã hoàn thành hoặc triển khai hiệu quả', 'Share of key tasks under Resolution 57-NQ/TW completed or effectively implemented', ['nhiệm vụ đã hoàn thành', 'tasks completed'], ['nhiệm vụ trọng tâm', 'key tasks']),
  'border-posts-mobile-coverage': share('border-posts-mobile-coverage', 'digital-infrastructure', 'Tỷ lệ đồn biên phòng được phủ sóng di động', 'Share of Border Guard stations covered by mobile networks', ['đồn được phủ sóng', 'stations covered'], ['đồn biên phòng', 'Border Guard stations']),
  'border-settlements-mobile-coverage': share('border-settlements-mobile-coverage', 'digital-infrastructure', 'Tỷ lệ khu dân cư biên giới được phủ sóng di động', 'Share of populated border areas covered by mobile networks', ['khu dân cư được phủ sóng', 'areas covered'], ['khu dân cư biên giới', 'populated border areas']),
  // Information security
  'systems-security-level-approved': share('systems-security-level-approved', 'information-security', 'Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin', 'Share of information systems whose security level is identified and approved', ['hệ thống đã phê duyệt cấp độ', 'systems with an approved level'], systems),
  'systems-security-measures': share('systems-security-measures', 'information-security', 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ', 'Share of information systems with their security measures fully in place', ['hệ thống triển khai đủ', 'systems fully protected'], systems),
  'incident-restore-hours': measure('incident-restore-hours', 'information-security', 'Thời gian khôi phục hoạt động bình thường của hệ thống sau sự cố', 'Time to restore normal operation of a system after an incident', 'hours', { time: 'max', space: 'max' }, 'lower-is-better', 'The worst case counts: the longest restore time over time and over units.'),
  'incident-resolution-rate': share('incident-resolution-rate', 'information-security', 'Tỷ lệ sự cố được khắc phục', 'Share of incidents resolved', ['sự cố đã khắc phục', 'incidents resolved'], ['sự cố', 'incidents']),
  'agencies-soc-monitored': share('agencies-soc-monitored', 'information-security', 'Tỷ lệ cơ quan nhà nước được giám sát an toàn thông tin qua SOC theo mô hình 4 lớp', 'Share of state agencies monitored by the provincial security operations centre (4-layer model)', ['cơ quan được giám sát', 'agencies monitored'], agencies),
} as const satisfies Record<string, Indicator>;

/** The id of a built-in indicator. @category Vietnam */
export type VnIndicatorId = keyof typeof vnIndicators;
