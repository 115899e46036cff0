package org.socialwork.flow.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/**
 * The project library; reads for people filter by scope in SQL (projects run at one of the reader's stations, and the
 * district-wide ones). Stations are read separately with {@link #findStationsOf}.
 */
@Mapper
public interface ProjectMapper {

  List<Project> findProjects(@Param("scope") DataScope scope, @Param("category") String category);

  List<Project> findProjectPage(@Param("scope") DataScope scope, @Param("category") String category,
                                @Param("limit") int limit, @Param("offset") int offset);

  long countProjectsInScope(@Param("scope") DataScope scope, @Param("category") String category);

  List<Project> findAllProjects();

  Optional<Project> findProject(Long id);

  Optional<Project> findProjectInScope(@Param("id") Long id, @Param("scope") DataScope scope);

  List<ProjectStation> findStationsOf(@Param("ids") Collection<Long> projectIds);

  void insertProject(Project project);

  void updateProject(Project project);

  void deleteStations(Long projectId);

  void insertStation(@Param("projectId") Long projectId, @Param("stationCode") String stationCode);

  int countProjects();
}
