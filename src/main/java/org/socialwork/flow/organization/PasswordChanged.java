package org.socialwork.flow.organization;

/**
 * A person's password was set anew (changed, reset) or their user removed (left, deactivated): whatever remembered
 * their old password as verified forgets it ({@code system.VerifiedCredentials}). Published synchronously.
 */
public record PasswordChanged(String username) {
}
