package org.socialwork.flow.library;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** The project library; reads for people filter by scope (own stations' and district-wide projects) in SQL. */
@Mapper
public interface ProjectMapper {

  List<Project> findProjects(@Param("scope") DataScope scope, @Param("category") String category);

  List<Project> findAllProjects();

  Optional<Project> findProject(Long id);

  Optional<Project> findProjectInScope(@Param("id") Long id, @Param("scope") DataScope scope);

  void insertProject(Project project);

  void updateProject(Project project);

  int countProjects();
}
