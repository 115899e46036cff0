package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.socialwork.flow.organization.DemoData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kuiwen's volunteer year at the seed's size (奎文经济开发区: "近 800 名志愿者", "队伍 70 余支", "志愿服务活动 4189 场，
 * 总服务时长 28848 小时"): 800 volunteers in 72 teams (文艺, 为老, 为小, 夕阳红), 4,189 closed activities of two hours
 * spread over this year up to yesterday, 14,424 confirmed attendances, and their entries in the hours and points
 * ledgers (1 hour = 1 point), so this year's report ({@code /api/volunteer/stats}) shows 4,189 activities and 28,848
 * hours. Written in multi-row statements. Used by the Kuiwen demo district and by {@code VolunteerKuiwenBenchmark}.
 */
@Component
public class KuiwenYear {

  public static final int VOLUNTEERS = 800;
  public static final int TEAMS = 72;
  public static final int ACTIVITIES = 4_189;
  public static final int HOURS = 28_848;
  static final String[] KINDS = {"文艺", "为老", "为小", "夕阳红"};
  private static final String[][] TITLES = {
      {"社区文艺演出", "广场舞教学", "书法进社区", "合唱排练"},
      {"独居老人上门探访", "助餐送餐", "陪同就医", "老年人智能手机课堂"},
      {"四点半课堂", "假期托管陪伴", "亲子阅读", "困境儿童生日会"},
      {"银龄健康讲座", "夕阳红互助结对", "老年人防诈骗宣讲", "重阳节慰问"}};
  private static final String[] SKILLS = {"文艺,演出", "陪伴,助老", "辅导,儿童", "健康,讲座"};
  private static final int CHUNK = 500;

  /** What was written: counts of each. */
  public record Result(int volunteers, int teams, int activities, int signups, int hoursEntries, long millis) {
  }

  private final KuiwenYearMapper rows;

  KuiwenYear(KuiwenYearMapper rows) {
    this.rows = rows;
  }

  /**
   * Writes the year at {@code station} in the caller's transaction (or one of its own). {@code tag} makes the
   * volunteer, team and activity numbers unique (empty for the demo district, a run id for the benchmark);
   * {@code idSeq} (0–999) the sequence part of the volunteers' ID numbers; {@code organiser} the activities' organiser
   * and the teams' leader (a worker's user name).
   */
  @Transactional
  public Result generate(String station, String organiser, String tag, int idSeq, LocalDateTime now) {
    long started = System.nanoTime();
    String suffix = tag == null || tag.isEmpty() ? "" : tag + "-";
    LocalDateTime at = now.withNano(0);

    String volunteerPrefix = "KW-" + suffix;
    List<KuiwenYearMapper.VolunteerRow> volunteers = new ArrayList<>();
    for (int i = 0; i < VOLUNTEERS; i++) {
      // one birth day per volunteer, one sequence number per run: unique within the run
      LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i * 17L);
      String id = idNumber(birth, idSeq);
      volunteers.add(new KuiwenYearMapper.VolunteerRow(volunteerPrefix + String.format("%04d", i + 1),
          DemoData.personName(i + 7), id.charAt(16) % 2 == 1 ? "M" : "F", birth.toString().substring(0, 7), id,
          "139" + String.format("%08d", 370_000 + i), SKILLS[i % 4], station, organiser, at));
    }
    chunks(volunteers, rows::insertVolunteers);
    List<Long> volunteerIds = rows.volunteerIds(volunteerPrefix);

    List<KuiwenYearMapper.TeamRow> teams = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int t = 0; t < TEAMS; t++) {
      String name = KINDS[t % 4] + "志愿服务队" + (t / 4 + 1) + (suffix.isEmpty() ? "" : "-" + tag);
      names.add(name);
      teams.add(new KuiwenYearMapper.TeamRow(name, KINDS[t % 4], station, organiser, at));
    }
    rows.insertTeams(teams);
    List<Long> teamIds = rows.teamIds(station, names);
    List<KuiwenYearMapper.MemberRow> members = new ArrayList<>();
    for (int i = 0; i < volunteerIds.size(); i++) {
      members.add(new KuiwenYearMapper.MemberRow(teamIds.get(i % TEAMS), volunteerIds.get(i), at));
    }
    chunks(members, rows::insertMembers);

    // 4,189 activities of 2 hours spread over the year so far; 28,848 h = 14,424 people × 2 h: 3 or 4 people each
    LocalDateTime first = Year.from(at).atDay(1).atTime(9, 0);
    LocalDateTime last = at.minusDays(1).isBefore(first) ? first : at.minusDays(1);
    long span = Duration.between(first, last).toMinutes();
    int people = HOURS / 2;
    String activityPrefix = "HD-KW-" + suffix;
    List<KuiwenYearMapper.ActivityRow> activities = new ArrayList<>();
    for (int a = 0; a < ACTIVITIES; a++) {
      LocalDateTime starts = first.plusMinutes(span * a / ACTIVITIES).withHour(9).withMinute(0);
      int kind = a % TEAMS % 4;
      int n = people / ACTIVITIES + (a < people % ACTIVITIES ? 1 : 0);
      activities.add(new KuiwenYearMapper.ActivityRow(activityPrefix + String.format("%05d", a + 1),
          TITLES[kind][(a / TEAMS) % 4], KINDS[kind] + "志愿服务：" + TITLES[kind][(a / TEAMS) % 4], "奎文经济开发区综合服务点",
          station, teamIds.get(a % TEAMS), organiser, starts, starts.plusHours(2), n + 1, n, at));
    }
    chunks(activities, rows::insertActivities);
    List<Long> activityIds = rows.activityIds(activityPrefix);

    BigDecimal two = new BigDecimal(2);
    List<KuiwenYearMapper.SignupRow> signups = new ArrayList<>();
    List<KuiwenYearMapper.EntryRow> entries = new ArrayList<>();
    int v = 0;
    for (int a = 0; a < ACTIVITIES; a++) {
      int n = people / ACTIVITIES + (a < people % ACTIVITIES ? 1 : 0);
      LocalDateTime ends = activities.get(a).endsAt();
      for (int k = 0; k < n; k++) {
        long volunteer = volunteerIds.get(v++ % VOLUNTEERS);
        long activity = activityIds.get(a);
        signups.add(new KuiwenYearMapper.SignupRow(activity, volunteer, organiser, activities.get(a).startsAt()
            .minusDays(3), two));
        entries.add(new KuiwenYearMapper.EntryRow(volunteer, two, activity, "A:" + activity + ":" + volunteer,
            organiser, ends));
      }
    }
    chunks(signups, rows::insertSignups);
    chunks(entries, rows::insertHours);
    chunks(entries, rows::insertPoints);
    return new Result(volunteerIds.size(), teamIds.size(), activityIds.size(), signups.size(), entries.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Whether a station has volunteers already (the demo district writes its year once). */
  public boolean hasVolunteers(String station) {
    return rows.countVolunteersAt(station) > 0;
  }

  private static <T> void chunks(List<T> all, Consumer<List<T>> insert) {
    for (int i = 0; i < all.size(); i += CHUNK) {
      insert.accept(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** A valid ID number of that birth day and sequence (region 370705, Kuiwen). */
  static String idNumber(LocalDate birth, int seq) {
    String first17 = "370705" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK[sum % 11];
  }
}
