package app.waymark.security.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Keeps a user who signed in with a temporary password on the change-password page until they change it. */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent serviceEvent) {
        serviceEvent.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(event -> {
            boolean mustChange = CurrentActor.get().map(Actor::mustChangePassword).orElse(false);
            Class<?> target = event.getNavigationTarget();
            if (mustChange && target != ChangePasswordView.class && target != LoginView.class) {
                event.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
