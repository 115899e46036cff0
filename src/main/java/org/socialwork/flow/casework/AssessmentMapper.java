package org.socialwork.flow.casework;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Needs assessments, service plans and the needs library's types. */
@Mapper
public interface AssessmentMapper {

  void insertAssessment(Assessment assessment);

  void insertNeed(@Param("assessmentId") Long assessmentId, @Param("needCode") String needCode);

  void updateAssessment(Assessment assessment);

  Optional<Assessment> findLatestAssessment(Long caseId);

  List<Assessment> findAssessments(Long caseId);

  List<String> findNeeds(Long assessmentId);

  void insertPlan(ServicePlan plan);

  void insertObjective(@Param("planId") Long planId, @Param("objective") ServicePlan.Objective objective);

  void updatePlanStatus(ServicePlan plan);

  void insertPlanResource(@Param("planId") Long planId, @Param("resourceId") Long resourceId);

  /** Names of the library resources a plan links. */
  List<String> findPlanResources(Long planId);

  /** Ids of the library resources a plan links (what the plan form's resourceLinks field holds). */
  List<Long> findPlanResourceIds(Long planId);

  Optional<ServicePlan> findLatestPlan(Long caseId);

  List<ServicePlan.Objective> findObjectives(Long planId);

  /** The needs library's active types as (code, name), by category. */
  List<NeedType> findNeedTypes();

  record NeedType(String code, String name, String category) {
  }
}
