package org.socialwork.flow.organization;

import java.time.LocalDateTime;

public record Person(String username, String fullName, String phone, boolean active, LocalDateTime createdAt) {
}
