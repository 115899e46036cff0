package org.socialwork.flow.dashboard;

import java.util.List;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page behind a cell of the dashboard's station table ({@link StationFigure#list()}): the owning module reads the
 * rows in the reader's scope, this fills what every such page shows around them (the station by name, the overdue
 * switch, the station picker) so each module's list page is one call.
 */
@Component
public class FigureListPage {

  private final Stations stations;

  FigureListPage(Stations stations) {
    this.stations = stations;
  }

  /** The station code as given by the link, or null for all stations in scope. */
  public String station(String requested) {
    return requested == null || requested.isBlank() ? null : requested;
  }

  /** Puts the rows and their frame on the model and answers the view to render. */
  public String show(Model model, List<?> rows, String stationCode, boolean overdue, String view) {
    model.addAttribute("rows", rows);
    model.addAttribute("overdue", overdue);
    model.addAttribute("station", stationCode == null ? ""
        : stations.find(stationCode).map(Station::name).orElse(stationCode));
    model.addAttribute("stationNames", stations.names());
    return view;
  }
}
