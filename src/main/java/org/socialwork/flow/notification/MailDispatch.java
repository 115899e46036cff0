package org.socialwork.flow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the notifications queued for mail ({@code mail_state = PENDING}), when Spring Mail is configured
 * ({@code spring.mail.host}): offers as one digest per person per quarter hour
 * ({@code socialwork.notification.offer-digest-cron}), everything else one mail per notice every minute
 * ({@code socialwork.notification.mail-cron}). A run claims its rows with a conditional UPDATE (only rows still
 * PENDING change hands), so with several nodes each row is mailed by one; a run that died leaves its claim, which goes
 * back to PENDING after {@code socialwork.notification.claim-timeout}. A failed send is tried again up to
 * {@code socialwork.notification.mail-attempts} times. Mails are in the district's language (Chinese).
 */
@Component
class MailDispatch {

  private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);
  private static final int BATCH = 200;
  private static final List<String> SINGLE = List.of(NotificationKind.ASSIGNED.name(),
      NotificationKind.ESCALATED.name(), NotificationKind.OVERDUE.name(), NotificationKind.RETURNED.name(),
      NotificationKind.DUE_TODAY.name(), NotificationKind.CANCELLED.name());
  private static final List<String> DIGEST = List.of(NotificationKind.OFFERED.name());

  private final NotificationMapper mapper;
  private final NotificationPreferences preferences;
  private final ObjectProvider<JavaMailSender> sender;
  private final MessageSource messages;
  private final DueReminders due;
  private final Clock clock;
  private final String from;
  private final String baseUrl;
  private final Duration claimTimeout;
  private final int attempts;
  private final Locale locale;

  MailDispatch(NotificationMapper mapper, NotificationPreferences preferences, ObjectProvider<JavaMailSender> sender,
               MessageSource messages, DueReminders due, Clock clock,
               @Value("${socialwork.notification.mail-from:noreply@socialwork.invalid}") String from,
               @Value("${socialwork.notification.base-url:http://localhost:8080}") String baseUrl,
               @Value("${socialwork.notification.claim-timeout:PT10M}") Duration claimTimeout,
               @Value("${socialwork.notification.mail-attempts:5}") int attempts,
               @Value("${socialwork.notification.mail-language:zh-CN}") String language) {
    this.mapper = mapper;
    this.preferences = preferences;
    this.sender = sender;
    this.messages = messages;
    this.due = due;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.claimTimeout = claimTimeout;
    this.attempts = attempts;
    this.locale = Locale.forLanguageTag(language);
  }

  @Scheduled(cron = "${socialwork.notification.mail-cron:30 * * * * *}")
  void mailSingles() {
    sendSingles();
  }

  @Scheduled(cron = "${socialwork.notification.offer-digest-cron:0 */15 * * * *}")
  void mailOfferDigests() {
    sendOfferDigests();
  }

  /** One mail per pending notice (not offers); returns the mails sent. */
  int sendSingles() {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      return 0;
    }
    int sent = 0;
    for (Claim c = claim(SINGLE); !c.rows().isEmpty(); c = claim(SINGLE)) {
      String claim = c.id();
      List<Notification> claimed = c.rows();
      for (Notification n : claimed) {
        if (send(mail, claim, List.of(n), subjectOf(n), bodyOf(n))) {
          sent++;
        }
      }
      if (claimed.size() < BATCH) {
        break;
      }
    }
    return sent;
  }

  /** One digest per person of the offers pending since the last run; returns the mails sent. */
  int sendOfferDigests() {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      return 0;
    }
    int sent = 0;
    for (Claim c = claim(DIGEST); !c.rows().isEmpty(); c = claim(DIGEST)) {
      String claim = c.id();
      List<Notification> claimed = c.rows();
      Map<String, List<Notification>> byPerson = new LinkedHashMap<>();
      claimed.forEach(n -> byPerson.computeIfAbsent(n.recipient(), k -> new ArrayList<>()).add(n));
      for (List<Notification> offers : byPerson.values()) {
        StringBuilder body = new StringBuilder(text("notification.mail.offers.intro", offers.size())).append("\n\n");
        for (Notification n : offers) {
          body.append("- ").append(text("notification.text.OFFERED", n.textArgs())).append("\n  ")
              .append(baseUrl).append(n.link()).append("\n");
        }
        body.append("\n").append(footer());
        if (send(mail, claim, offers, text("notification.mail.offers.subject", offers.size()), body.toString())) {
          sent++;
        }
      }
      if (claimed.size() < BATCH) {
        break;
      }
    }
    return sent;
  }

  /** The rows one run took: its id and what it got of the pending rows (others may have gone to another node). */
  private record Claim(String id, List<Notification> rows) {
  }

  private Claim claim(List<String> kinds) {
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    mapper.releaseStaleClaims(now.minus(claimTimeout));
    List<Long> ids = mapper.findPendingMail(kinds, BATCH);
    String claim = UUID.randomUUID().toString();
    if (ids.isEmpty()) {
      return new Claim(claim, List.of());
    }
    mapper.claimMail(ids, claim, now);
    return new Claim(claim, mapper.findClaimed(claim));
  }

  private boolean send(JavaMailSender mail, String claim, List<Notification> rows, String subject, String body) {
    List<Long> ids = rows.stream().map(Notification::id).toList();
    String to = preferences.address(rows.get(0).recipient());
    if (to == null) {
      mapper.markMailFailed(claim, ids, 0);
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body);
    try {
      mail.send(message);
      mapper.markMailed(claim, ids, LocalDateTime.now(clock).withNano(0));
      return true;
    } catch (MailException e) {
      log.warn("Mail to {} for {} notices failed: {}", rows.get(0).recipient(), rows.size(), e.getMessage());
      mapper.markMailFailed(claim, ids, attempts);
      return false;
    }
  }

  private String subjectOf(Notification n) {
    return text("notification.mail.subject." + n.kind().name(), n.textArgs());
  }

  private String bodyOf(Notification n) {
    StringBuilder body = new StringBuilder(text("notification.text." + n.kind().name(), n.textArgs())).append("\n");
    if (n.kind() == NotificationKind.DUE_TODAY && n.subject() != null) {
      body.append("\n");
      for (Task t : due.dueOn(LocalDate.parse(n.subject()), n.recipient())) {
        body.append("- ").append(t.getName()).append("\n  ").append(baseUrl).append("/tasks/").append(t.getId())
            .append("\n");
      }
    }
    if (n.link() != null) {
      body.append("\n").append(baseUrl).append(n.link()).append("\n");
    }
    return body.append("\n").append(footer()).toString();
  }

  private String footer() {
    return text("notification.mail.footer", baseUrl + "/account/notifications");
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
