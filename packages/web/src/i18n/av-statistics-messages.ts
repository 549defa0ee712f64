/** UI text of 音像统计 (AVS-06, LX 002 第二十五条) and of sections a role or profile does not open; zh-CN first. */
export const avStatisticsZh = {
  'nav.avStatistics': '音像统计',

  'section.notInProfile': '本机关适用的规定未设此项',
  'section.notInProfileHint': '本机关选用的执法全过程记录规定没有“{section}”的要求，因此不提供此页面。',

  'avStats.title': '音像记录统计',
  'avStats.basis':
    '对音像资料进行采集、统计、汇总和查询（002 第二十五条）。按使用时间（拍摄时间，未记录时按接收时间，北京时间）统计您有权查看的记录。',
  'avStats.range': '使用日期',
  'avStats.groupBy': '汇总方式',
  'avStats.group.officer': '按执法人员',
  'avStats.group.device': '按执法记录仪',
  'avStats.group.unit': '按单位',
  'avStats.group.month': '按月份',
  'avStats.column.officer': '执法人员（制作人）',
  'avStats.column.device': '执法记录仪编号',
  'avStats.column.unit': '单位',
  'avStats.column.month': '月份',
  'avStats.count': '记录数',
  'avStats.duration': '总时长',
  'avStats.withoutDuration': '时长未知',
  'avStats.withoutDurationHint': '尚未解析或无法读取时长的记录',
  'avStats.unstated': '（未注明）',
  'avStats.empty': '该期间没有音像记录',
  'avStats.tooManyMonths': '按月份汇总最多 {max} 个月，请缩小日期范围。',
};

export const avStatisticsEn: Record<keyof typeof avStatisticsZh, string> = {
  'nav.avStatistics': 'AV statistics',

  'section.notInProfile': 'Not part of this agency’s profile',
  'section.notInProfileHint':
    'The recording rules this agency has selected do not require “{section}”, so this page is not offered.',

  'avStats.title': 'AV recording statistics',
  'avStats.basis':
    'Collection, statistics, aggregation and query of A/V material (002 Art. 25). Records you may read, counted by date of use (capture time, else receipt time, Beijing time).',
  'avStats.range': 'Date of use',
  'avStats.groupBy': 'Group by',
  'avStats.group.officer': 'By officer',
  'avStats.group.device': 'By recorder',
  'avStats.group.unit': 'By unit',
  'avStats.group.month': 'By month',
  'avStats.column.officer': 'Officer (maker)',
  'avStats.column.device': 'Recorder number',
  'avStats.column.unit': 'Unit',
  'avStats.column.month': 'Month',
  'avStats.count': 'Records',
  'avStats.duration': 'Total duration',
  'avStats.withoutDuration': 'Duration unknown',
  'avStats.withoutDurationHint': 'Records whose duration is not probed yet or unreadable',
  'avStats.unstated': '(not stated)',
  'avStats.empty': 'No A/V records in this period',
  'avStats.tooManyMonths': 'Grouping by month covers at most {max} months; narrow the dates.',
};
