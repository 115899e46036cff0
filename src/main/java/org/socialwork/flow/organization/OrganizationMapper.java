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
}
