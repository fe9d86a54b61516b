package app.waymark.restart;

/** The benefit a Restart participant is referred from; it decides DWP's compliance doubt form. */
public enum Benefit {
    UC("UCD603"),
    JSA("JSA603");

    private final String formName;

    Benefit(String formName) {
        this.formName = formName;
    }

    /** The DWP form for raising a compliance doubt: UCD603 for Universal Credit, JSA603 for Jobseeker's Allowance. */
    public String formName() {
        return formName;
    }
}
