package org.securevote.trustee.boundary;

import static org.securevote.account.entity.Role.Names.TRUSTEE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.securevote.account.entity.Account;
import org.securevote.audit.control.Audited;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.DisplayText;
import org.securevote.platform.Text;
import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.FormatRefusal;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.ShareFile;
import org.securevote.trustee.control.CeremonyLedger;
import org.securevote.trustee.control.UploadedFiles;
import org.securevote.trustee.entity.CeremonyShare;
import org.securevote.trustee.entity.Trustee;

/**
 * A trustee's side of an election's key ceremony: the files the trustees' tool reads and writes
 * pass through here, each checked with the tool's own code before it is kept. The server never sees
 * a secret: shares arrive sealed to their receiver. Every step is audited; from scheduling on
 * nothing changes. A caller sees only the elections it is a trustee of.
 */
@Stateless
@RolesAllowed(TRUSTEE)
public class KeyCeremony {
  /** The largest file a trustee uploads (a public file of k = 20 is about 5 KiB). */
  public static final int MAX_FILE_BYTES = UploadedFiles.MAX_BYTES;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CeremonyLedger ledger;
  @Inject CeremonyStandings standings;

  /** The elections the caller is a trustee of, with where each ceremony stands. */
  public List<TrusteeSeatView> myElections() {
    List<TrusteeSeatView> seats = new ArrayList<>();
    for (Trustee t :
        em.createNamedQuery(Trustee.OF_ACCOUNT, Trustee.class)
            .setParameter("account", caller().id())
            .getResultList()) {
      Election election = em.find(Election.class, t.electionId());
      seats.add(
          new TrusteeSeatView(
              t.electionId(),
              election.title(),
              election.status().name().toLowerCase(java.util.Locale.ROOT),
              t.index(),
              standings.of(election)));
    }
    return seats;
  }

  /** The ceremony of one of the caller's elections; {@link #myIndex} says which trustee it is. */
  public CeremonyStanding ceremony(@NotNull ElectionId id) {
    return standings.of(seat(id, false).election());
  }

  public int myIndex(@NotNull ElectionId id) {
    return seat(id, false).trustee().index();
  }

  /** CEREMONY.json for the caller, which {@code trustee keygen --ceremony} reads. */
  public CeremonyFile ceremonyFile(@NotNull ElectionId id) {
    Seat seat = seat(id, false);
    Ceremony ceremony = CeremonyLedger.ceremony(seat.election());
    return new CeremonyFile(
        "CEREMONY.json",
        JsonFiles.text(
            ceremony
                .sizes()
                .add("electionId", ceremony.electionId())
                .add("trustee", seat.trustee().index())
                .build()));
  }

  /**
   * Keeps the caller's trustee-i.public.json once it holds: the tool's format, this election, the
   * caller's own number, this k of n, and every proof. Published once per ceremony.
   */
  @Audited("ceremony.public-file")
  public CeremonyStep publish(@NotNull ElectionId id, @NotNull String publicFile) {
    Seat seat = seat(id, true);
    Trustee me = seat.trustee();
    if (me.publicFile().isPresent()) {
      throw CeremonyRefused.conflict(Text.of("ceremony.publishedAlready"));
    }
    PublicFile file;
    try {
      file =
          UploadedFiles.publicFile(
              publicFile, CeremonyLedger.ceremony(seat.election()), me.index());
    } catch (FormatRefusal e) {
      throw CeremonyRefused.fileRefused(e.getMessage());
    }
    me.publish(JsonFiles.text(file.toJson()));
    return step(seat, Text.of("trustee.step.published", me.index()), false);
  }

  /** trustee-i.public.json, once every trustee has published (all of them, or none). */
  public CeremonyFile publicFile(@NotNull ElectionId id, int trustee) {
    Seat seat = seat(id, false);
    allPublished(seat);
    return ledger.trustees(id.value()).stream()
        .filter(t -> t.index() == trustee)
        .findFirst()
        .map(t -> new CeremonyFile(PublicFile.name(trustee), t.publicFile().orElseThrow()))
        .orElseThrow(() -> CeremonyRefused.invalid(Text.of("ceremony.noSuchTrustee", trustee)));
  }

  /** The fingerprint of every public file, which the trustees compare out of band. */
  public CeremonyFingerprint fingerprint(@NotNull ElectionId id) {
    Seat seat = seat(id, false);
    return ledger.fingerprint(seat.election()).orElseThrow(() -> notAllPublished());
  }

  /**
   * Keeps share-i-to-j.json from the caller (trustee i) for trustee j. A share already sent is
   * replaced only when j complained about it.
   */
  @Audited("ceremony.share")
  public CeremonyStep sendShare(@NotNull ElectionId id, @NotNull String shareFile) {
    Seat seat = seat(id, true);
    allPublished(seat);
    int me = seat.trustee().index();
    SealedShare share;
    try {
      share = UploadedFiles.share(shareFile, id.value());
    } catch (FormatRefusal e) {
      throw CeremonyRefused.fileRefused(e.getMessage());
    }
    String name = ShareFile.name(share.from(), share.to());
    if (share.from() != me) {
      throw CeremonyRefused.invalid(Text.of("ceremony.notYourShare", name, share.from(), me));
    }
    int n = seat.election().trusteeCount().orElseThrow();
    if (share.to() < 1 || share.to() > n || share.to() == me) {
      throw CeremonyRefused.invalid(Text.of("ceremony.notAnotherTrustee", name, share.to()));
    }
    Trustee receiver =
        ledger.trustees(id.value()).stream()
            .filter(t -> t.index() == share.to())
            .findFirst()
            .orElseThrow();
    CeremonyShare sent =
        em.find(CeremonyShare.class, new CeremonyShare.Key(id.value(), me, share.to()));
    if (sent != null) {
      if (receiver.accused().orElse(0) != me) {
        throw CeremonyRefused.conflict(Text.of("ceremony.shareSentAlready", share.to()));
      }
      em.remove(sent);
      em.flush();
      receiver.withdrawComplaint(); // it checks the new share
    }
    em.persist(
        new CeremonyShare(
            id.value(), me, share.to(), JsonFiles.text(ShareFile.toJson(id.value(), share))));
    return step(seat, Text.of("trustee.step.shareSent", me, share.to()), false);
  }

  /** Every share-j-to-i.json for the caller (trustee i), once all n-1 are in. */
  public List<CeremonyFile> sharesForMe(@NotNull ElectionId id) {
    Seat seat = seat(id, false);
    allPublished(seat);
    List<CeremonyFile> files = received(seat);
    if (files.size() != seat.election().trusteeCount().orElseThrow() - 1) {
      throw CeremonyRefused.conflict(
          Text.of(
              "ceremony.sharesMissing",
              files.size(),
              seat.election().trusteeCount().orElseThrow() - 1));
    }
    return files;
  }

  /**
   * The caller's tool received every share and found it good ({@code trustee receive} succeeded).
   * Once every trustee confirmed, the election adopts the key computed from the public files.
   */
  @Audited("ceremony.confirm")
  public CeremonyStep confirm(@NotNull ElectionId id) {
    Seat seat = seat(id, true);
    notComplete(seat);
    sharesForMe(id);
    seat.trustee().confirm();
    em.flush();
    boolean complete = ledger.completeIfConfirmed(seat.election());
    return step(seat, Text.of("trustee.step.confirmed", seat.trustee().index()), complete);
  }

  /**
   * The share from trustee {@code accused} failed the caller's check ({@code trustee receive} named
   * it). The ceremony cannot complete until that trustee sends a good share, or the election office
   * restarts the ceremony.
   */
  @Audited("ceremony.complain")
  public CeremonyStep complain(
      @NotNull ElectionId id,
      int accused,
      @Size(max = 2000, message = "{ceremony.complaintTooLong}")
          @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{election.bidiRefused}")
          String why) {
    Seat seat = seat(id, true);
    notComplete(seat);
    int me = seat.trustee().index();
    if (em.find(CeremonyShare.class, new CeremonyShare.Key(id.value(), accused, me)) == null) {
      throw CeremonyRefused.invalid(Text.of("ceremony.nothingToComplainAbout", accused));
    }
    String reason = why == null ? "" : why.strip(); // none given: TrusteeStanding says so
    seat.trustee().complain(accused, reason);
    return step(seat, Text.of("trustee.step.complained", me, accused), false);
  }

  private List<CeremonyFile> received(Seat seat) {
    int me = seat.trustee().index();
    return em.createNamedQuery(CeremonyShare.TO, CeremonyShare.class)
        .setParameter("election", seat.election().id().value())
        .setParameter("to", me)
        .getResultStream()
        .map(s -> new CeremonyFile(ShareFile.name(s.from(), me), s.shareFile()))
        .toList();
  }

  private void allPublished(Seat seat) {
    if (ledger.publicFiles(seat.election()).isEmpty()) {
      throw notAllPublished();
    }
  }

  private static CeremonyRefused notAllPublished() {
    return CeremonyRefused.conflict(Text.of("ceremony.notAllPublished"));
  }

  private static void notComplete(Seat seat) {
    if (seat.election().publicKey().isPresent()) {
      throw CeremonyRefused.conflict(Text.of("ceremony.completeAlready"));
    }
  }

  private CeremonyStep step(Seat seat, Text did, boolean complete) {
    return new CeremonyStep(seat.election().id().value(), did, complete);
  }

  private record Seat(Election election, Trustee trustee) {}

  /**
   * The caller's seat in the election; for a change, the election locked (steps of one ceremony
   * happen one after another, so the last confirmation sees all the others) and still a draft.
   */
  private Seat seat(ElectionId id, boolean changing) {
    Election election =
        changing
            ? em.find(Election.class, id.value(), LockModeType.PESSIMISTIC_WRITE)
            : em.find(Election.class, id.value());
    if (election == null) {
      throw CeremonyRefused.notYours();
    }
    long account = caller().id();
    Trustee trustee =
        ledger.trustees(id.value()).stream()
            .filter(t -> t.accountId() == account)
            .findFirst()
            .orElseThrow(CeremonyRefused::notYours);
    if (changing && election.status() != ElectionStatus.DRAFT) {
      throw CeremonyRefused.conflict(Text.of("ceremony.over"));
    }
    return new Seat(election, trustee);
  }

  private Account caller() {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", session.getCallerPrincipal().getName())
        .getResultStream()
        .filter(Account::active)
        .findFirst()
        .orElseThrow(CeremonyRefused::notYours);
  }
}
