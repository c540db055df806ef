package org.matchwise.security.sso;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.matchwise.account.Role;
import org.matchwise.school.persistence.SchoolEntity;
import org.matchwise.school.persistence.SchoolRepository;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.sso.SsoViews.Problem;
import org.matchwise.security.sso.SsoViews.SaveResult;
import org.matchwise.security.sso.SsoViews.SignInButton;
import org.matchwise.security.sso.SsoViews.SsoForm;
import org.matchwise.security.sso.SsoViews.SsoSettings;
import org.matchwise.sso.persistence.SchoolSsoEntity;
import org.matchwise.sso.persistence.SchoolSsoRepository;
import org.matchwise.sso.persistence.UserIdentityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A school's single sign-on settings, read and changed by its admin, and the login view's buttons. Saving checks
 * the issuer's discovery document first, so a typo is named at once rather than at the next sign-in. Local
 * passwords go off for staff only once the admin saving it has signed in through the provider, so nobody locks the
 * office out with a provider that does not work.
 */
@Service
public class SsoSettingsService {

    private static final Logger log = LoggerFactory.getLogger(SsoSettingsService.class);
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final SchoolSsoRepository settings;
    private final SchoolRepository schools;
    private final UserIdentityRepository identities;
    private final SecretBox secrets;
    private final CurrentUser currentUser;
    private final SsoProperties properties;
    private final Clock clock;

    SsoSettingsService(SchoolSsoRepository settings, SchoolRepository schools, UserIdentityRepository identities,
            SecretBox secrets, CurrentUser currentUser, SsoProperties properties, Clock clock) {
        this.settings = settings;
        this.schools = schools;
        this.identities = identities;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** The buttons of the login view: every school with single sign-on on. Anyone may read them. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()") // the login page's buttons: names of providers, nothing secret
    public List<SignInButton> signInButtons() {
        List<SchoolSsoEntity> enabled = settings.findByEnabledTrueOrderBySchoolId();
        // the schools' names in one query, not one per button (the login page is shown to everyone)
        Map<Long, String> names = schools.findAllById(enabled.stream().map(SchoolSsoEntity::getSchoolId).toList())
                .stream().collect(Collectors.toMap(SchoolEntity::getId, SchoolEntity::getName));
        return enabled.stream()
                .map(s -> new SignInButton(SchoolClientRegistrations.registrationId(s.getSchoolId()),
                        s.getDisplayName(), names.getOrDefault(s.getSchoolId(), "")))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SsoSettings mine() {
        MatchwiseUser admin = currentUser.require();
        return view(admin, settings.findById(admin.schoolId()).orElse(null));
    }

    /**
     * Saves the admin's school's settings. {@code newSecret} blank keeps the stored secret.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SaveResult save(SsoForm form, String newSecret) {
        MatchwiseUser admin = currentUser.require();
        SchoolSsoEntity current = settings.findById(admin.schoolId()).orElse(null);
        List<Problem> problems = new ArrayList<>();
        String issuer = trim(form.issuerUri());
        String clientId = trim(form.clientId());
        String claim = trim(form.emailClaim()).isEmpty() ? "email" : trim(form.emailClaim());
        String name = trim(form.displayName());
        String domains = normaliseDomains(form.allowedDomains(), problems);
        boolean secretStored = current != null && current.getClientSecretEncrypted() != null;
        boolean newSecretGiven = newSecret != null && !newSecret.isBlank();
        if (form.enabled() || !issuer.isEmpty()) {
            validIssuer(issuer).ifPresent(key -> problems.add(new Problem("issuerUri", key, issuer)));
        }
        if (form.enabled()) {
            if (clientId.isEmpty()) {
                problems.add(new Problem("clientId", "sso.invalid.clientId", ""));
            }
            if (!secretStored && !newSecretGiven) {
                problems.add(new Problem("clientSecret", "sso.invalid.secret", ""));
            }
            if (name.isEmpty()) {
                problems.add(new Problem("displayName", "sso.invalid.displayName", ""));
            }
        }
        if (name.length() > 100) {
            problems.add(new Problem("displayName", "sso.invalid.displayName", ""));
        }
        if (!CLAIM.matcher(claim).matches()) {
            problems.add(new Problem("emailClaim", "sso.invalid.claim", claim));
        }
        if (form.passwordsOffForStaff()) {
            if (!form.enabled()) {
                problems.add(new Problem("passwordsOffForStaff", "sso.invalid.passwordsOff.disabled", ""));
            } else if (!(current != null && current.isPasswordsOffForStaff()) && !signedInThrough(admin, issuer)) {
                problems.add(new Problem("passwordsOffForStaff", "sso.invalid.passwordsOff.untried", ""));
            }
        }
        if (problems.isEmpty() && form.enabled()) {
            Optional<String> broken = SchoolClientRegistrations.checkIssuer(issuer);
            broken.ifPresent(detail -> problems.add(new Problem("issuerUri", "sso.invalid.discovery", detail)));
        }
        if (!problems.isEmpty()) {
            return new SaveResult.Invalid(problems);
        }
        SchoolSsoEntity entity = current != null ? current : new SchoolSsoEntity(admin.schoolId());
        entity.update(form.enabled(), name, issuer, clientId, newSecretGiven ? secrets.encrypt(newSecret.strip()) : null,
                claim, domains, form.jitAdvisors() ? Role.ADVISOR : null, form.passwordsOffForStaff(),
                clock.instant());
        entity = settings.saveAndFlush(entity);
        log.info("Admin {} changed the single sign-on settings of school {} (on: {}, passwords off for staff: {})",
                admin.id(), admin.schoolId(), form.enabled(), form.passwordsOffForStaff());
        return new SaveResult.Saved(view(admin, entity));
    }

    private boolean signedInThrough(MatchwiseUser admin, String issuer) {
        // the issuer as typed, and with and without its trailing slash, in one query
        return identities.existsByUserIdAndIssuerIn(admin.id(),
                List.of(issuer, stripSlash(issuer), stripSlash(issuer) + "/"));
    }

    private SsoSettings view(MatchwiseUser admin, SchoolSsoEntity s) {
        String base = baseUrl();
        String rid = SchoolClientRegistrations.registrationId(admin.schoolId());
        boolean fromProperties = properties.configured() && FirstSchoolSso.targetSchool(schools, properties)
                .map(school -> school.getId().equals(admin.schoolId())).orElse(false);
        SsoForm form = s == null
                ? new SsoForm(false, "", "", "", false, "email", "", false, false)
                : new SsoForm(s.isEnabled(), s.getDisplayName(), s.getIssuerUri(), s.getClientId(),
                        s.getClientSecretEncrypted() != null, s.getEmailClaim(), s.getAllowedDomains(),
                        s.getJitRole() == Role.ADVISOR, s.isPasswordsOffForStaff());
        boolean tried = s != null && signedInThrough(admin, s.getIssuerUri());
        return new SsoSettings(form, base + "/login/oauth2/code/" + rid, base + "/login", fromProperties, tried);
    }

    private static String baseUrl() {
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException e) {
            return "https://<your Matchwise address>";
        }
    }

    static Optional<String> validIssuer(String issuer) {
        if (issuer.isEmpty()) {
            return Optional.of("sso.invalid.issuer");
        }
        try {
            URI uri = URI.create(issuer);
            String host = uri.getHost();
            if (host == null || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.of("sso.invalid.issuer");
            }
            boolean local = host.equals("localhost") || host.equals("127.0.0.1");
            if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && local)) {
                return Optional.of("sso.invalid.issuer.https");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("sso.invalid.issuer");
        }
    }

    static String normaliseDomains(String raw, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String d : Arrays.stream(raw.split("[,\\s]+")).map(String::strip).filter(x -> !x.isEmpty()).toList()) {
            String domain = d.toLowerCase(Locale.ROOT).replaceFirst("^@", "");
            if (!DOMAIN.matcher(domain).matches()) {
                problems.add(new Problem("allowedDomains", "sso.invalid.domain", d));
            } else if (!out.contains(domain)) {
                out.add(domain);
            }
        }
        String joined = String.join(",", out);
        if (joined.length() > 1000) {
            problems.add(new Problem("allowedDomains", "sso.invalid.domains.long", ""));
        }
        return joined;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
