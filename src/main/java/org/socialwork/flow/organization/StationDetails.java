package org.socialwork.flow.organization;

/** A station as the administration sees it: besides the {@link Station}, its kind and county. */
public record StationDetails(String code, String districtCode, String name, String community, String kind,
                             String county, boolean demonstration, boolean active) {

  /** What a station may be: 社区 (community), 村 (village), 乡镇 (township), 街道 (street), 服务中心 (centre). */
  public static final java.util.List<String> KINDS = java.util.List.of("community", "village", "township", "street",
      "centre");
}
