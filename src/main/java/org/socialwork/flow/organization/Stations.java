package org.socialwork.flow.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The district's stations as other modules read them: the active ones, one by its code, their names. */
@Component
public class Stations {

  private final OrganizationMapper organization;

  Stations(OrganizationMapper organization) {
    this.organization = organization;
  }

  /** The active stations, by code. */
  public List<Station> active() {
    return organization.findActiveStations();
  }

  public Optional<Station> find(String code) {
    return code == null ? Optional.empty() : organization.findStation(code);
  }

  /** The name of a district (太阳宫地区), for headers of printed files; the code when it is unknown. */
  public String districtName(String districtCode) {
    return districtCode == null ? "" : organization.findDistrictName(districtCode).orElse(districtCode);
  }

  /** Marks the station a demonstration station (示范站), as a demonstration round decided. */
  public void markDemonstration(String code) {
    organization.markDemonstration(code);
  }

  /** The organisation's figures in the reader's scope (the dashboard's organisation section), counted in SQL. */
  public OrganizationFigures figures(StaffMember reader) {
    DataScope scope = reader.scope();
    OrganizationMapper.Totals t = organization.countStationFigures(scope);
    return new OrganizationFigures(t.stations(), t.demonstration(), t.certified(), t.supervisors(),
        organization.countByCounty(scope));
  }

  /** The county (区县) of each active station that names one, by its code. */
  public Map<String, String> counties() {
    Map<String, String> out = new java.util.TreeMap<>();
    organization.findStationDetails(false).stream().filter(s -> s.active() && s.county() != null)
        .forEach(s -> out.put(s.code(), s.county()));
    return out;
  }

  /** The name of each active station by its code (what pages show instead of the code). */
  public Map<String, String> names() {
    return active().stream().collect(Collectors.toMap(Station::code, Station::name, (a, b) -> a));
  }
}
