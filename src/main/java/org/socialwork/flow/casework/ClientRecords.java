package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.ResidentIdNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's published face for other capabilities that serve a person of a station (care visits, volunteers'
 * clients): a client record is created here and read back here, every read of it audited, so no other module names
 * the {@code client} table or uses casework's mapper.
 */
@Service
public class ClientRecords {

  private final CaseMapper cases;
  private final AuditTrail audit;
  private final Clock clock;

  ClientRecords(CaseMapper cases, AuditTrail audit, Clock clock) {
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  /** What another capability gives to create a client record; the resident ID must be valid (checked by the caller). */
  public record NewClient(String stationCode, String fullName, String idNumber, String phone, String address,
                          String emergencyContact, String emergencyPhone, String personType) {
  }

  /** A client record as another capability shows it. */
  public record ClientCard(Long id, String stationCode, String fullName, String idNumber, String maskedIdNumber,
                           String sex, LocalDate birthDate, String phone, String address, String emergencyContact,
                           String emergencyPhone) {
  }

  /** Stores a new client record in the caller's transaction; answers its id. */
  @Transactional
  public Long register(NewClient client, String createdBy) {
    ResidentIdNumber id = ResidentIdNumber.parse(client.idNumber(), LocalDate.now(clock))
        .orElseThrow(() -> new IllegalArgumentException("invalid resident ID"));
    Client c = Client.register(client.stationCode(), client.fullName(), id, client.phone(),
        client.emergencyContact(), client.emergencyPhone(), client.address(), client.personType(), createdBy,
        LocalDateTime.now(clock));
    cases.insertClient(c);
    return c.getId();
  }

  /**
   * The client record, the read written to the audit log as {@code action} on {@code subject} (e.g. a care target's
   * number) through {@code channel} (page, api) in the caller's transaction.
   */
  @Transactional
  public Optional<ClientCard> read(Long clientId, String reader, String action, String subject, String channel) {
    Optional<ClientCard> card = cases.findClient(clientId).map(ClientRecords::card);
    card.ifPresent(c -> audit.record(reader, action, subject, channel));
    return card;
  }

  private static ClientCard card(Client c) {
    return new ClientCard(c.getId(), c.getStationCode(), c.getFullName(), c.getIdNumber(), c.maskedIdNumber(),
        c.getSex(), c.getBirthDate(), c.getPhone(), c.getAddress(), c.getEmergencyContact(), c.getEmergencyPhone());
  }
}
