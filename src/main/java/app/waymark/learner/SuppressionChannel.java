package app.waymark.learner;

public enum SuppressionChannel {
    EMAIL, SMS, ALL
}
