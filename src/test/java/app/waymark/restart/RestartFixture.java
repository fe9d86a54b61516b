package app.waymark.restart;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Participants and activities for tests, with National Insurance numbers no demo participant has (prefix JT). */
final class RestartFixture {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000) + 100_000);

    static String nino() {
        return "JT" + String.format("%06d", NEXT.incrementAndGet() % 1_000_000) + "A";
    }

    static ParticipantDetails participant(String givenNames, UUID workCoachId) {
        return new ParticipantDetails(givenNames, "Testperson", LocalDate.of(1985, 4, 12), nino(), Benefit.UC,
                LocalDate.of(2026, 11, 2), givenNames.toLowerCase() + "@participant.example", null, "1 Test Row",
                "LS1 1AA", workCoachId, LocalDate.of(2026, 11, 9), null);
    }

    static ActivityPlan activity(String title, boolean mandatory) {
        return new ActivityPlan(title, "Attend and bring your CV", LocalDate.of(2026, 12, 1), null, mandatory);
    }

    private RestartFixture() {
    }
}
