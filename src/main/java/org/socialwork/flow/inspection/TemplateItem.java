package org.socialwork.flow.inspection;

import java.math.BigDecimal;

/** A checklist item of a template version: its dimension (e.g. 有场所), what is checked and the maximum score. */
public record TemplateItem(Long id, Long templateId, int position, String dimension, String title,
                           BigDecimal maxScore) {
}
