package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialwork.flow.form.TextCharacters;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 设立创投轮次: the leading group sets a round as data. Rubric weights and the tranche split each sum to 100; the grant
 * range lies within the total budget; the officer and every reviewer are people of the district (reviewers marked
 * reserve step in for one who declares a conflict of interest). Anything wrong is 400 naming the field, nothing stored.
 */
@Service
class RoundCreation {

  static final List<String> DEFAULT_TRACKS = List.of("为老", "为小", "特殊群体", "社区治理");

  private final VentureMapper venture;
  private final StaffDirectory staff;
  private final Clock clock;

  RoundCreation(VentureMapper venture, StaffDirectory staff, Clock clock) {
    this.venture = venture;
    this.staff = staff;
    this.clock = clock;
  }

  @Transactional
  public Long create(Map<String, Object> body, StaffMember member) {
    if (!VentureReader.of(member, venture).manages()) {
      throw new AccessDeniedException("Only the leading group and administrators set rounds");
    }
    JsonInput in = JsonInput.of(body);
    String title = in.text("title", true, 200);
    List<String> tracks = in.texts("tracks");
    if (tracks == null) {
      tracks = DEFAULT_TRACKS;
    } else if (tracks.isEmpty()) {
      in.reject("tracks", "form.required");
    } else if (tracks.stream().anyMatch(t -> t.length() > 50 || t.contains("|"))) {
      in.reject("tracks", "venture.tracks");
    }
    BigDecimal total = in.amount("totalBudget", true);
    Map<String, Object> range = body.get("grantRange") instanceof Map<?, ?> m ? cast(m) : Map.of();
    BigDecimal min = JsonInput.of(range).amount("min", false);
    BigDecimal max = JsonInput.of(range).amount("max", false);
    if (min == null || max == null || min.signum() <= 0 || min.compareTo(max) > 0) {
      in.reject("grantRange", "venture.grantRange");
    } else if (total != null && max.compareTo(total) > 0) {
      in.reject("grantRange", "venture.grantRange.budget");
    }
    List<VentureRound.Criterion> criteria = criteria(in);
    List<Integer> split = split(in);
    String officer = in.text("officer", true, 64);
    if (officer != null && staff.find(officer).isEmpty()) {
      in.reject("officer", "venture.person.unknown", officer);
    }
    List<VentureRound.Reviewer> reviewers = reviewers(in, "reviewers", false);
    List<VentureRound.Reviewer> reserves = reviewers(in, "reserveReviewers", true);
    if (reviewers.isEmpty() && !in.errors().has("reviewers")) {
      in.reject("reviewers", "form.required");
    }
    Set<String> all = new LinkedHashSet<>();
    for (VentureRound.Reviewer r : concat(reviewers, reserves)) {
      if (!all.add(r.username())) {
        in.reject(r.reserve() ? "reserveReviewers" : "reviewers", "venture.reviewer.twice", r.username());
      }
    }
    var opens = in.date("opensOn", true);
    var closes = in.date("closesOn", true);
    var reviewBy = in.date("reviewBy", false);
    var signingBy = in.date("signingBy", false);
    if (opens != null && closes != null && closes.isBefore(opens)) {
      in.reject("closesOn", "venture.closesBeforeOpens");
    }
    var midTermDue = in.date("midTermDue", false);
    var finalDue = in.date("finalDue", false);
    if (midTermDue != null && finalDue != null && !finalDue.isAfter(midTermDue)) {
      in.reject("finalDue", "venture.finalBeforeMidTerm");
    }
    in.throwIfAny();

    VentureMapper.Key key = new VentureMapper.Key();
    venture.insertRound(new VentureRound(null, title, String.join("|", tracks), total, BigDecimal.ZERO, min, max,
        String.join(",", split.stream().map(String::valueOf).toList()), officer, opens, closes, reviewBy, signingBy,
        VentureRound.OPEN, member.username(), LocalDateTime.now(clock), midTermDue, finalDue), key);
    for (int i = 0; i < criteria.size(); i++) {
      venture.insertCriterion(key.id, criteria.get(i), i);
    }
    List<VentureRound.Reviewer> people = concat(reviewers, reserves);
    for (int i = 0; i < people.size(); i++) {
      venture.insertReviewer(key.id, people.get(i), i);
    }
    return key.id;
  }

  private static List<VentureRound.Criterion> criteria(JsonInput in) {
    List<Map<String, Object>> raw = in.objects("criteria");
    List<VentureRound.Criterion> out = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      if (!in.errors().has("criteria")) {
        in.reject("criteria", "form.required");
      }
      return out;
    }
    int sum = 0;
    Set<String> codes = new LinkedHashSet<>();
    for (Map<String, Object> c : raw) {
      String code = c.get("code") == null ? null : c.get("code").toString().trim();
      String name = c.get("name") == null ? null : c.get("name").toString().trim();
      Integer weight = integer(c.get("weight"));
      if (code == null || !code.matches("[a-z][a-z0-9_-]{0,31}") || name == null || name.isEmpty()
          || name.length() > 100 || !TextCharacters.acceptable(name) || weight == null || weight <= 0 || !codes.add(code)) {
        in.reject("criteria", "venture.criterion");
        return out;
      }
      sum += weight;
      out.add(new VentureRound.Criterion(code, name, weight));
    }
    if (sum != 100) {
      in.reject("criteria", "venture.criteria.sum", sum);
    }
    return out;
  }

  private static List<Integer> split(JsonInput in) {
    Object raw = in.raw("trancheSplit");
    List<Integer> out = new ArrayList<>();
    if (!(raw instanceof List<?> list) || list.isEmpty() || list.size() > 6) {
      in.reject("trancheSplit", raw == null ? "form.required" : "venture.split");
      return out;
    }
    int sum = 0;
    for (Object o : list) {
      Integer p = integer(o);
      if (p == null || p <= 0) {
        in.reject("trancheSplit", "venture.split");
        return out;
      }
      sum += p;
      out.add(p);
    }
    if (sum != 100) {
      in.reject("trancheSplit", "venture.split.sum", sum);
    }
    return out;
  }

  private List<VentureRound.Reviewer> reviewers(JsonInput in, String field, boolean reserve) {
    List<String> names = in.texts(field);
    List<VentureRound.Reviewer> out = new ArrayList<>();
    if (names == null) {
      return out;
    }
    for (String n : names) {
      if (staff.find(n).isEmpty()) {
        in.reject(field, "venture.person.unknown", n);
      }
      out.add(new VentureRound.Reviewer(n, reserve));
    }
    return out;
  }

  private static Integer integer(Object o) {
    if (o instanceof Integer i) {
      return i;
    }
    if (o == null) {
      return null;
    }
    try {
      return Integer.valueOf(o.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
