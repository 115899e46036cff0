package org.socialwork.flow.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.socialwork.flow.problem.InvalidParameterException;
import org.socialwork.flow.system.ConflictException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each person receives: per kind {@link Channel#IN_APP} (the default), {@link Channel#EMAIL} or
 * {@link Channel#NONE}, and the address mails go to.
 */
@Component
public class NotificationPreferences {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
      + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private final NotificationMapper mapper;
  private final Clock clock;

  NotificationPreferences(NotificationMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** A person's settings: a channel for every kind and the address (null when none). */
  public record Settings(Map<NotificationKind, Channel> channels, String email) {
  }

  public Settings of(String username) {
    Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
    for (NotificationKind k : NotificationKind.values()) {
      channels.put(k, Channel.IN_APP);
    }
    for (NotificationMapper.Preference p : mapper.findPreferences(username)) {
      NotificationKind kind = NotificationKind.parse(p.kind());
      Channel channel = Channel.parse(p.channel());
      if (kind != null && channel != null) {
        channels.put(kind, channel);
      }
    }
    return new Settings(channels, mapper.findAddress(username).orElse(null));
  }

  Channel channel(String username, NotificationKind kind) {
    return mapper.findChannel(username, kind.name()).map(Channel::parse).orElse(Channel.IN_APP);
  }

  String address(String username) {
    return mapper.findAddress(username).orElse(null);
  }

  /**
   * Changes what is given: {@code channels} by kind name ({@code assigned}, {@code due_today} …) to {@code in_app},
   * {@code email} or {@code none}; {@code email} the address ("" removes it). Everything is checked before anything
   * is stored; a wrong value is refused naming its field ({@code channels.<kind>} or {@code email}).
   */
  @Transactional
  public Settings change(String username, Map<String, String> channels, String email) {
    try {
      return write(username, channels, email);
    } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
      // two changes of one person's settings at once: one wins, the other is told to try again
      throw new ConflictException("notification.prefs.conflict", "Changed at the same time elsewhere; try again");
    }
  }

  private Settings write(String username, Map<String, String> channels, String email) {
    Map<NotificationKind, Channel> parsed = new LinkedHashMap<>();
    if (channels != null) {
      for (Map.Entry<String, String> e : channels.entrySet()) {
        NotificationKind kind = NotificationKind.parse(e.getKey());
        if (kind == null) {
          throw new InvalidParameterException("channels." + e.getKey(), "no such kind of notification");
        }
        Channel channel = e.getValue() == null ? null : Channel.parse(e.getValue().trim());
        if (channel == null) {
          throw new InvalidParameterException("channels." + e.getKey(), "one of in_app, email, none");
        }
        parsed.put(kind, channel);
      }
    }
    String address = email == null ? null : email.trim();
    if (address != null && !address.isEmpty() && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
      throw new InvalidParameterException("email", "not an e-mail address");
    }
    Map<NotificationKind, Channel> after = new EnumMap<>(of(username).channels());
    after.putAll(parsed);
    boolean wantsMail = after.containsValue(Channel.EMAIL);
    String finalAddress = address != null ? address : mapper.findAddress(username).orElse("");
    if (wantsMail && finalAddress.isEmpty()) {
      throw new InvalidParameterException("email", "an address is needed to receive mail");
    }
    parsed.forEach((kind, channel) -> {
      mapper.deletePreference(username, kind.name());
      if (channel != Channel.IN_APP) {
        mapper.insertPreference(username, kind.name(), channel.name());
      }
    });
    if (address != null) {
      mapper.deleteAddress(username);
      if (!address.isEmpty()) {
        mapper.insertAddress(username, address, LocalDateTime.now(clock).withNano(0));
      }
    }
    return of(username);
  }
}
