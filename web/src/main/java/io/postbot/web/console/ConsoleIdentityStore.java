package io.postbot.web.console;

import io.postbot.handoff.api.AgentAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks console logins against the console users of the handoff context: PBKDF2 password hashes,
 * lockout after five failures. The caller's roles come back as groups.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

  @Inject AgentAccounts accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .authenticate(login.getCaller(), login.getPassword().getValue())
        .map(agent -> new CredentialValidationResult(agent.username(), agent.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
