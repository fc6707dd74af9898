package org.securevote.it;

import java.io.File;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test archives holding the business module's classes, its libraries and the test callers. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive business(String name) {
    // Bean names are unique per deployment: with fixed names, Payara 6.2025.9 lost the run-as
    // identities of every other test deployment (undeploying the previous one took them along).
    String token = UUID.randomUUID().toString().substring(0, 8);
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addPackages(
            true,
            "org.securevote.account",
            "org.securevote.audit",
            "org.securevote.ballot",
            "org.securevote.election",
            "org.securevote.integrity",
            "org.securevote.monitoring",
            "org.securevote.notification",
            "org.securevote.platform",
            "org.securevote.staff",
            "org.securevote.trustee",
            "org.securevote.voter",
            "org.securevote.it")
        // Start-up and timer beans belong to the deployed application, which already runs them.
        .deleteClass(org.securevote.account.boundary.FirstAdmin.class)
        .deleteClass(org.securevote.election.boundary.ElectionClock.class)
        .addAsLibraries(
            jarOf(org.bouncycastle.crypto.signers.Ed25519Signer.class),
            jarOf(org.securevote.tools.crypto.Group.class),
            jarOf(org.apache.commons.csv.CSVFormat.class),
            jarOf(org.apache.commons.io.IOUtils.class),
            jarOf(org.apache.commons.codec.binary.Hex.class))
        .addAsResource("it/persistence.xml", "META-INF/persistence.xml")
        // The business texts refusals carry (platform.Text), in both languages.
        .addAsResource("org/securevote/platform/texts.properties")
        .addAsResource("org/securevote/platform/texts_fr.properties")
        .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
        .addAsWebInfResource(callers(token), "ejb-jar.xml")
        .addAsWebInfResource(principals(token), "glassfish-ejb-jar.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  /** Which caller bean runs as whom, in which role. */
  private static final Map<Class<?>, String[]> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put(Callers.AsAdmin.class, new String[] {"ADMIN", "it-admin@example.org"});
    CALLERS.put(Callers.AsAuditor.class, new String[] {"AUDITOR", "it-auditor@example.org"});
    for (int i = 1; i <= 5; i++) {
      Class<?> type =
          switch (i) {
            case 1 -> Callers.AsVoter1.class;
            case 2 -> Callers.AsVoter2.class;
            case 3 -> Callers.AsVoter3.class;
            case 4 -> Callers.AsVoter4.class;
            default -> Callers.AsVoter5.class;
          };
      CALLERS.put(type, new String[] {"VOTER", Fixtures.VOTERS.get(i - 1)});
    }
    CALLERS.put(Callers.AsTrustee1.class, new String[] {"TRUSTEE", Callers.TRUSTEES.get(0)});
    CALLERS.put(Callers.AsTrustee2.class, new String[] {"TRUSTEE", Callers.TRUSTEES.get(1)});
    CALLERS.put(Callers.AsTrustee3.class, new String[] {"TRUSTEE", Callers.TRUSTEES.get(2)});
  }

  private static String beanName(Class<?> type, String deployment) {
    return type.getSimpleName() + "-" + deployment;
  }

  private static StringAsset callers(String deployment) {
    StringBuilder beans = new StringBuilder();
    StringBuilder permissions = new StringBuilder();
    CALLERS.forEach(
        (type, roleAndPrincipal) -> {
          String name = beanName(type, deployment);
          beans.append(
              """
                <session>
                  <ejb-name>%s</ejb-name>
                  <local-bean/>
                  <ejb-class>%s</ejb-class>
                  <session-type>Stateless</session-type>
                  <security-identity><run-as><role-name>%s</role-name></run-as></security-identity>
                </session>
              """
                  .formatted(name, type.getName(), roleAndPrincipal[0]));
          permissions.append(
              """
                <method-permission><unchecked/>
                  <method><ejb-name>%s</ejb-name><method-name>*</method-name></method>
                </method-permission>
              """
                  .formatted(name));
        });
    return new StringAsset(
        """
        <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
          <enterprise-beans>
        %s  </enterprise-beans>
          <assembly-descriptor>
            <security-role><role-name>ADMIN</role-name></security-role>
            <security-role><role-name>VOTER</role-name></security-role>
            <security-role><role-name>AUDITOR</role-name></security-role>
            <security-role><role-name>TRUSTEE</role-name></security-role>
        %s  </assembly-descriptor>
        </ejb-jar>
        """
            .formatted(beans, permissions));
  }

  private static StringAsset principals(String deployment) {
    StringBuilder beans = new StringBuilder();
    CALLERS.forEach(
        (type, roleAndPrincipal) ->
            beans.append(
                "    <ejb><ejb-name>%s</ejb-name><principal><name>%s</name></principal></ejb>\n"
                    .formatted(beanName(type, deployment), roleAndPrincipal[1])));
    return new StringAsset(
        """
        <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN" "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
        <glassfish-ejb-jar>
          <enterprise-beans>
        %s  </enterprise-beans>
        </glassfish-ejb-jar>
        """
            .formatted(beans));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
