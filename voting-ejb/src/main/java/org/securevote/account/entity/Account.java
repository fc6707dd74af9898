package org.securevote.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A person who can sign in. The email is the sign-in name and is kept in lower case. */
@Entity
@Table(name = "account")
@SequenceGenerator(name = "account_id", sequenceName = "account_id_seq", allocationSize = 50)
// Staff: any role but voter. Voters, a hundred thousand of them or more, have pages of their own.
@NamedQuery(
    name = Account.STAFF,
    query = "select distinct a from Account a join a.roles r where r <> :voter order by a.email")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(
    name = Account.ACTIVE_ROLES,
    query =
        "select a.id, r from Account a join a.roles r where a.email = :email and a.active = true")
@NamedQuery(
    name = Account.COUNT_IN_ROLE,
    query = "select count(a) from Account a join a.roles r where r = :role")
public class Account {
  public static final String STAFF = "Account.staff";
  public static final String BY_EMAIL = "Account.byEmail";
  public static final String COUNT_IN_ROLE = "Account.countInRole";

  /** Rows of (id, role) of the active account with an email: one statement, nothing managed. */
  public static final String ACTIVE_ROLES = "Account.activeRoles";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_id")
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean active;

  /** The language the person last used on the site ("en", "fr"); null until they sign in. */
  private String language;

  @Column(name = "created_at") // OffsetDateTime: the provider maps it to timestamptz, Instant not
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles;

  protected Account() {}

  public Account(String email, String displayName, String passwordHash, Set<Role> roles) {
    this.email = normalizeEmail(email);
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("A display name is required");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one role");
    }
    this.displayName = displayName.strip();
    this.passwordHash = passwordHash; // null until the person sets a password themselves
    this.roles = EnumSet.copyOf(roles);
    this.active = true;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Sign-in names compare case-insensitively, so they are stored in one case. */
  public static String normalizeEmail(String email) {
    String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
      throw new IllegalArgumentException("Not an email address: " + email);
    }
    return normalized;
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  /** The language of the mails to this person, when they have used the site. */
  public Optional<Locale> language() {
    return Optional.ofNullable(language).map(Locale::new);
  }

  /** The person now uses this language; "en" stands for any the site does not speak. */
  public void speak(Locale locale) {
    language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  /** Updates the person's name and sign-in address. */
  public void rename(String email, String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("A display name is required");
    }
    this.email = normalizeEmail(email);
    this.displayName = displayName.strip();
  }

  /** Sets the hash of a password the person chose themselves. */
  public void choosePassword(String passwordHash) {
    this.passwordHash = java.util.Objects.requireNonNull(passwordHash);
  }

  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  /** Adds a role, e.g. TRUSTEE for an existing account appointed to hold an election key. */
  public void grant(Role role) {
    roles.add(role);
  }

  /** Takes a role back, e.g. ADMIN from a demoted administrator; an account keeps at least one. */
  public void withdraw(Role role) {
    if (roles.size() == 1 && roles.contains(role)) {
      throw new IllegalStateException("An account needs at least one role");
    }
    roles.remove(role);
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }
}
