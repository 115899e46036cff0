package org.socialwork.flow.casework;

/** Where a case stands. Message keys {@code case.status.<NAME>} give the Chinese and English labels. */
public enum CaseStatus {
  /** 待筛查: registered, the worker screens it */
  SCREENING,
  /** 开案审查中: accepted by the worker, awaiting the supervisor */
  OPENING_REVIEW,
  /** 退回: the supervisor returned it to the worker */
  RETURNED,
  /** 服务中: opened, a responsible worker serves it */
  IN_SERVICE,
  /** 已转介: referred to another organisation */
  REFERRED,
  /** 不开案: declined at screening */
  NOT_OPENED
}
