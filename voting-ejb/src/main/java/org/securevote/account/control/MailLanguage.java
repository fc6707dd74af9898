package org.securevote.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.entity.Account;
import org.securevote.platform.Text;

/**
 * The language of a mail to a person: the one they last used on the site, else the organisation's
 * ({@code VOTING_LANGUAGE}: en or fr), for people who have never signed in yet.
 */
@ApplicationScoped
public class MailLanguage {
  @Inject
  @ConfigProperty(name = "voting.language", defaultValue = "en")
  String organisation;

  public Locale of(Account account) {
    return account.language().orElseGet(this::organisation);
  }

  /** As {@link #of(Account)}, from an account's stored language code, or null. */
  public Locale of(String language) {
    return Optional.ofNullable(language).map(Locale::new).orElseGet(this::organisation);
  }

  /** "Hello Ada,", the opening of every mail to a person. */
  public static String hello(String name, Locale language) {
    return Text.of("letter.hello", name).in(language);
  }

  /** The organisation's language; English unless it is French. */
  public Locale organisation() {
    return "fr".equalsIgnoreCase(organisation.strip()) ? Locale.FRENCH : Locale.ENGLISH;
  }
}
