package org.socialwork.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.casework.CaseFilter;
import org.socialwork.flow.casework.CaseMapper;
import org.socialwork.flow.casework.CaseSummary;
import org.socialwork.flow.library.LibraryMapper;
import org.socialwork.flow.library.Resource;
import org.socialwork.flow.organization.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one station-scope predicate ({@code organization/DataScope.xml}) in its three branches, as two of its users
 * apply it: strictly (cases) and with the district's own rows visible to every reader (resources).
 */
@ApplicationTest
class DataScopeSqlTests {

  private static final DataScope DISTRICT = new DataScope(true, List.of());
  private static final DataScope NO_STATION = new DataScope(false, List.of());
  private static final DataScope XBHBL = new DataScope(false, List.of("xbhbl"));

  @Autowired
  CaseMapper cases;

  @Autowired
  LibraryMapper library;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  private List<CaseSummary> cases(DataScope scope) {
    return cases.findCases(scope, new CaseFilter(null, null, null, null, false), LocalDateTime.now(), 1000, 0);
  }

  @Test
  void casesAreReadOfTheReadersStationsOnly() {
    IntakeFlow intake = new IntakeFlow(port);
    intake.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    intake.register("sjl-worker", Fixtures.anIntake("sjl"));
    assertThat(cases(DISTRICT)).extracting(CaseSummary::stationCode).contains("xbhbl", "sjl");
    assertThat(cases(XBHBL)).isNotEmpty().extracting(CaseSummary::stationCode).containsOnly("xbhbl");
    assertThat(cases(NO_STATION)).as("someone of no station reads no case").isEmpty();
  }

  @Test
  void theDistrictsResourcesAreReadByEveryoneAStationsByItsPeople() {
    String tag = "scope-" + System.nanoTime();
    jdbc.update("INSERT INTO resource (dimension, name, description, station_code, active, created_by, created_at)"
        + " VALUES ('community', ?, '', NULL, TRUE, 'admin', ?), ('community', ?, '', 'xbhbl', TRUE, 'admin', ?),"
        + " ('community', ?, '', 'sjl', TRUE, 'admin', ?)",
        tag + "-district", LocalDateTime.now(), tag + "-xbhbl", LocalDateTime.now(), tag + "-sjl", LocalDateTime.now());
    try {
      assertThat(library.findResources(DISTRICT, tag, null, 50, 0)).extracting(Resource::name)
        .containsExactlyInAnyOrder(tag + "-district", tag + "-xbhbl", tag + "-sjl");
    assertThat(library.findResources(XBHBL, tag, null, 50, 0)).extracting(Resource::name)
        .containsExactlyInAnyOrder(tag + "-district", tag + "-xbhbl");
    assertThat(library.findResources(NO_STATION, tag, null, 50, 0)).extracting(Resource::name)
        .containsExactly(tag + "-district");
    } finally {
      jdbc.update("DELETE FROM resource WHERE name LIKE ?", tag + "%");
    }
  }
}
