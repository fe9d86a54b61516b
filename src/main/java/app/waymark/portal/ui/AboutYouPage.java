package app.waymark.portal.ui;

import app.waymark.base.MobileNumbers;
import app.waymark.branding.BrandingService;
import app.waymark.learner.LearnerSelfService;
import app.waymark.learner.RecordChange;
import app.waymark.portal.LearnerSessions;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.LearnerRequests;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * About you ({@code me/<provider>/about}): the signed-in learner's name, address, email, mobile and contact
 * preferences as the provider holds them, with links to ask for a change, and the learner's requests with what became
 * of them. Shows only the learner of this browser's session: no address names a learner.
 */
@Route(value = "me/:provider/about", autoLayout = false)
@AnonymousAllowed
class AboutYouPage extends PortalPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final LearnerSelfService learners;
    private final LearnerRequests requests;

    AboutYouPage(TenantService tenants, BrandingService brandings, LearnerSessions sessions,
                 LearnerSelfService learners, LearnerRequests requests) {
        super(tenants, brandings, sessions);
        this.learners = learners;
        this.requests = requests;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        LearnerSelfService.AboutYou you = inProvider(() -> learners.aboutYou(learner().learnerId())).orElse(null);
        List<LearnerRequests.LearnerRequest> asked = inProvider(() -> requests.of(learner().learnerId()));
        page(getTranslation("portal.about.title"), null);
        if (you == null) {
            // The provider removed the learner's record since they signed in.
            text(getTranslation("portal.about.gone", providerName()));
            return;
        }
        text(getTranslation("portal.about.intro", providerName()));
        details(you);
        preferences(you);
        requests(asked);
    }

    private void details(LearnerSelfService.AboutYou you) {
        body().add(new H2(getTranslation("portal.about.details")));
        Div list = PortalParts.summaryList("details");
        String change = getTranslation("portal.about.change");
        String slug = provider().slug();
        PortalParts.row(list, "name", getTranslation("portal.about.name"),
                orNotHeld(joined(" ", you.givenNames(), you.familyName())), change, PortalRoutes.changeName(slug));
        List<String> address = new ArrayList<>(you.address());
        if (you.postcode() != null && !you.postcode().isBlank()) {
            address.add(you.postcode());
        }
        PortalParts.row(list, "address", getTranslation("portal.about.address"),
                orNotHeld(String.join("\n", address)), change, PortalRoutes.changeAddress(slug));
        PortalParts.row(list, "email", getTranslation("portal.about.email"), orNotHeld(you.email()), change,
                PortalRoutes.changeContact(slug));
        PortalParts.row(list, "mobile", getTranslation("portal.about.mobile"),
                orNotHeld(PortalParts.ukMobile(you.mobileE164())), change, PortalRoutes.changeContact(slug));
        if (you.otherPhone() != null) {
            PortalParts.row(list, "phone", getTranslation("portal.about.phone"), you.otherPhone(), null, null);
        }
        body().add(list);
    }

    private void preferences(LearnerSelfService.AboutYou you) {
        body().add(new H2(getTranslation("portal.about.preferences", providerName())));
        List<String> lines = Stream.concat(
                you.preferences().stream().map(p -> getTranslation(
                        "portal.about.preference." + p.type() + "." + p.code())),
                you.suppressions().stream().map(s -> getTranslation("portal.about.suppression." + s.channel().name(),
                        suppressionPurpose(s.purpose())))).toList();
        if (lines.isEmpty()) {
            text(getTranslation("portal.about.preferences.none", providerName())).setId("preferences");
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("preferences");
        list.addClassName("wm-portal-list");
        lines.forEach(line -> list.add(new ListItem(line)));
        body().add(list);
        if (!you.preferences().isEmpty() && you.preferencesYear() != null) {
            text(getTranslation("portal.about.preferences.year", you.preferencesYear())).addClassName("wm-survey-hint");
        }
    }

    private String suppressionPurpose(String purpose) {
        String key = "portal.about.suppression.purpose." + purpose;
        String text = getTranslation(key);
        return text.contains(key) ? getTranslation("portal.about.suppression.purpose.other") : text;
    }

    private void requests(List<LearnerRequests.LearnerRequest> asked) {
        body().add(new H2(getTranslation("portal.about.requests")));
        if (asked.isEmpty()) {
            text(getTranslation("portal.about.requests.none")).setId("requests");
            return;
        }
        Div list = new Div();
        list.setId("requests");
        list.getElement().setAttribute("role", "list");
        for (LearnerRequests.LearnerRequest request : asked) {
            Div card = new Div();
            card.addClassName("wm-portal-request");
            card.setId("request-" + request.number());
            card.getElement().setAttribute("role", "listitem");
            H3 heading = new H3(getTranslation("tracker.type." + request.type().name()));
            Span status = new Span(getTranslation("portal.about.outcome." + request.outcome().name()));
            status.addClassNames("wm-portal-status", "wm-portal-status-" + request.outcome().name()
                    .toLowerCase(Locale.ROOT).replace('_', '-'));
            card.add(heading, status);
            card.add(new Paragraph(getTranslation("portal.about.asked-for", asked(request.change()))));
            card.add(new Paragraph(getTranslation("portal.about.asked-on", day(request.requestedAt()))));
            if (request.decidedAt() != null && request.outcome() != LearnerRequests.Outcome.WAITING) {
                card.add(new Paragraph(getTranslation("portal.about.decided." + request.outcome().name(),
                        day(request.decidedAt()))));
            }
            if (request.outcome() == LearnerRequests.Outcome.NOT_ACCEPTED && request.reason() != null) {
                Paragraph reason = new Paragraph(getTranslation("portal.about.reason", request.reason()));
                reason.addClassName("wm-portal-reason");
                card.add(reason);
            }
            list.add(card);
        }
        body().add(list);
    }

    /** What the learner asked for, in a line. */
    private String asked(RecordChange change) {
        return switch (change) {
            case RecordChange.NameChange name -> joined(" ", name.givenNames(), name.familyName());
            case RecordChange.AddressChange address -> joined(", ", address.addLine1(), address.addLine2(),
                    address.addLine3(), address.addLine4(), address.postcode());
            case RecordChange.ContactDetailsChange contact -> joined(", ", contact.email(),
                    MobileNumbers.ukMobileE164(contact.telNo()).map(PortalParts::ukMobile).orElse(contact.telNo()));
            default -> "";
        };
    }

    private String orNotHeld(String value) {
        return value == null || value.isBlank() ? getTranslation("portal.about.not-held") : value;
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }

    private static String day(Instant instant) {
        return DAY.format(instant);
    }
}
