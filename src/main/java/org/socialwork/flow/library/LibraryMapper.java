package org.socialwork.flow.library;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** The needs library (aggregated from assessments) and the resource library. Scoped in SQL. */
@Mapper
public interface LibraryMapper {

  /** Cases per community and need type, counting each case's assessments once per type. */
  List<NeedCount> countNeeds(@Param("scope") DataScope scope, @Param("category") String category);

  void insertNeedType(@Param("code") String code, @Param("name") String name, @Param("category") String category);

  int countNeedType(String code);

  /** One page of the resources of the stations in scope and of the whole district, filtered by words and dimension. */
  List<Resource> findResources(@Param("scope") DataScope scope, @Param("query") String query,
                               @Param("dimension") String dimension, @Param("limit") int limit,
                               @Param("offset") int offset);

  long countResourcesInScope(@Param("scope") DataScope scope, @Param("query") String query,
                      @Param("dimension") String dimension);

  /** The resources a plan of this station may link: the station's and the district's, active ones. */
  List<Resource> findUsableResources(@Param("stationCode") String stationCode);

  Optional<Resource> findResource(Long id);

  void insertResource(Resource resource);

  void updateResource(Resource resource);

  int countResources();
}
