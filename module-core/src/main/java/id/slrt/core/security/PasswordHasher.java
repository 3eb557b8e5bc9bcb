package id.slrt.core.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes (Jakarta Security's built-in implementation): HMAC-SHA512, 210,000
 * iterations, 32-byte salt, as OWASP recommends for PBKDF2-HMAC-SHA512.
 */
@ApplicationScoped
public class PasswordHasher {
  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(char[] password) {
    return hash.generate(password);
  }

  public boolean verify(char[] password, String hashed) {
    return hash.verify(password, hashed);
  }
}
