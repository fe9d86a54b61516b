package app.waymark.notification;

public enum MessageChannel {
    EMAIL, SMS
}
