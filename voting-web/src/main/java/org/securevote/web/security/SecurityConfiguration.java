package org.securevote.web.security;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;
import static org.securevote.account.entity.Role.Names.TRUSTEE;
import static org.securevote.account.entity.Role.Names.VOTER;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.securevote.account.control.PasswordHashing;

/**
 * Accounts and roles for sign-in: the account tables with PBKDF2 hashes, read by {@link
 * SessionSignIn} (a form on a JSF page, so JSF view state protects it against CSRF). Deactivated
 * accounts cannot sign in.
 */
@ApplicationScoped
@DeclareRoles({ADMIN, VOTER, AUDITOR, TRUSTEE})
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/voting",
    callerQuery = "select password_hash from account where email = lower(?) and active",
    groupsQuery =
        "select r.role from account_role r join account a on a.id = r.account_id"
            + " where a.email = lower(?) and a.active",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM_PARAMETER,
      PasswordHashing.ITERATIONS_PARAMETER,
      PasswordHashing.SALT_PARAMETER
    })
public class SecurityConfiguration {
  public static final String SIGN_IN_PAGE = "/public/sign-in.xhtml";
}
