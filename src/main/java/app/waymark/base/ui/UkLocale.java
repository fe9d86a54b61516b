package app.waymark.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every page in UK English, whatever the browser says: dates as 23/11/2026 in date pickers, Monday first. The
 * translations are UK English only.
 */
@Component
class UkLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(Locale.UK));
    }
}
