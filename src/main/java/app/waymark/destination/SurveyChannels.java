package app.waymark.destination;

/** Which channels a provider sends surveys on. */
public enum SurveyChannels {
    EMAIL, SMS, BOTH;

    boolean email() {
        return this != SMS;
    }

    boolean sms() {
        return this != EMAIL;
    }
}
