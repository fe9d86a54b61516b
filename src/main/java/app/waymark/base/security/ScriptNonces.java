package app.waymark.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Puts this response's nonce (see {@link SecurityHeaders}) on every script of Vaadin's page, its few inline bootstrap
 * scripts included; Vaadin's client passes it on to the scripts it adds later. A script injected without the nonce
 * does not run.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE_ATTRIBUTE) instanceof String nonce) {
                response.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
