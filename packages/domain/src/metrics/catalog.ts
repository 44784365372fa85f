import { type MetricDefinition } from './metric';

/*
 * Kinds follow how the reports count: what exists at a date (unions, members, rates, files) is a
 * STOCK; what happens during a period (money paid, people trained, contracts signed, honours
 * given) is a FLOW. A five-year report's "N in five years" is a flow over its span.
 *
 * comparableAcrossLevels is false for honours: a level's count mixes the awards of every level at
 * or above it (a city counts city medals that its province does not), so a child may exceed its
 * parent without any error, and titles such as 成都工匠 are one federation's own.
 */

/** A definition with the usual defaults left out: no total, comparable across levels. */
type Definition = Omit<MetricDefinition, 'justification' | 'totalOf' | 'comparableAcrossLevels'> &
  Partial<Pick<MetricDefinition, 'totalOf' | 'comparableAcrossLevels'>>;

const minimum = (definition: Definition): MetricDefinition => ({
  totalOf: null,
  comparableAcrossLevels: true,
  ...definition,
  justification: null,
});

const extra = (definition: Definition, document: string, quote: string): MetricDefinition => ({
  totalOf: null,
  comparableAcrossLevels: true,
  ...definition,
  justification: { document, quote },
});

const CHENGDU_2019 = '000_fe06438c45f6d525.txt';
const GUIYANG_2019 = '001_6d2c9e6112c62914.txt';
const CHENGDU_2013 = '002_de0d90078638c7b4.txt';
const SICHUAN_2021 = '003_4471ee463593ae93.txt';
const JIANGDU_2019 = '004_40242daf28a04ec9.txt';

/** The core catalog: what every federation's annual figures cover. */
const MINIMUM: readonly MetricDefinition[] = [
  minimum({
    code: 'grassroots_unions',
    nameZh: '基层工会组织',
    nameEn: 'Grassroots union organisations',
    unit: '个',
    kind: 'STOCK',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'covered_units',
    nameZh: '覆盖单位',
    nameEn: 'Units covered by grassroots unions',
    unit: '个',
    kind: 'STOCK',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'members',
    nameZh: '会员',
    nameEn: 'Union members',
    unit: '人',
    kind: 'STOCK',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'migrant_worker_members',
    nameZh: '农民工会员',
    nameEn: 'Migrant-worker members',
    unit: '人',
    kind: 'STOCK',
    aggregation: 'SUM',
    totalOf: 'members',
  }),
  // Not "of" grassroots_unions: the count includes union federations and industry unions.
  minimum({
    code: 'new_employment_form_unions',
    nameZh: '新就业形态工会组织',
    nameEn: 'Union organisations of workers in new forms of employment',
    unit: '个',
    kind: 'STOCK',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'new_employment_form_members',
    nameZh: '新就业形态劳动者会员',
    nameEn: 'Members in new forms of employment',
    unit: '人',
    kind: 'STOCK',
    aggregation: 'SUM',
    totalOf: 'members',
  }),
  /*
   * A flow: contracts signed (签订) during the period, not contracts in force at a date. The 2013
   * report counts "5年来，共签订…19302份", and the 2019 one prints the workers covered in 人次,
   * which only a sum over signings produces. A contract runs for up to three years, so an
   * in-force count would be a different, smaller figure. Wage collective agreements signed
   * alongside are included where a report counts them together (its note says so).
   */
  minimum({
    code: 'collective_contracts',
    nameZh: '集体合同',
    nameEn: 'Collective contracts signed',
    unit: '份',
    kind: 'FLOW',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'collective_contract_enterprises',
    nameZh: '集体合同覆盖企业',
    nameEn: 'Enterprises covered by the collective contracts signed',
    unit: '家',
    kind: 'FLOW',
    aggregation: 'SUM',
  }),
  // Summed over the contracts signed, so a worker covered by two of them counts twice.
  minimum({
    code: 'collective_contract_workers',
    nameZh: '集体合同覆盖职工',
    nameEn: 'Workers covered by the collective contracts signed',
    unit: '人',
    kind: 'FLOW',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'rights_cases',
    nameZh: '维权案件',
    nameEn: 'Rights-protection cases handled by unions',
    unit: '件',
    kind: 'FLOW',
    aggregation: 'SUM',
  }),
  // Reports that count other owed pay (injury compensation) with wages are kept, with a note.
  minimum({
    code: 'wage_arrears_recovered',
    nameZh: '追讨欠薪',
    nameEn: 'Wage arrears recovered for workers',
    unit: '元',
    kind: 'FLOW',
    aggregation: 'SUM',
  }),
  // Includes send-warmth (送温暖) money to workers in hardship, which reports fold into their aid.
  minimum({
    code: 'hardship_aid_funds',
    nameZh: '帮扶救助资金',
    nameEn: 'Aid and relief funds paid to workers in hardship',
    unit: '元',
    kind: 'FLOW',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'union_cadres_trained',
    nameZh: '培训工会干部',
    nameEn: 'Union cadres trained',
    unit: '人次',
    kind: 'FLOW',
    aggregation: 'SUM',
  }),
  minimum({
    code: 'democratic_management_rate',
    nameZh: '职代会/厂务公开建制率',
    nameEn: "Share of unionised units with a workers' congress and open factory affairs",
    unit: '%',
    kind: 'STOCK',
    aggregation: 'NONE',
  }),
];

/** Figures two levels or two reports print, or that plainly add up from children to parent. */
const ADDED: readonly MetricDefinition[] = [
  extra(
    {
      code: 'collective_contract_rate',
      nameZh: '集体合同签订率',
      nameEn: 'Share of unionised enterprises with a collective contract',
      unit: '%',
      kind: 'STOCK',
      aggregation: 'NONE',
    },
    CHENGDU_2013,
    '已建工会企业集体合同和工资集体协商协议签订率达85%',
  ),
  extra(
    {
      code: 'hardship_aid_recipients',
      nameZh: '帮扶救助职工',
      nameEn: 'Workers in hardship given aid or send-warmth money',
      unit: '人次',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    CHENGDU_2013,
    '共为2.53万余人次困难职工和农民工发放送温暖慰问金和帮扶资金310万余元',
  ),
  // Not "of" hardship_aid_funds: some reports count these grants inside their aid, others apart.
  extra(
    {
      code: 'education_aid_funds',
      nameZh: '金秋助学资金',
      nameEn: 'Education grants for the children of workers in hardship',
      unit: '元',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    CHENGDU_2013,
    '为1.1万多名困难职工子女提供了助学金1300万元',
  ),
  extra(
    {
      code: 'education_aid_recipients',
      nameZh: '金秋助学资助子女',
      nameEn: 'Children of workers in hardship given education grants',
      unit: '人次',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    CHENGDU_2013,
    '为8551人次困难职工子女提供助学金77余万元',
  ),
  extra(
    {
      code: 'registered_hardship_workers',
      nameZh: '建档困难职工',
      nameEn: 'Workers in hardship on file',
      unit: '户',
      kind: 'STOCK',
      aggregation: 'SUM',
    },
    CHENGDU_2019,
    '建档困难职工已由5年前的7851户减少至627户',
  ),
  extra(
    {
      code: 'mutual_aid_contributions',
      nameZh: '职工互助保障金收缴',
      nameEn: 'Mutual-aid insurance contributions collected',
      unit: '元',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    GUIYANG_2019,
    '共收集互助金2696.52万元,发放1532.72万元,惠及职工7223人(次)',
  ),
  extra(
    {
      code: 'mutual_aid_payouts',
      nameZh: '职工互助保障金发放',
      nameEn: 'Mutual-aid insurance benefits paid',
      unit: '元',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    SICHUAN_2021,
    '全年发放互助金9384万元,5.69万职工受益',
  ),
  extra(
    {
      code: 'mutual_aid_beneficiaries',
      nameZh: '职工互助保障受益职工',
      nameEn: 'Workers paid mutual-aid insurance benefits',
      unit: '人次',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    CHENGDU_2013,
    '共计接待办理互助保险赔付的职工694人次，赔付金额57.13万元',
  ),
  extra(
    {
      code: 'new_citizen_trainees',
      nameZh: '新市民素质教育培训',
      nameEn: 'Migrant workers trained by new-citizen schools',
      unit: '人次',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    CHENGDU_2013,
    '新市民素质培训学校对8700名农民工进行了培训',
  ),
  extra(
    {
      code: 'labour_competition_participants',
      nameZh: '劳动和技能竞赛参与职工',
      nameEn: 'Workers taking part in labour and skills competitions',
      unit: '人次',
      kind: 'FLOW',
      aggregation: 'SUM',
    },
    SICHUAN_2021,
    '全省规模以上企业参赛面达90%,参与职工超500万人次',
  ),
  extra(
    {
      code: 'skilled_workers',
      nameZh: '技能人才',
      nameEn: 'Skilled workers',
      unit: '人',
      kind: 'STOCK',
      aggregation: 'SUM',
    },
    SICHUAN_2021,
    '全省技能人才达1056。万人,其中高技能人才226万人',
  ),
  extra(
    {
      code: 'high_skilled_workers',
      nameZh: '高技能人才',
      nameEn: 'Highly skilled workers',
      unit: '人',
      kind: 'STOCK',
      aggregation: 'SUM',
      totalOf: 'skilled_workers',
    },
    SICHUAN_2021,
    '全省技能人才达1056。万人,其中高技能人才226万人',
  ),
  extra(
    {
      code: 'craftsmen_named',
      nameZh: '命名工匠',
      nameEn: 'Craftsmen named by a federation (成都工匠, 四川工匠, ...)',
      unit: '人',
      kind: 'FLOW',
      aggregation: 'SUM',
      comparableAcrossLevels: false,
    },
    SICHUAN_2021,
    '开展第三届“寻找四川工匠”活动,新命名“四川工匠”100人',
  ),
  extra(
    {
      code: 'model_workers_honoured',
      nameZh: '劳动模范和先进工作者',
      nameEn: 'Model workers and advanced workers honoured',
      unit: '人',
      kind: 'FLOW',
      aggregation: 'SUM',
      comparableAcrossLevels: false,
    },
    CHENGDU_2019,
    '评选推荐表彰各级劳动模范和先进工作者590名',
  ),
  extra(
    {
      code: 'labour_medal_recipients',
      nameZh: '五一劳动奖章',
      nameEn: 'May Day labour medals awarded',
      unit: '人',
      kind: 'FLOW',
      aggregation: 'SUM',
      comparableAcrossLevels: false,
    },
    JIANGDU_2019,
    '66人获全国及省市“五一劳动奖章”',
  ),
  extra(
    {
      code: 'labour_award_units',
      nameZh: '五一劳动奖状',
      nameEn: 'May Day labour certificates awarded to collectives',
      unit: '个',
      kind: 'FLOW',
      aggregation: 'SUM',
      comparableAcrossLevels: false,
    },
    SICHUAN_2021,
    '全省303名个人和327个集体获全国、省五一劳动奖',
  ),
  extra(
    {
      code: 'workers_library_demo_sites',
      nameZh: '职工书屋示范点',
      nameEn: "Workers' library demonstration sites designated",
      unit: '个',
      kind: 'FLOW',
      aggregation: 'SUM',
      comparableAcrossLevels: false,
    },
    CHENGDU_2019,
    '建成全国、省、市“职工书屋”示范点66个',
  ),
];

export const METRICS: readonly MetricDefinition[] = [...MINIMUM, ...ADDED];

const BY_CODE: ReadonlyMap<string, MetricDefinition> = new Map(
  METRICS.map((metric) => [metric.code, metric]),
);

export function metricByCode(code: string): MetricDefinition | undefined {
  return BY_CODE.get(code);
}
