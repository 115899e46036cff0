package org.socialwork.flow.organization;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lu'an (六安市) demo district as an import workbook in the template's format (sheets 社工站 and 人员), built in
 * memory. From the seed: 140 township stations (乡镇社工站, full coverage), 6 demonstration stations of which 平桥乡 and
 * 清水河街道 are named, 1,051 certified social workers (持证社工); the seed names 金安区, 裕安区, 叶集区 and 霍山县, and the
 * stations cover Lu'an's other counties (舒城县, 金寨县, 霍邱县) too. Each station has one resident supervisor
 * besides. How the 140 stations split over the seven counties, the four other demonstration stations and the other
 * stations' names (金安区第三乡镇 …) are placeholders of this demo, not facts about Lu'an; people's names are made up.
 * Demo logins: {@code leader} (领导小组), {@code mentor} (导师) and {@code pingqiao-worker}, a worker of 平桥乡.
 */
final class LuanWorkbook {

  static final String DISTRICT = "luan";
  static final String DISTRICT_NAME = "六安市";
  static final int STATIONS = 140;
  static final int DEMONSTRATION = 6;
  static final int CERTIFIED_WORKERS = 1_051;
  static final String DEMO_WORKER = "pingqiao-worker";
  static final List<String> DEMO_LOGINS = List.of("leader", "mentor", DEMO_WORKER);

  /** County, code prefix, number of stations (placeholders summing to 140). */
  static final List<County> COUNTIES = List.of(new County("金安区", "ja", 22), new County("裕安区", "ya", 22),
      new County("叶集区", "yj", 6), new County("霍山县", "hs", 16), new County("舒城县", "sc", 21),
      new County("金寨县", "jz", 23), new County("霍邱县", "hq", 30));

  record County(String name, String prefix, int stations) {
  }

  /** One station row: code, name, community (the township), kind, county, demonstration. */
  record StationRow(String code, String name, String township, String kind, String county, boolean demonstration) {
    List<String> cells() {
      return List.of(code, name, township, "street".equals(kind) ? "街道" : "乡镇", county, demonstration ? "是" : "否");
    }
  }

  private static final String[] LEVELS = {"助理社工师", "助理社工师", "社工师", "助理社工师", "社工师", "高级社工师",
      "助理社工师", "社工师"};
  private static final String NUMERALS = "一二三四五六七八九十";

  private LuanWorkbook() {
  }

  static List<StationRow> stations() {
    List<StationRow> out = new ArrayList<>();
    for (County c : COUNTIES) {
      for (int i = 1; i <= c.stations(); i++) {
        if ("裕安区".equals(c.name()) && i == 1) {
          out.add(new StationRow("pingqiao", "平桥乡社工站", "平桥乡", "township", c.name(), true));
        } else if ("金安区".equals(c.name()) && i == 1) {
          out.add(new StationRow("qingshuihe", "清水河街道社工站", "清水河街道", "street", c.name(), true));
        } else {
          String township = c.name() + "第" + numeral(i) + "乡镇";
          // the first station of 叶集区, 霍山县, 舒城县 and 金寨县: the four demonstration stations the seed does not name
          boolean demo = i == 1 && List.of("叶集区", "霍山县", "舒城县", "金寨县").contains(c.name());
          out.add(new StationRow(c.prefix() + "-" + String.format("%02d", i), township + "社工站", township,
              "township", c.name(), demo));
        }
      }
    }
    return out;
  }

  /**
   * The people sheet: per station one supervisor ({@code <code>-supervisor}) and its certified workers
   * ({@code <code>-worker}, {@code <code>-worker2} …; 1,051 over 140 stations: 7 or 8 each, demonstration stations
   * first), then the district's leading-group member and mentor.
   */
  static List<List<String>> people() {
    List<StationRow> stations = new ArrayList<>(stations());
    List<StationRow> order = new ArrayList<>(stations.stream().filter(StationRow::demonstration).toList());
    stations.stream().filter(s -> !s.demonstration()).forEach(order::add);
    int base = CERTIFIED_WORKERS / STATIONS;
    int extra = CERTIFIED_WORKERS % STATIONS;
    List<List<String>> out = new ArrayList<>();
    int n = 0;
    for (int k = 0; k < order.size(); k++) {
      StationRow s = order.get(k);
      out.add(List.of(s.code() + "-supervisor", DemoData.personName(n++), "", k % 3 == 0 ? "高级社工师" : "社工师",
          "supervisor@" + s.code()));
      int workers = base + (k < extra ? 1 : 0);
      for (int w = 1; w <= workers; w++) {
        out.add(List.of(s.code() + "-worker" + (w == 1 ? "" : Integer.toString(w)), DemoData.personName(n++), "",
            LEVELS[n % LEVELS.length], "worker@" + s.code()));
      }
    }
    out.add(List.of("leader", "周明远", "", "", "leader"));
    out.add(List.of("mentor", "方慧琴", "", "高级社工师", "mentor"));
    return out;
  }

  /** The workbook: what an administrator of Lu'an would upload on the import page. */
  static byte[] bytes() {
    return ImportJobs.workbook(stations().stream().map(StationRow::cells).toList(), people());
  }

  static String numeral(int i) {
    if (i <= 10) {
      return String.valueOf(NUMERALS.charAt(i - 1));
    }
    int tens = i / 10;
    int ones = i % 10;
    return (tens == 1 ? "" : String.valueOf(NUMERALS.charAt(tens - 1))) + "十"
        + (ones == 0 ? "" : String.valueOf(NUMERALS.charAt(ones - 1)));
  }
}
