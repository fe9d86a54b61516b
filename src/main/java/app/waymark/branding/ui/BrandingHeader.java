package app.waymark.branding.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.StaffHeaderItem;
import app.waymark.branding.Branding;
import app.waymark.branding.BrandingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/**
 * The provider's logo and display name at the start of the staff header, and the provider's colour for the whole
 * staff page.
 */
@org.springframework.stereotype.Component
class BrandingHeader implements StaffHeaderItem {

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
        holder.setId("header-branding");
        if (CurrentActor.get().map(Actor::isPlatformOperator).orElse(true)) {
            return holder;
        }
        Branding branding = brandings.current();
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
        holder.addAttachListener(event -> event.getUI().getPage().executeJs(
                "document.documentElement.style.setProperty('--wm-brand-color', $0)", branding.primaryColour()));
        return holder;
    }
}
