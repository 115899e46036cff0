package org.socialwork.flow.dashboard;

import java.util.List;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;

/**
 * One module's part of the leading group's dashboard (领导小组看板). The dashboard reads no table of its own: it shows
 * what each module publishes through a bean of this type.
 *
 * <p>Extension point: to put a module's figures on the dashboard, publish ONE Spring bean implementing this interface
 * in that module (e.g. {@code care.CareDashboardFigures}). Count in the module's own mapper, in SQL, within
 * {@code reader.scope()}. Per-station counts go into {@link #stationFigures}: each becomes a column of the dashboard's
 * station table (its cells link to {@link StationFigure#list()}{@code ?station=code}, a page of the owning module) and
 * a property of {@code GET /api/dashboard} named {@link StationFigure#name()}. Anything else goes into
 * {@link #figures}, rendered by the module's own Freemarker {@link #section()}. Names are top-level properties of the
 * JSON, so they must be unique across modules.
 */
public interface DashboardFigures {

  /** Position on the page: sections and station columns of lower numbers come first. */
  int order();

  /** Counts per station in the reader's scope, one column of the station table each. */
  default List<StationFigure> stationFigures(StaffMember reader) {
    return List.of();
  }

  /** Further figures in the reader's scope, by name (also properties of {@code GET /api/dashboard}). */
  default Map<String, Object> figures(StaffMember reader) {
    return Map.of();
  }

  /**
   * The station counts for the chosen period: what the dashboard asks. A module with figures "in the period"
   * overrides it; states ("open now") ignore the period, so by default it is {@link #stationFigures(StaffMember)}.
   */
  default List<StationFigure> stationFigures(StaffMember reader, DashboardPeriod period) {
    return stationFigures(reader);
  }

  /** The further figures for the chosen period; by default {@link #figures(StaffMember)}. */
  default Map<String, Object> figures(StaffMember reader, DashboardPeriod period) {
    return figures(reader);
  }

  /**
   * The template (path under {@code templates/}, without suffix) that renders {@link #figures} as a section of the
   * page; it is given them as {@code figures}. Null for no section of its own.
   */
  default String section() {
    return null;
  }
}
