package org.securevote.it;

import java.util.concurrent.Callable;

/**
 * Test callers: each runs what it is given as one principal in one role, so in-container tests go
 * through the boundaries' real security checks. They become session beans with their run-as roles
 * through the descriptors {@link Deployments} writes for each deployment.
 */
public final class Callers {
  private Callers() {}

  /** Runs a call inside a bean method, so the bean's run-as identity applies to it. */
  public abstract static class Caller {
    public <T> T call(Callable<T> work) throws Exception {
      return work.call();
    }

    public void run(Runnable work) {
      work.run();
    }
  }

  /** it-admin@example.org, role ADMIN. */
  public static class AsAdmin extends Caller {}

  /** it-auditor@example.org, role AUDITOR. */
  public static class AsAuditor extends Caller {}

  /** voter1@it.example.org, role VOTER. */
  public static class AsVoter1 extends Caller {}

  /** voter2@it.example.org, role VOTER. */
  public static class AsVoter2 extends Caller {}

  /** voter3@it.example.org, role VOTER. */
  public static class AsVoter3 extends Caller {}

  /** voter4@it.example.org, role VOTER. */
  public static class AsVoter4 extends Caller {}

  /** voter5@it.example.org, role VOTER. */
  public static class AsVoter5 extends Caller {}

  /** The principals of the trustee callers; {@code Fixtures.seatTrustees} seats them. */
  public static final java.util.List<String> TRUSTEES =
      java.util.List.of(
          "it-trustee1@example.org", "it-trustee2@example.org", "it-trustee3@example.org");

  /** it-trustee1@example.org, role TRUSTEE. */
  public static class AsTrustee1 extends Caller {}

  /** it-trustee2@example.org, role TRUSTEE. */
  public static class AsTrustee2 extends Caller {}

  /** it-trustee3@example.org, role TRUSTEE. */
  public static class AsTrustee3 extends Caller {}
}
