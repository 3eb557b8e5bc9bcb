package id.slrt.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes: HMAC-SHA512, 210,000 iterations, 32-byte salt, 64-byte key, as OWASP
 * recommends for PBKDF2-HMAC-SHA512. Stored as {@code algorithm:iterations:salt:hash} (Base64), the
 * format of Jakarta Security's {@code Pbkdf2PasswordHash}, so hashes written before keep working.
 * Plain Java, so that the launcher ({@code ./slrt admin create}) hashes as the server.
 */
@ApplicationScoped
public class PasswordHasher {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  public boolean verify(char[] password, String hashed) {
    if (hashed == null) {
      return false;
    }
    String[] parts = hashed.split(":");
    if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1 || iterations > 10_000_000 || expected.length == 0) {
        return false;
      }
      byte[] actual = derive(parts[0], password, salt, iterations, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(
      String algorithm, char[] password, byte[] salt, int iterations, int bytes) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
      try {
        return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
      } finally {
        spec.clearPassword();
      }
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalArgumentException("Unusable password hash", e);
    }
  }
}
