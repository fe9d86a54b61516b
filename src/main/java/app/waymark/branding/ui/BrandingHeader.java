package app.waymark.branding.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.StaffHeaderItem;
import app.waymark.branding.Branding;
import app.waymark.branding.BrandingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The provider's logo and display name at the start of the staff header, and the provider's colour for the whole
 * staff page.
 */
@org.springframework.stereotype.Component
class BrandingHeader implements StaffHeaderItem {

    private static final String HOLDER_ID = "header-branding";

    private final BrandingService brandings;

    BrandingHeader(BrandingService brandings) {
        this.brandings = brandings;
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public boolean showsOrganisationName() {
        return true;
    }

    @Override
    public Component create() {
        Span holder = new Span();
        holder.setId(HOLDER_ID);
        if (CurrentActor.get().map(Actor::isPlatformOperator).orElse(true)) {
            return holder;
        }
        Branding branding = brandings.current();
        fill(holder, branding);
        holder.addAttachListener(event -> event.getUI().getPage().executeJs(
                "document.documentElement.style.setProperty('--wm-brand-color', $0)", branding.primaryColour()));
        return holder;
    }

    /**
     * Shows changed branding in the header of an open page straight away (logo, name, colour), so an admin who has
     * just saved sees the result without reloading.
     */
    static void show(UI ui, Branding branding) {
        find(ui, HOLDER_ID).filter(Span.class::isInstance).map(Span.class::cast)
                .ifPresent(holder -> fill(holder, branding));
        ui.getPage().executeJs("document.documentElement.style.setProperty('--wm-brand-color', $0)",
                branding.primaryColour());
    }

    private static void fill(Span holder, Branding branding) {
        holder.removeAll();
        if (branding.hasLogo()) {
            byte[] png = branding.logoPng();
            Image logo = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), "logo.png", "image/png", png.length)),
                    holder.getTranslation("branding.logo.alt", branding.displayName()));
            logo.addClassName("wm-header-logo");
            logo.setId("header-logo");
            holder.add(logo);
        }
        Span name = new Span(branding.displayName());
        name.addClassName("wm-organisation-name");
        name.setId("organisation-name");
        holder.add(name);
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
