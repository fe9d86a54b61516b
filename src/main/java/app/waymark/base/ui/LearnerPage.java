package app.waymark.base.ui;

import app.waymark.branding.Branding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The learner-facing page shell (no staff layout) of the destination survey and the learner portal: the provider's
 * header (logo or name on the provider's colour, or Waymark's look when the provider is not known), one column sized
 * for a phone, and GOV.UK-style parts (back link, heading that takes focus, error summary).
 */
public abstract class LearnerPage extends Div implements HasDynamicTitle {

    /** A problem in the error summary: its text, and what following it does (focus a field, go to a page). */
    public record Problem(String text, Runnable follow) {
    }

    private final Header header = new Header();
    protected final Main body = new Main();
    private String title = "";
    private String providerName;

    protected LearnerPage() {
        addClassName("wm-survey");
        header.addClassNames("wm-learner-header", "wm-survey-header");
        body.addClassName("wm-survey-body");
        body.setId("survey-main");
        add(header, body);
        brand(null);
    }

    /** The page's main region, below the provider's header. */
    public Main body() {
        return body;
    }

    /** Shows the provider's look; null = not known (Waymark's default look, Waymark's name). */
    protected void brand(Branding branding) {
        header.removeAll();
        String colour = branding == null ? Branding.DEFAULT_COLOUR : branding.primaryColour();
        providerName = branding == null ? null : branding.displayName();
        getStyle().set("--wm-brand-color", colour).set("--lumo-primary-color", colour)
                .set("--lumo-primary-text-color", colour);
        header.getStyle().set("background", colour);
        if (branding != null && branding.hasLogo()) {
            byte[] png = branding.logoPng();
            Image logo = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), "logo.png", "image/png", png.length)),
                    getTranslation("branding.logo.alt", branding.displayName()));
            logo.addClassName("wm-learner-logo");
            logo.setId("survey-logo");
            header.add(logo);
        } else {
            Span name = new Span(branding == null ? getTranslation("app.name") : branding.displayName());
            name.addClassName("wm-learner-name");
            name.setId("survey-provider");
            header.add(name);
        }
    }

    /** Adds something at the end of the provider's header (the portal's Sign out); brand() clears it. */
    protected void headerAction(Component action) {
        header.add(action);
    }

    /** The provider's name for the text, or a neutral phrase when it is not known. */
    public String providerName() {
        return providerName == null ? getTranslation("survey.provider.unknown") : providerName;
    }

    /** Starts a new page: clears the body, adds the back link (if any) and the heading, which takes focus. */
    public H1 page(String heading, Runnable back) {
        body.removeAll();
        if (back != null) {
            NativeButton backLink = new NativeButton(getTranslation("survey.back"), event -> back.run());
            backLink.addClassName("wm-survey-back");
            backLink.setId("survey-back");
            body.add(backLink);
        }
        H1 h1 = new H1(heading);
        h1.setId("survey-heading");
        h1.addClassName("wm-survey-heading");
        h1.getElement().setAttribute("tabindex", "-1");
        body.add(h1);
        title = heading;
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        h1.getElement().executeJs("this.focus({preventScroll: false})");
        return h1;
    }

    public Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("wm-survey-text");
        body.add(paragraph);
        return paragraph;
    }

    /** The GOV.UK error summary: "There is a problem" and a link for each problem; it takes focus. */
    protected Div errorSummary(List<Problem> problems) {
        Div summary = new Div();
        summary.setId("error-summary");
        summary.addClassName("wm-survey-error-summary");
        summary.getElement().setAttribute("role", "alert");
        summary.getElement().setAttribute("tabindex", "-1");
        summary.add(new H2(getTranslation("survey.error.summary")));
        UnorderedList list = new UnorderedList();
        for (Problem problem : problems) {
            NativeButton link = new NativeButton(problem.text(), event -> problem.follow().run());
            link.addClassName("wm-survey-error-link");
            list.add(new ListItem(link));
        }
        summary.add(list);
        summary.getElement().executeJs("this.focus()");
        return summary;
    }

    protected static Runnable focus(Component field) {
        return () -> {
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            } else {
                field.getElement().executeJs("const f = this.querySelector('input, [tabindex]'); (f || this).focus()");
            }
        };
    }

    @Override
    public String getPageTitle() {
        String suffix = providerName == null ? getTranslation("app.name") : providerName;
        return title.isEmpty() ? suffix : title + " - " + suffix;
    }
}
