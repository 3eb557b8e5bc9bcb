package id.slrt.referral.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.organisation.Organisation.UnitView;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.organisation.UnitKind;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.security.UserAccount;
import id.slrt.core.security.UserDirectory;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.referral.api.ChangeLetterSettings;
import id.slrt.referral.api.LetterDecision;
import id.slrt.referral.api.LetterDetails;
import id.slrt.referral.api.LetterDocument;
import id.slrt.referral.api.LetterNote;
import id.slrt.referral.api.LetterService;
import id.slrt.referral.api.LetterSettingsDetails;
import id.slrt.referral.api.LetterVerification;
import id.slrt.referral.api.NameSignatory;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
import id.slrt.referral.api.SignatoryDetails;
import id.slrt.referral.domain.model.letter.LetterSettings;
import id.slrt.referral.domain.model.letter.LetterStatus;
import id.slrt.referral.domain.model.letter.ReferralLetter;
import id.slrt.referral.domain.model.letter.Signatory;
import id.slrt.referral.domain.model.referral.Referral;
import id.slrt.referral.domain.model.referral.ReferralStatus;
import id.slrt.referral.infrastructure.LetterPdf;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Referral letters. Who may see a letter is who may see its referral ({@link ReferralService#get},
 * which also writes the read to the audit trail); the letter itself only ever shows what the agency
 * addressed may see. A first print issues the letter under a lock of its referral, so two prints at
 * the same moment give one number; the number comes from the year's counter in the same
 * transaction, so the numbers have no gaps.
 */
@Stateless
public class DefaultLetterService implements LetterService {
  /** The settings are one record per district, with this id (what their ETag names). */
  public static final long SETTINGS_ID = 1;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  @Inject @TenantDb EntityManager em;
  @Inject ReferralService referrals;
  @Inject OrganisationService organisation;
  @Inject UserDirectory users;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy access;
  @Inject TenantContext tenants;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH
  })
  public LetterDetails letter(long referralId) {
    ReferralDetails referral = referrals.get(referralId);
    return details(referral, em.find(ReferralLetter.class, referralId), settings(false));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH
  })
  @Audited("referral.letter.print")
  public LetterDocument print(long referralId, String verifyBase) {
    ReferralDetails referral = referrals.get(referralId);
    LetterSettings settings = settings(false);
    ReferralLetter letter = em.find(ReferralLetter.class, referralId);
    if (letter == null || !letter.isIssued()) {
      if (settings.approvalRequired()) {
        throw new ConflictException(
            letter == null ? "letter.recommendationRequired" : "letter.decisionRequired");
      }
      lockReferral(referralId);
      letter = em.find(ReferralLetter.class, referralId);
      if (letter == null || !letter.isIssued()) {
        requireOpen(referral);
        Signer signer = signer(currentUser.get().map(u -> u.unitCode()).orElse(null));
        if (letter == null) {
          letter = ReferralLetter.issued(referralId, signer.unitCode(), issue(settings, signer));
          em.persist(letter);
        } else {
          // recommended or refused while the district asked for a decision; it no longer does
          letter.issueWithoutDecision(issue(settings, signer));
        }
        em.flush();
      }
    }
    String url =
        verifyBase
            + "?d="
            + URLEncoder.encode(tenants.require().slug(), StandardCharsets.UTF_8)
            + "&k="
            + letter.verifyKey();
    byte[] pdf = LetterPdf.render(content(settings, letter, referral, url));
    return new LetterDocument(
        "surat-rujukan-" + letter.number().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf", pdf);
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH
  })
  @Audited("referral.letter.recommend")
  public LetterDetails recommend(long referralId, LetterNote note) {
    ReferralDetails referral = referrals.get(referralId);
    LetterSettings settings = settings(false);
    if (!settings.approvalRequired()) {
      throw new ConflictException("letter.noDecisionStep");
    }
    String text = Input.clean(note == null ? null : note.note());
    lockReferral(referralId);
    ReferralLetter letter = em.find(ReferralLetter.class, referralId);
    if (letter != null && letter.isIssued()) {
      throw new ConflictException("letter.alreadyIssued");
    }
    requireOpen(referral);
    Signer signer = signer(currentUser.get().map(u -> u.unitCode()).orElse(null));
    Instant now = clock.instant();
    if (letter == null) {
      letter =
          ReferralLetter.recommended(
              referralId, signer.unitCode(), text, now, currentUser.username());
      em.persist(letter);
    } else {
      letter.recommendAgain(signer.unitCode(), text, now, currentUser.username());
    }
    em.flush();
    return details(referral, letter, settings);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("referral.letter.decide")
  public LetterDetails decide(long referralId, LetterDecision decision) {
    ReferralDetails referral = referrals.get(referralId);
    FieldErrors errors = new FieldErrors();
    if (decision == null || decision.approve() == null) {
      errors.add("approve", "letter.approveRequired");
    }
    errors.throwIfAny();
    String note = Input.clean(decision.note());
    LetterSettings settings = settings(false);
    lockReferral(referralId);
    ReferralLetter letter = em.find(ReferralLetter.class, referralId);
    if (letter == null) {
      throw new ConflictException("letter.recommendationRequired");
    }
    Signatory signatory = em.find(Signatory.class, letter.unitCode());
    String by = currentUser.username();
    letter.checkDecider(by, signatory);
    if (decision.approve()) {
      requireOpen(referral);
      letter.approve(note, issue(settings, new Signer(letter.unitCode(), signatory)));
    } else {
      letter.refuse(note, clock.instant(), by);
    }
    em.flush();
    return details(referral, letter, settings);
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  public LetterSettingsDetails settings() {
    return settingsDetails(settings(false));
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("letter.settings")
  public LetterSettingsDetails changeSettings(
      ChangeLetterSettings change, java.util.function.LongFunction<Long> expectedVersion) {
    Long expected = expectedVersion == null ? null : expectedVersion.apply(SETTINGS_ID);
    LetterSettings settings = settings(true);
    if (expected != null && expected != settings.version()) {
      throw new PreconditionFailedException("record.stale");
    }
    ChangeLetterSettings c =
        change == null ? new ChangeLetterSettings(null, null, null, null, null, null) : change;
    FieldErrors errors = new FieldErrors();
    settings.change(
        Input.clean(c.authority()),
        Input.clean(c.office()),
        Input.clean(c.address()),
        Input.clean(c.place()),
        Input.clean(c.numberPattern()),
        Boolean.TRUE.equals(c.approvalRequired()),
        errors);
    errors.throwIfAny();
    em.flush();
    return settingsDetails(settings);
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("letter.signatory")
  public SignatoryDetails nameSignatory(String unitCode, NameSignatory request) {
    UnitView unit =
        organisation
            .findUnitView(Input.clean(unitCode))
            .filter(
                u ->
                    UnitKind.PUSKESOS.name().equals(u.kind())
                        || UnitKind.SEKRETARIAT.name().equals(u.kind()))
            .orElseThrow(() -> new NotFoundException("letter.unitUnknown"));
    NameSignatory r = request == null ? new NameSignatory(null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    String username = Input.clean(r.username());
    if (username != null) {
      Optional<UserAccount> account = users.findByUsername(username);
      if (account.isEmpty()
          || !account.get().active()
          || !tenants.require().slug().equals(account.get().tenantSlug())) {
        errors.add("username", "letter.userUnknown", username);
      } else if (!account.get().roles().contains(Role.ADMIN_KABUPATEN)
          && !account.get().roles().contains(Role.PETUGAS_PUSKESOS)) {
        errors.add("username", "letter.userCannotSign", username);
      }
    }
    Signatory signatory =
        Optional.ofNullable(em.find(Signatory.class, unit.code()))
            .orElseGet(() -> new Signatory(unit.code()));
    signatory.name(
        username, Input.clean(r.name()), Input.clean(r.title()), Input.clean(r.nip()), errors);
    errors.throwIfAny();
    if (!em.contains(signatory)) {
      em.persist(signatory);
    }
    em.flush();
    return signatoryDetails(signatory, unit.name());
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("letter.signatory.remove")
  public void removeSignatory(String unitCode) {
    Signatory signatory = em.find(Signatory.class, String.valueOf(Input.clean(unitCode)));
    if (signatory == null) {
      throw new NotFoundException("letter.signatoryUnknown");
    }
    em.remove(signatory);
  }

  @Override
  @PermitAll
  public Optional<LetterVerification> verify(String key) {
    String k = key == null ? null : key.strip();
    if (k == null || !k.matches("[a-z2-7]{26}")) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT l FROM ReferralLetter l WHERE l.verifyKey = :k AND l.status = :issued",
            ReferralLetter.class)
        .setParameter("k", k)
        .setParameter("issued", LetterStatus.TERBIT)
        .getResultStream()
        .findFirst()
        .map(
            l ->
                new LetterVerification(
                    l.number(),
                    l.issuedOn(),
                    em.find(Referral.class, l.referralId()).status().name()));
  }

  /** The unit whose signatory signs, and that signatory. */
  private record Signer(String unitCode, Signatory signatory) {}

  /**
   * The signatory of the caller's unit, or else the secretariat's (the head of the division).
   *
   * @throws ConflictException when neither is named
   */
  private Signer signer(String unitCode) {
    return findSigner(unitCode).orElseThrow(() -> new ConflictException("letter.noSignatory"));
  }

  private Optional<Signer> findSigner(String unitCode) {
    if (unitCode != null) {
      Signatory own = em.find(Signatory.class, unitCode);
      if (own != null) {
        return Optional.of(new Signer(unitCode, own));
      }
    }
    return organisation.units().stream()
        .filter(u -> UnitKind.SEKRETARIAT.name().equals(u.kind()) && u.active())
        .map(u -> Optional.ofNullable(em.find(Signatory.class, u.code())))
        .flatMap(Optional::stream)
        .findFirst()
        .map(s -> new Signer(s.unitCode(), s));
  }

  /** The next number of this year, taken under the counter's lock in this transaction. */
  private ReferralLetter.Issue issue(LetterSettings settings, Signer signer) {
    LocalDate today = districtTime.today();
    int year = today.getYear();
    em.createNativeQuery(
            "INSERT INTO letter_counter (letter_year, last_no) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE last_no = last_no + 1")
        .setParameter(1, year)
        .executeUpdate();
    int seq =
        ((Number)
                em.createNativeQuery("SELECT last_no FROM letter_counter WHERE letter_year = ?")
                    .setParameter(1, year)
                    .getSingleResult())
            .intValue();
    return new ReferralLetter.Issue(
        settings.numbering().format(seq, today),
        year,
        seq,
        today,
        clock.instant(),
        currentUser.username(),
        signer.signatory(),
        newKey());
  }

  /** 128 random bits in base32: what the QR code carries, not guessable. */
  private static String newKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    StringBuilder key = new StringBuilder(26);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        key.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      key.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return key.toString();
  }

  private void lockReferral(long referralId) {
    em.find(Referral.class, referralId, LockModeType.PESSIMISTIC_WRITE);
  }

  private static void requireOpen(ReferralDetails referral) {
    ReferralStatus status = ReferralStatus.valueOf(referral.status());
    if (!ReferralStatus.open().contains(status)) {
      throw new ConflictException("letter.referralClosed", status.name());
    }
  }

  /** The saved settings, or the defaults from the district's name (saved first if asked). */
  private LetterSettings settings(boolean forChange) {
    LetterSettings saved = em.find(LetterSettings.class, 1);
    if (saved != null) {
      return saved;
    }
    LetterSettings defaults = LetterSettings.defaults(tenants.require().name());
    if (forChange) {
      em.persist(defaults);
    }
    return defaults;
  }

  private LetterDetails details(
      ReferralDetails referral, ReferralLetter letter, LetterSettings settings) {
    List<String> actions = new ArrayList<>();
    boolean open = ReferralStatus.open().contains(ReferralStatus.valueOf(referral.status()));
    boolean issued = letter != null && letter.isIssued();
    boolean signatoryMissing =
        !issued && findSigner(currentUser.get().map(u -> u.unitCode()).orElse(null)).isEmpty();
    if (access.mayCall(DefaultLetterService.class, "print")
        && (issued || (open && !settings.approvalRequired() && !signatoryMissing))) {
      actions.add("PRINT");
    }
    if (access.mayCall(DefaultLetterService.class, "recommend")
        && open
        && !signatoryMissing
        && settings.approvalRequired()
        && (letter == null || letter.status() == LetterStatus.DITOLAK)) {
      actions.add("RECOMMEND");
    }
    if (letter != null
        && open
        && access.mayCall(DefaultLetterService.class, "decide")
        && letter.mayDecide(currentUser.username(), em.find(Signatory.class, letter.unitCode()))) {
      actions.add("DECIDE");
    }
    if (letter == null) {
      return new LetterDetails(
          referral.id(),
          null,
          settings.approvalRequired(),
          signatoryMissing,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          List.copyOf(actions));
    }
    return new LetterDetails(
        referral.id(),
        letter.status().name(),
        settings.approvalRequired(),
        signatoryMissing,
        letter.number(),
        letter.issuedOn(),
        letter.signatoryName(),
        letter.signatoryTitle(),
        letter.recommendedBy(),
        letter.recommendedAt(),
        letter.recommendation(),
        letter.decidedBy(),
        letter.decidedAt(),
        letter.decisionNote(),
        letter.verifyKey(),
        List.copyOf(actions));
  }

  private LetterPdf.Content content(
      LetterSettings settings, ReferralLetter letter, ReferralDetails r, String url) {
    String agency = organisation.providerNames().getOrDefault(r.provider(), r.provider());
    return new LetterPdf.Content(
        settings.authority(),
        settings.office(),
        settings.address(),
        settings.place(),
        letter.number(),
        letter.issuedOn(),
        agency,
        r.personName(),
        r.nik(),
        r.contact() != null ? r.contact() : r.address(),
        r.phone(),
        r.serviceName(),
        r.fastTrack(),
        r.reason(),
        r.documents() == null ? List.of() : r.documents(),
        r.dueDate(),
        letter.signatoryTitle(),
        letter.signatoryName(),
        letter.signatoryNip(),
        url);
  }

  private LetterSettingsDetails settingsDetails(LetterSettings s) {
    Map<String, String> unitNames =
        organisation.units().stream()
            .collect(Collectors.toMap(UnitView::code, UnitView::name, (a, b) -> a));
    List<SignatoryDetails> signatories =
        em
            .createQuery("SELECT s FROM Signatory s ORDER BY s.unitCode", Signatory.class)
            .getResultList()
            .stream()
            .map(x -> signatoryDetails(x, unitNames.getOrDefault(x.unitCode(), x.unitCode())))
            .toList();
    return new LetterSettingsDetails(
        s.authority(),
        s.office(),
        s.address(),
        s.place(),
        s.numbering().pattern(),
        s.approvalRequired(),
        s.version(),
        signatories);
  }

  private static SignatoryDetails signatoryDetails(Signatory s, String unitName) {
    return new SignatoryDetails(s.unitCode(), unitName, s.username(), s.name(), s.title(), s.nip());
  }
}
