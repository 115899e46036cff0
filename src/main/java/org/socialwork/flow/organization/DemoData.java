package org.socialwork.flow.organization;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which demo district {@code socialwork.demo-data} asks for: {@code true} Taiyanggong (太阳宫, the default demo),
 * {@code luan} Lu'an (六安, 140 township stations built through the import), {@code kuiwen} Kuiwen (奎文, its volunteer
 * year), {@code false} none. Any other value stops the start with a message naming the allowed ones, rather than
 * starting a district nobody asked for. Each module's demo data asks this bean which district it is, and adds its
 * part only when that district is the one in the database.
 */
@Component
public class DemoData {

  public enum District {
    NONE, TAIYANGGONG, LUAN, KUIWEN
  }

  private final District district;
  private final OrganizationMapper organization;

  @Autowired
  DemoData(@Value("${socialwork.demo-data:false}") String value, OrganizationMapper organization) {
    this.district = parse(value);
    this.organization = organization;
  }

  /** The setting's value → the district; throws with a clear message for anything else. */
  public static District parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "false", "no", "off" -> District.NONE;
      case "true", "yes", "on", "taiyanggong" -> District.TAIYANGGONG;
      case "luan" -> District.LUAN;
      case "kuiwen" -> District.KUIWEN;
      default -> throw new IllegalStateException("socialwork.demo-data='" + value + "' is not a demo district: use "
          + "true (Taiyanggong 太阳宫), luan (Lu'an 六安), kuiwen (Kuiwen 奎文) or false (no demo data)");
    };
  }

  /** The setting alone, as if its district were in the database (tests without one). */
  public static DemoData of(District district) {
    return new DemoData(district);
  }

  private DemoData(District district) {
    this.district = district;
    this.organization = null;
  }

  /** The district the setting asks for (whether or not it is in the database). */
  public District district() {
    return district;
  }

  public boolean any() {
    return district != District.NONE;
  }

  /**
   * Whether the asked-for district is the database's: a start with {@code true} on a database that holds Lu'an (or an
   * imported district) must not put Taiyanggong's cases, meetings and resources on stations that are not there.
   */
  public boolean present() {
    String code = switch (district) {
      case NONE -> null;
      case TAIYANGGONG -> DemoDistrict.DISTRICT;
      case LUAN -> LuanWorkbook.DISTRICT;
      case KUIWEN -> DemoImportDistrict.KUIWEN;
    };
    return code != null && (organization == null || organization.findDistrictName(code).isPresent());
  }

  /**
   * Taiyanggong asked for and in the database: the demo whose stations, people, cases, meetings, care roster and
   * libraries the guides show. Each module's demo data asks at start-up, after the organisation was set up.
   */
  public boolean taiyanggong() {
    return district == District.TAIYANGGONG && present();
  }

  /** Lu'an asked for and in the database. */
  public boolean luan() {
    return district == District.LUAN && present();
  }

  /** Kuiwen asked for and in the database. */
  public boolean kuiwen() {
    return district == District.KUIWEN && present();
  }

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁";
  private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
      "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "文华", "建国", "晓燕", "海燕", "志刚", "玉兰", "春梅",
      "红霞", "国庆", "雪梅", "德胜", "佳怡", "子涵", "浩然", "雨涵", "宇航", "思远", "欣怡", "梓萱", "俊杰", "晨曦"};

  /** A made-up person's name for demo data, the same for the same number (never a real person's on purpose). */
  public static String personName(int i) {
    int n = Math.floorMod(i, SURNAMES.length() * GIVEN.length);
    return SURNAMES.charAt(n % SURNAMES.length()) + GIVEN[(n / SURNAMES.length() * 7 + n) % GIVEN.length];
  }
}
