package org.socialwork.flow.system;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The counters behind human numbers (table number_sequence). */
@Mapper
interface NumberSequenceMapper {

  /** The last number drawn, with the row locked until the transaction ends; null before the first. */
  Integer lock(@Param("name") String name, @Param("year") int year);

  void insert(@Param("name") String name, @Param("year") int year, @Param("number") int number);

  void update(@Param("name") String name, @Param("year") int year, @Param("number") int number);
}
