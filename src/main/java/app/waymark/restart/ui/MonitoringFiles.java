package app.waymark.restart.ui;

import app.waymark.restart.Download;
import app.waymark.restart.MonitoringTrackers;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.UUID;

/**
 * An attached file served as the tracker page serves a tracker's evidence: a download handler registered with the
 * person's own UI, which asks the service for the file at the time of the download, so the service's VIEW rule and
 * its provider scoping decide. The file name makes the response {@code Content-Disposition: attachment}; nothing is
 * shown inline. A file the service does not give (another provider's, or gone) answers 404 with no content.
 */
final class MonitoringFiles {

    static final int NOT_FOUND = 404;
    static final int FORBIDDEN = 403;

    static DownloadHandler download(MonitoringTrackers trackers, UUID fileId) {
        return event -> {
            Optional<Download> file;
            try {
                file = trackers.download(fileId);
            } catch (AccessDeniedException e) {
                event.getResponse().setStatus(FORBIDDEN);
                return;
            }
            if (file.isEmpty()) {
                event.getResponse().setStatus(NOT_FOUND);
                return;
            }
            event.setFileName(file.get().fileName());
            event.setContentType(file.get().contentType());
            event.setContentLength(file.get().content().length);
            event.getOutputStream().write(file.get().content());
        };
    }

    private MonitoringFiles() {
    }
}
