package org.socialwork.flow.modeling;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ModelAuditMapper {

  void insert(AuditEntry entry);

  List<AuditEntry> latest(@Param("limit") int limit);

  List<AuditEntry> ofProcess(@Param("processKey") String processKey, @Param("limit") int limit);

  List<AuditEntry> deploymentsOf(@Param("subjects") List<String> deploymentIds);
}
