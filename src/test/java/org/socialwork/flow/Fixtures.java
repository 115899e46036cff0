package org.socialwork.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders of valid form submissions for tests. */
public final class Fixtures {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  private Fixtures() {
  }

  /** A valid resident ID number born on the given yyyyMMdd, with a fresh sequence number. */
  public static String idNumber(String birth) {
    String first17 = "110105" + birth + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK[sum % 11];
  }

  /** The intake start form, filled in as a worker of the given station would. */
  public static Map<String, Object> anIntake(String stationCode) {
    Map<String, Object> f = new HashMap<>();
    f.put("stationCode", stationCode);
    f.put("clientName", "王秀英");
    f.put("idNumber", idNumber("19491231"));
    f.put("phone", "13800138000");
    f.put("emergencyContact", "李强");
    f.put("emergencyPhone", "13900139000");
    f.put("address", "北京市朝阳区西坝河北里 3 号楼 2 单元");
    f.put("personType", "living_alone");
    f.put("intakeDate", "2026-11-02");
    f.put("referralSource", "self");
    f.put("presentingProblem", "独居老人，行动不便，需要助餐与探访");
    f.put("expectation", "希望每天有人送餐");
    f.put("willingness", "strong");
    f.put("urgency", "normal");
    return f;
  }
}
