package org.socialwork.flow.dashboard;

import java.util.Map;

/**
 * A count per station, a column of the dashboard's station table.
 *
 * @param name      property of {@code GET /api/dashboard} holding {@code byStation}, e.g. {@code openCasesByStation}
 * @param label     message key of the column heading
 * @param id        prefix of the cells' {@code data-figure} ({@code id-stationCode})
 * @param list      the page listing what a cell counts; the cell links to it with {@code ?station=code} appended
 *                  ({@code &station=} when it has a query already)
 * @param byStation count per station code; stations not listed count 0
 */
public record StationFigure(String name, String label, String id, String list, Map<String, Long> byStation) {

  public StationFigure {
    byStation = Map.copyOf(byStation);
  }

  /** The link behind one station's cell. */
  public String link(String stationCode) {
    return list + (list.contains("?") ? "&" : "?") + "station=" + stationCode;
  }

  public long of(String stationCode) {
    return byStation.getOrDefault(stationCode, 0L);
  }
}
