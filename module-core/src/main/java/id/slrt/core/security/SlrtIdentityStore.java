package id.slrt.core.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/** Checks a username and password against the platform's user accounts. */
@ApplicationScoped
public class SlrtIdentityStore implements IdentityStore {
  @Inject UserDirectory users;
  @Inject PasswordHasher hasher;

  /** Verified against for unknown usernames, so that a miss costs as much time as a hit. */
  private String decoyHash;

  @PostConstruct
  void init() {
    decoyHash = hasher.hash("decoy-password-never-valid".toCharArray());
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<UserDirectory.Account> account = users.findActive(credential.getCaller());
    if (account.isEmpty()) {
      hasher.verify(credential.getPassword().getValue(), decoyHash);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.verify(credential.getPassword().getValue(), account.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    AuthenticatedUser user = account.get().user();
    return new CredentialValidationResult(new SlrtPrincipal(user), Set.of(user.role().name()));
  }
}
