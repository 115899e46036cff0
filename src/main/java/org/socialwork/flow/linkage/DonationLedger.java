package org.socialwork.flow.linkage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.library.Donors;
import org.socialwork.flow.library.Resource;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.venture.JsonInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 慈善资源捐赠台账: donations of money or goods from the resource library's entries, for a station, to a purpose (and a
 * linkage subject, which then counts charitable resources among its forces). Append only: a wrong entry is corrected
 * by its reversing entry (once; of two reversals at once one wins, the other is 409) and, if need be, a new entry.
 */
@Service
class DonationLedger {

  private final LinkageMapper linkages;
  private final LinkageRecording recording;
  private final Donors donors;
  private final Stations stations;
  private final Clock clock;

  DonationLedger(LinkageMapper linkages, LinkageRecording recording, Donors donors, Stations stations, Clock clock) {
    this.linkages = linkages;
    this.recording = recording;
    this.donors = donors;
    this.stations = stations;
    this.clock = clock;
  }

  /**
   * {stationCode, resourceId, kind MONEY|GOODS, amount (money; goods: estimated value, optional), goods, quantity,
   * unit (goods), donatedOn, purpose, linkageId?, voucher}: 400 naming the field, nothing stored.
   */
  @Transactional
  public Long record(Map<String, Object> body, StaffMember member) {
    LinkageAccess.requireRecorder(member);
    JsonInput in = JsonInput.of(body);
    String station = in.text("stationCode", true, 20);
    if (station != null && (stations.find(station).isEmpty() || !LinkageAccess.recordsFor(member, station))) {
      in.reject("stationCode", "linkage.station.notYours");
      station = null;
    }
    Long resourceId = id(in, "resourceId", true);
    Resource donor = null;
    if (resourceId != null && station != null) {
      donor = donors.find(resourceId, station).orElse(null);
      if (donor == null) {
        in.reject("resourceId", "linkage.donor.unknown");
      }
    }
    String kind = in.text("kind", true, 5);
    if (kind != null && !Donation.MONEY.equals(kind) && !Donation.GOODS.equals(kind)) {
      in.reject("kind", "form.option");
    }
    BigDecimal amount = in.amount("amount", Donation.MONEY.equals(kind));
    if (amount != null && amount.signum() == 0 && Donation.MONEY.equals(kind)) {
      in.reject("amount", "linkage.amount.positive");
    }
    String goods = null;
    BigDecimal quantity = null;
    String unit = null;
    if (Donation.GOODS.equals(kind)) {
      goods = in.text("goods", true, 100);
      quantity = in.amount("quantity", true);
      if (quantity != null && quantity.signum() == 0) {
        in.reject("quantity", "linkage.amount.positive");
      }
      unit = in.text("unit", false, 20);
    }
    LocalDate on = in.date("donatedOn", true);
    if (on != null && on.isAfter(LocalDate.now(clock))) {
      in.reject("donatedOn", "linkage.date.future");
    }
    String purpose = in.text("purpose", true, 200);
    Long linkageId = id(in, "linkageId", false);
    if (linkageId != null && station != null) {
      String linkageStation = linkages.findLinkage(linkageId, member.scope()).map(Linkage::stationCode).orElse(null);
      if (!station.equals(linkageStation)) {
        in.reject("linkageId", "linkage.donation.linkage.invalid");
      }
    }
    String voucher = in.text("voucher", true, 40);
    in.throwIfAny();

    LinkageMapper.Key key = new LinkageMapper.Key();
    linkages.insertDonation(new Donation(null, donor.id(), donor.name(), kind, amount, goods, quantity, unit, on,
        station, purpose, linkageId, voucher, null, null, member.username(), LocalDateTime.now(clock)), key);
    if (linkageId != null) {
      recording.markCharity(linkageId);
    }
    return key.id;
  }

  /** The reversing entry of donation {@code id} {reason}: 404 out of scope, 409 when reversed already or a reversal. */
  @Transactional
  public Long reverse(Long id, Map<String, Object> body, StaffMember member) {
    LinkageAccess.requireReader(member);
    Donation d = linkages.findDonation(id, member.scope())
        .orElseThrow(() -> new LinkageNotFoundException("donation " + id));
    if (!LinkageAccess.recordsFor(member, d.stationCode())) {
      throw new LinkageNotFoundException("donation " + id);
    }
    JsonInput in = JsonInput.of(body);
    String reason = in.text("reason", true, 500);
    in.throwIfAny();
    linkages.lockDonation(id);
    if (d.isReversal()) {
      throw new LinkageConflictException("linkage.donation.isReversal", "Entry " + id + " is itself a reversal");
    }
    if (linkages.countReversals(id) > 0) {
      throw new LinkageConflictException("linkage.donation.reversedAlready", "Entry " + id + " was reversed already");
    }
    LinkageMapper.Key key = new LinkageMapper.Key();
    try {
      linkages.insertDonation(d.reversal(reason, member.username(), LocalDateTime.now(clock)), key);
    } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
      throw new LinkageConflictException("linkage.donation.reversedAlready", "Entry " + id + " was reversed meanwhile");
    }
    return key.id;
  }

  private static Long id(JsonInput in, String field, boolean required) {
    Object v = in.raw(field);
    if (v == null || v.toString().isBlank()) {
      if (required) {
        in.reject(field, "form.required");
      }
      return null;
    }
    try {
      return Long.valueOf(v.toString().trim());
    } catch (NumberFormatException e) {
      in.reject(field, "form.option");
      return null;
    }
  }
}
