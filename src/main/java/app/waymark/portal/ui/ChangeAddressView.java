package app.waymark.portal.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.branding.BrandingService;
import app.waymark.learner.LearnerRecordChanges;
import app.waymark.learner.RecordChange;
import app.waymark.learner.UkPostcodes;
import app.waymark.portal.LearnerSessions;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Request a change of address: the new address (UK postcode checked), check your answers, sent. */
@Route(value = "me/:provider/change/address", autoLayout = false)
@AnonymousAllowed
class ChangeAddressView extends RequestPage {

    /** The ILR's limit for an address line. */
    static final int MAX_LINE = 50;

    private RecordChange.AddressChange address;

    ChangeAddressView(TenantService tenants, BrandingService brandings, LearnerSessions sessions,
                      LearnerRequests requests, LearnerRecordChanges changes) {
        super(tenants, brandings, sessions, requests, changes);
    }

    @Override
    protected TrackerType type() {
        return TrackerType.CHANGE_OF_ADDRESS;
    }

    @Override
    protected void showStep(String step) {
        if (step.equals("check") && address != null) {
            showCheck();
        } else {
            showAddress(List.of());
        }
    }

    private void showAddress(List<InvalidInputException> problems) {
        step("address", getTranslation("portal.address.title"), backToAboutYou());
        earlierRequestNotice();
        String current = currentAddress();
        if (current != null) {
            inset("current-address", getTranslation("portal.address.current", current));
        }
        TextField line1 = textField("addLine1", getTranslation("portal.address.line1"), null,
                Autocomplete.ADDRESS_LINE1, MAX_LINE);
        TextField line2 = textField("addLine2", getTranslation("portal.address.line2"), null,
                Autocomplete.ADDRESS_LINE2, MAX_LINE);
        TextField line3 = textField("addLine3", getTranslation("portal.address.line3"), null,
                Autocomplete.ADDRESS_LEVEL2, MAX_LINE);
        TextField line4 = textField("addLine4", getTranslation("portal.address.line4"), null, null, MAX_LINE);
        TextField postcode = textField("postcode", getTranslation("portal.address.postcode"), null,
                Autocomplete.POSTAL_CODE, 8);
        postcode.addClassName("wm-portal-short");
        if (address != null) {
            line1.setValue(Objects.requireNonNullElse(address.addLine1(), ""));
            line2.setValue(Objects.requireNonNullElse(address.addLine2(), ""));
            line3.setValue(Objects.requireNonNullElse(address.addLine3(), ""));
            line4.setValue(Objects.requireNonNullElse(address.addLine4(), ""));
            postcode.setValue(Objects.requireNonNullElse(address.postcode(), ""));
        }
        Map<String, TextField> fields = Map.of("addLine1", line1, "addLine2", line2, "addLine3", line3,
                "addLine4", line4, "postcode", postcode);
        body.add(line1, line2, line3, line4, postcode);
        Button next = primary(getTranslation("portal.request.continue"), "continue");
        next.addClickListener(event -> {
            RecordChange.AddressChange given = new RecordChange.AddressChange(line1.getValue(), line2.getValue(),
                    line3.getValue(), line4.getValue(), postcode.getValue());
            List<InvalidInputException> found = problems(given);
            if (found.isEmpty()) {
                address = changes.normalised(given);
                showCheck();
            } else {
                showFieldProblems(found, fields, "addLine1");
            }
        });
        body.add(next);
        if (!problems.isEmpty()) {
            showFieldProblems(problems, fields, "addLine1");
        }
    }

    /** Every problem with the address at once (the learner module's check stops at the first). */
    private List<InvalidInputException> problems(RecordChange.AddressChange given) {
        List<InvalidInputException> problems = new ArrayList<>();
        if (blankToNull(given.addLine1()) == null) {
            problems.add(new InvalidInputException("addLine1", getTranslation("portal.address.line1.missing")));
        }
        List<String> lines = Stream.of(given.addLine1(), given.addLine2(), given.addLine3(), given.addLine4())
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null && lines.get(i).strip().length() > MAX_LINE) {
                problems.add(new InvalidInputException("addLine" + (i + 1),
                        getTranslation("portal.address.line.too-long", i + 1, MAX_LINE)));
            }
        }
        if (blankToNull(given.postcode()) == null) {
            problems.add(new InvalidInputException("postcode", getTranslation("portal.address.postcode.missing")));
        } else if (UkPostcodes.normalised(given.postcode()).isEmpty()) {
            problems.add(new InvalidInputException("postcode", getTranslation("portal.address.postcode.invalid")));
        }
        if (problems.isEmpty()) {
            try {
                RecordChange.AddressChange normalised = changes.normalised(given);
                if (sameAsNow(normalised)) {
                    problems.add(new InvalidInputException("addLine1", getTranslation("portal.address.unchanged")));
                }
            } catch (InvalidInputException refusal) {
                problems.add(refusal);
            }
        }
        return problems;
    }

    private void showCheck() {
        Div summary = summaryList();
        row(summary, "address", getTranslation("portal.address.check.address"), lines(address).stream()
                .collect(Collectors.joining("\n")), () -> showAddress(List.of()));
        checkAnswers(() -> showAddress(List.of()), summary, () -> send(address, null));
    }

    @Override
    protected void refused(InvalidInputException refusal) {
        showAddress(List.of(refusal));
    }

    private Map<String, String> now() {
        return inProvider(() -> changes.touched(learner().learnerId(),
                new RecordChange.AddressChange(null, null, null, null, null)));
    }

    private String currentAddress() {
        List<String> lines = now().values().stream().filter(Objects::nonNull).toList();
        return lines.isEmpty() ? null : String.join(", ", lines);
    }

    private boolean sameAsNow(RecordChange.AddressChange normalised) {
        Map<String, String> now = now();
        return Objects.equals(now.get("AddLine1"), normalised.addLine1())
                && Objects.equals(now.get("AddLine2"), normalised.addLine2())
                && Objects.equals(now.get("AddLine3"), normalised.addLine3())
                && Objects.equals(now.get("AddLine4"), normalised.addLine4())
                && Objects.equals(now.get("Postcode"), normalised.postcode());
    }

    private static List<String> lines(RecordChange.AddressChange address) {
        return Stream.of(address.addLine1(), address.addLine2(), address.addLine3(), address.addLine4(),
                address.postcode()).filter(Objects::nonNull).toList();
    }
}
