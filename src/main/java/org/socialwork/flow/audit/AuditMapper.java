package org.socialwork.flow.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code audit_log}, written only through {@link AuditTrail}, read only through {@link AuditLog}. */
@Mapper
public interface AuditMapper {

  void insert(@Param("at") LocalDateTime at, @Param("username") String username, @Param("action") String action,
              @Param("subject") String subject, @Param("channel") String channel);

  List<AuditEntry> find(@Param("q") AuditQuery query, @Param("fromAt") LocalDateTime fromAt,
                        @Param("toAt") LocalDateTime toAt);

  int count(@Param("q") AuditQuery query, @Param("fromAt") LocalDateTime fromAt, @Param("toAt") LocalDateTime toAt);
}
