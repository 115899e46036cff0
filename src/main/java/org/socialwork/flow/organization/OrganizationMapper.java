package org.socialwork.flow.organization;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrganizationMapper {

  int countDistricts();

  java.util.Optional<String> findDistrictName(String code);

  void insertDistrict(@Param("code") String code, @Param("name") String name);

  void insertStation(Station station);

  List<Station> findActiveStations();

  Optional<Station> findStation(String code);

  void insertPerson(Person person);

  Optional<Person> findPerson(String username);

  List<Person> findActivePeople();

  void insertRole(RoleAssignment role);

  List<RoleAssignment> findRoles(String username);

  List<RoleAssignment> findAllRoles();

  /** Active people who hold the given role at the station, by name. */
  List<Person> findPeopleAt(@Param("stationCode") String stationCode, @Param("role") Role role);

  int countWithRole(Role role);

  void markDemonstration(String stationCode);

  /** Active people who hold a district-wide role, by name. */
  List<Person> findPeopleWithRole(Role role);

  // ---- administration (issue 12) ----

  List<StationDetails> findStationDetails(@Param("includeInactive") boolean includeInactive);

  Optional<StationDetails> findStationDetails1(String code);

  void insertStationDetails(StationDetails station);

  void updateStation(StationDetails station);

  Optional<String> findAnyDistrict();

  int countPeople(@Param("search") String search, @Param("station") String station,
                  @Param("includeInactive") boolean includeInactive);

  List<PersonDetails> findPeople(@Param("search") String search, @Param("station") String station,
                                 @Param("includeInactive") boolean includeInactive,
                                 @Param("offset") int offset, @Param("limit") int limit);

  Optional<PersonDetails> findPersonDetails(String username);

  /** The account's state and roles in one query, a row per role (one row with null role when it has none). */
  List<AccountState> findAccountState(String username);

  /** Locks the person's row for the rest of the transaction (two admins changing one person: one after the other). */
  Optional<String> lockPerson(String username);

  void insertPersonDetails(PersonDetails person);

  void updatePerson(PersonDetails person);

  void deleteRoles(String username);

  /** Locks the administrators' role rows, so two admins cannot remove each other at the same time. */
  List<String> lockAdministrators();

  record Totals(long stations, long demonstration, long certified, long supervisors) {
  }

  Totals countStationFigures(@Param("scope") DataScope scope);

  List<OrganizationFigures.County> countByCounty(@Param("scope") DataScope scope);

  void setMustChangePassword(@Param("username") String username, @Param("value") boolean value);
}
