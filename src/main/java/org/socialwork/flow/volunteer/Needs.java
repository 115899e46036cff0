package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.MobileNumber;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.system.ConflictException;
import org.socialwork.flow.system.NotFoundException;
import org.socialwork.flow.system.NumberSequences;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问题需求清单 and 点单-派单-结单 (Kuiwen): a need raised by a resident, a station worker or a care visit is ordered (点单:
 * a service of the station's 服务项目清单 chosen), dispatched (派单) to one of the station's teams as a service request —
 * which may become an activity — and closed (结单) with what was done and the requester's feedback and satisfaction
 * (1–5). Only the station's workers and supervisors (and administrators) take the steps; the district's roles read.
 * Each step locks the need's row and checks its state, so of two dispatchers of one need exactly one wins, the other
 * gets 409.
 *
 * <p>Published: other modules raise a need with {@link #raise(String, String, String, String, String, String)} (care
 * visits: source {@link #SOURCE_VISIT}, 探访发现).
 */
@Service
public class Needs {

  /** 居民提出: a resident asked. */
  public static final String SOURCE_RESIDENT = "RESIDENT";
  /** 社工提出: a station worker saw it. */
  public static final String SOURCE_STAFF = "STAFF";
  /** 探访发现: found on a care visit. */
  public static final String SOURCE_VISIT = "VISIT";

  private final NeedMapper needs;
  private final VolunteerMapper volunteers;
  private final ActivityMapper activities;
  private final NumberSequences numbers;
  private final Stations stations;
  private final AuditTrail audit;
  private final Clock clock;

  Needs(NeedMapper needs, VolunteerMapper volunteers, ActivityMapper activities, NumberSequences numbers,
        Stations stations, AuditTrail audit, Clock clock) {
    this.needs = needs;
    this.volunteers = volunteers;
    this.activities = activities;
    this.numbers = numbers;
    this.stations = stations;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Puts a need on the station's list (OPEN) for another module, e.g. a care visit that found one: the caller has
   * checked who may do it. Answers the need's number {@code XQ-<station>-<yyyy>-<nnnn>}.
   *
   * @param stationCode an active station
   * @param source {@link #SOURCE_RESIDENT}, {@link #SOURCE_STAFF} or {@link #SOURCE_VISIT}
   * @param description what is needed (up to 2,000 characters)
   * @param requesterName who needs it (may be null)
   * @param sourceRef what raised it in the caller's module, e.g. the visit's id (may be null; up to 64 characters)
   * @param raisedBy the username of the person who raised it
   * @throws org.socialwork.flow.form.FormValidationException naming the field that is wrong
   */
  @Transactional
  public String raise(String stationCode, String source, String description, String requesterName, String sourceRef,
                      String raisedBy) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("stationCode", stationCode);
    values.put("source", source);
    values.put("description", description);
    values.put("requesterName", requesterName);
    values.put("sourceRef", sourceRef);
    FormErrors errors = new FormErrors();
    if (stationCode == null || stations.find(stationCode).isEmpty()) {
      errors.reject("stationCode", "form.option");
    }
    return insert(Fields.of(values), errors, raisedBy);
  }

  /** The need another module raised from this source and reference (e.g. {@code VISIT}, {@code CV-42}), if any. */
  public Optional<String> raisedFrom(String source, String sourceRef) {
    return needs.findNoBySource(source, sourceRef);
  }

  /** A worker or supervisor of the station raises a need from the page or the API (no source reference: modules'). */
  @Transactional
  public String raise(Fields body, StaffMember member) {
    FormErrors errors = new FormErrors();
    String station = body.text("stationCode");
    if (station == null) {
      errors.reject("stationCode", "form.required");
    } else if (!VolunteerAccess.manages(member, station)) {
      errors.reject("stationCode", "form.option");
    }
    Map<String, Object> values = new LinkedHashMap<>(body.values());
    values.remove("sourceRef");
    return insert(Fields.of(values), errors, member.username());
  }

  private String insert(Fields body, FormErrors errors, String raisedBy) {
    String source = body.text("source");
    if (source == null) {
      errors.reject("source", "form.required");
    } else if (!Need.SOURCES.contains(source.toUpperCase(Locale.ROOT))) {
      errors.reject("source", "form.option");
    }
    String description = text(body, "description", 2000, true, errors);
    String category = text(body, "category", 50, false, errors);
    String name = text(body, "requesterName", 50, false, errors);
    if (name == null && source != null && SOURCE_RESIDENT.equalsIgnoreCase(source)) {
      errors.reject("requesterName", "form.required");
    }
    String phone = body.text("requesterPhone");
    if (phone != null && !MobileNumber.isValid(phone)) {
      errors.reject("requesterPhone", "form.mobile");
    }
    String ref = text(body, "sourceRef", 64, false, errors);
    errors.throwIfAny(body.values());
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    String station = body.text("stationCode");
    String no = String.format("XQ-%s-%d-%04d", station, now.getYear(),
        numbers.next("volunteer-need-" + station, now.getYear()));
    needs.insertNeed(new NeedMapper.NewNeed(no, station, source.toUpperCase(Locale.ROOT), ref, name,
        phone == null ? null : phone.trim(), category, description, raisedBy, now), new VolunteerMapper.Key());
    return no;
  }

  /** The needs in the reader's scope, newest first; station and status optional. */
  public ListPage<NeedMapper.NeedRow> list(StaffMember member, String station, String status, Paging paging) {
    return ListPage.of(needs.findNeeds(member.scope(), station, status, paging.size(), paging.offset()),
        needs.countNeeds(member.scope(), station, status), paging);
  }

  /** A need with the requester's name and phone (personal data: the read is audited). Out of scope: 404. */
  @Transactional
  public Need read(String needNo, StaffMember member, String channel) {
    Need n = find(needNo, member);
    audit.record(member.username(), "VOLUNTEER_NEED_READ", n.needNo(), channel);
    return n;
  }

  /** 点单: a service of the station's list is chosen for the need ({@code serviceItemId}). */
  @Transactional
  public Need order(String needNo, Fields body, StaffMember member) {
    Need n = lockedForStep(needNo, member);
    FormErrors errors = new FormErrors();
    Long itemId = id(body, "serviceItemId", errors);
    NeedMapper.ServiceItem item = null;
    if (itemId != null) {
      item = needs.findServiceItem(itemId, member.scope())
          .filter(s -> s.active() && s.stationCode().equals(n.stationCode())).orElse(null);
      if (item == null) {
        errors.reject("serviceItemId", "form.option");
      }
    }
    errors.throwIfAny(body.values());
    n.require(Need.OPEN);
    moved(needs.order(n.id(), item.id(), member.username(), now()), n, Need.ORDERED);
    return find(needNo, member);
  }

  /** 派单: the need goes to one of the station's teams ({@code teamId}; {@code note}, {@code activityNo} optional). */
  @Transactional
  public Need dispatch(String needNo, Fields body, StaffMember member) {
    Need n = lockedForStep(needNo, member);
    FormErrors errors = new FormErrors();
    Long teamId = id(body, "teamId", errors);
    if (teamId != null && volunteers.findTeam(teamId, member.scope())
        .filter(t -> t.stationCode().equals(n.stationCode())).isEmpty()) {
      errors.reject("teamId", "form.option");
    }
    String note = text(body, "note", 1000, false, errors);
    Long activityId = activity(body, n, member, errors);
    errors.throwIfAny(body.values());
    n.require(Need.ORDERED);
    moved(needs.dispatch(n.id(), teamId, note, activityId, member.username(), now()), n, Need.DISPATCHED);
    return find(needNo, member);
  }

  /**
   * 结单: what was done ({@code outcome}; {@code activityNo} when an activity served it), the requester's
   * {@code satisfaction} (1–5) and {@code feedback}.
   */
  @Transactional
  public Need close(String needNo, Fields body, StaffMember member) {
    Need n = lockedForStep(needNo, member);
    FormErrors errors = new FormErrors();
    String outcome = text(body, "outcome", 1000, true, errors);
    Integer satisfaction = null;
    try {
      BigDecimal s = body.number("satisfaction");
      if (s == null) {
        errors.reject("satisfaction", "form.required");
      } else if (s.stripTrailingZeros().scale() > 0 || s.intValue() < 1 || s.intValue() > 5) {
        errors.reject("satisfaction", "volunteer.need.satisfactionRange");
      } else {
        satisfaction = s.intValue();
      }
    } catch (NumberFormatException e) {
      errors.reject("satisfaction", "volunteer.need.satisfactionRange");
    }
    String feedback = text(body, "feedback", 1000, false, errors);
    Long activityId = activity(body, n, member, errors);
    errors.throwIfAny(body.values());
    n.require(Need.DISPATCHED);
    moved(needs.close(n.id(), activityId, outcome, satisfaction, feedback, member.username(), now()), n, Need.CLOSED);
    return find(needNo, member);
  }

  /** The step's update changed no row: someone took it meanwhile (the lock makes this a second line of defence). */
  private static void moved(int changed, Need n, String to) {
    if (changed == 0) {
      throw new ConflictException("volunteer.need.moved." + to, "Need " + n.needNo() + " moved on meanwhile");
    }
  }

  private Need find(String needNo, StaffMember member) {
    return needs.findNeed(needNo, member.scope()).orElseThrow(() -> new NotFoundException("No need " + needNo));
  }

  /**
   * The need, its row locked, as it stands now, for a step of the station's staff: out of scope 404, anyone else of
   * the district 403.
   */
  private Need lockedForStep(String needNo, StaffMember member) {
    Need seen = find(needNo, member);
    if (!VolunteerAccess.manages(member, seen.stationCode())) {
      throw new AccessDeniedException("Only the station's staff take the steps");
    }
    needs.lockNeed(seen.id());
    return find(needNo, member);
  }

  /** The activity named by {@code activityNo} (optional): one of the need's station, not withdrawn. */
  private Long activity(Fields body, Need n, StaffMember member, FormErrors errors) {
    String no = body.text("activityNo");
    if (no == null) {
      return null;
    }
    return activities.findByNo(no, member.scope())
        .filter(a -> a.stationCode().equals(n.stationCode()) && !Activity.WITHDRAWN.equals(a.status()))
        .map(Activity::id)
        .orElseGet(() -> {
          errors.reject("activityNo", "volunteer.need.activityUnknown");
          return null;
        });
  }

  private static Long id(Fields body, String field, FormErrors errors) {
    try {
      BigDecimal v = body.number(field);
      if (v == null) {
        errors.reject(field, "form.required");
        return null;
      }
      return v.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.reject(field, "form.option");
      return null;
    }
  }

  static String text(Fields body, String field, int max, boolean required, FormErrors errors) {
    String v = body.text(field);
    if (v == null) {
      if (required) {
        errors.reject(field, "form.required");
      }
      return null;
    }
    if (v.length() > max) {
      errors.reject(field, "form.maxLength", max);
    }
    return v;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }
}
