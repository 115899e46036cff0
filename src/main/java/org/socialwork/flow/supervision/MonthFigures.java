package org.socialwork.flow.supervision;

import java.math.BigDecimal;

/** Supervision sessions held at a station in a month and their hours. */
public record MonthFigures(int sessions, BigDecimal hours) {
}
