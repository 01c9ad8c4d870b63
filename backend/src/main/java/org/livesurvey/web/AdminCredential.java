package org.livesurvey.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin credential, {@code livesurvey.admin-token}: the admin API's bearer token and the password of the admin
 * login. Unset, it matches nothing.
 */
final class AdminCredential {

    private final byte[] digest;

    AdminCredential(String secret) {
        this.digest = secret == null || secret.isBlank() ? null : sha256(secret);
    }

    boolean configured() {
        return digest != null;
    }

    /**
     * Compares digests of equal length, so that the time taken says neither where the values differ nor how long
     * the secret is.
     */
    boolean matches(String given) {
        return digest != null && given != null && MessageDigest.isEqual(digest, sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
