/**
 * Complete, finalisable contents for the documents the walkthroughs need (they pass `validateDocument` and
 * `checkSignatures` with no profile, i.e. under every profile's requirements). Shared by the API and browser tests.
 */
export const sampleDocuments = {
  handlingOpinion: {
    data: {
      handler: '张伟、李娜',
      unitReviewer: '赵敏',
      party: { name: '本溪市某建筑工程有限公司' },
      evidence: '询问笔录 2 份、现场检查笔录 1 份、工资发放表复印件。',
      factsFound: '当事人拖欠韩某等 3 人工资共计 36000 元，事实清楚。',
      legalBasis: '《劳动保障监察条例》第二十六条。',
      reasonsForApplying: '当事人拖欠劳动报酬，符合该条规定情形。',
      factorsConsidered: '当事人系初次违法，积极配合调查。',
      proposedDecision: '责令限期支付拖欠的工资。',
      discretionReasons: '依裁量基准，属一般情节。',
      issueDate: '2026-11-24',
    },
    signatures: [
      { role: 'officer', name: '张伟', signed: true },
      { role: 'reviewer', name: '赵敏', signed: true },
    ],
  },
  advanceNotice: {
    data: {
      documentNumber: '测人社监告〔2026〕12号',
      party: { name: '本溪市某建筑工程有限公司' },
      intendedDecision: '责令限期支付拖欠的工资 36000 元。',
      factsAndEvidence: '拖欠韩某等 3 人工资，有询问笔录、工资表为证。',
      reasons: '违反按时足额支付劳动报酬的规定。',
      legalBasis: '《劳动保障监察条例》第二十六条。',
      statementChannelAndDeadline: '可在收到本告知书之日起 3 日内到本机关陈述、申辩，逾期视为放弃。',
      issueDate: '2026-11-24',
    },
    signatures: [],
  },
  decisionDocument: {
    data: {
      documentNumber: '测人社监罚〔2026〕12号',
      party: { name: '本溪市某建筑工程有限公司' },
      factsAndEvidence: '经查，当事人拖欠韩某等 3 人 2026 年 9 月至 10 月工资共计 36000 元。有询问笔录、工资表为证。',
      legalBasisAndReasons: '依据《劳动保障监察条例》第二十六条，责令支付并加付赔偿金。',
      conclusion: '责令当事人于 2026 年 12 月 10 日前支付拖欠的工资 36000 元。',
      remedies: '如不服本决定，可在收到之日起六十日内申请行政复议，或六个月内提起行政诉讼。',
      agencyName: '测试市人力资源和社会保障局',
      sealAffixed: true,
      decisionDate: '2026-11-25',
    },
    signatures: [{ role: 'agencyHead', name: '刘洋', signed: true }],
  },
  serviceReceipt: {
    data: {
      documentName: '行政处理决定书',
      documentNumber: '测人社监罚〔2026〕12号',
      method: 'direct',
      addressee: '本溪市某建筑工程有限公司',
      server: '张伟、李娜',
      servedAt: '2026-11-26T10:00:00+08:00',
      place: '当事人住所',
    },
    signatures: [
      { role: 'server', name: '张伟', signed: true },
      { role: 'addressee', name: '周某', signed: true },
    ],
  },
  caseClosingReport: {
    data: {
      officersOpinion: '当事人已全额支付拖欠工资，建议结案。',
      unitHeadOpinion: '同意结案。',
      headApproval: '同意。',
      terminatedOn: '2026-12-08',
    },
    signatures: [
      { role: 'officer', name: '张伟', signed: true },
      { role: 'unitHead', name: '赵敏', signed: true },
      { role: 'agencyHead', name: '刘洋', signed: true },
    ],
  },
  onSpotPenaltyDecision: {
    data: {
      serialNumber: '测人社当罚〔2026〕3号',
      decidedAt: '2026-11-23T15:20:00+08:00',
      place: '某餐饮店经营场所',
      officers: [
        { name: '张伟', certificateNumber: '辽A-2026-000001' },
        { name: '李娜', certificateNumber: '辽A-2026-000002' },
      ],
      party: { name: '某餐饮店' },
      simplifiedConditions: '违法事实确凿并有法定依据，对单位处以 3000 元以下罚款，适用简易程序。',
      facts: '未按规定公示劳动保障监察投诉举报电话。',
      legalBasis: '《劳动保障监察条例》第三十条。',
      penalty: '罚款 500 元。',
      fineAmount: 500,
      rightsNotified: true,
      statementMade: false,
      servedOnSpot: true,
    },
    signatures: [
      { role: 'officer', name: '张伟', signed: true },
      { role: 'party', name: '王某', signed: true },
    ],
  },
} as const;
