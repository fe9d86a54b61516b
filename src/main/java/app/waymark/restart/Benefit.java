package app.waymark.restart;

/** The participant's benefit, which decides DWP's compliance-doubt form. */
public enum Benefit {
    UC("Universal Credit", "UCD603"),
    JSA("Jobseeker's Allowance", "JSA603");

    private final String label;
    private final String formName;

    Benefit(String label, String formName) {
        this.label = label;
        this.formName = formName;
    }

    public String label() {
        return label;
    }

    /** DWP's form for a compliance doubt about someone on this benefit. */
    public String formName() {
        return formName;
    }
}
