package org.socialwork.flow.audit;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code audit_log}, written only through {@link AuditTrail}. */
@Mapper
public interface AuditMapper {

  void insert(@Param("at") LocalDateTime at, @Param("username") String username, @Param("action") String action,
              @Param("subject") String subject, @Param("channel") String channel);
}
