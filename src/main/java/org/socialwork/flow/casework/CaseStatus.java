package org.socialwork.flow.casework;

/** Where a case stands. Message keys {@code case.status.<NAME>} give the Chinese and English labels. */
public enum CaseStatus {
  /** 待筛查: registered, the worker screens it */
  SCREENING,
  /** 开案审查中: accepted by the worker, awaiting the supervisor */
  OPENING_REVIEW,
  /** 退回: the supervisor returned it to the worker */
  RETURNED,
  /** 评估中: opened; the responsible worker assesses the needs and writes the service plan */
  ASSESSING,
  /** 计划审批中: the service plan awaits the supervisor */
  PLAN_REVIEW,
  /** 服务中: the service plan is approved and being carried out; case notes are written */
  IN_SERVICE,
  /** 结案评估中: the intervention has ended; the worker evaluates against the plan */
  EVALUATING,
  /** 结案中: the worker writes the closure report */
  CLOSING,
  /** 结案审核中: the closure awaits the supervisor */
  CLOSURE_REVIEW,
  /** 回访中: closed, follow-up visits are due */
  FOLLOW_UP,
  /** 已结案 */
  CLOSED,
  /** 已转介: referred to another organisation */
  REFERRED,
  /** 不开案: declined at screening */
  NOT_OPENED
}
