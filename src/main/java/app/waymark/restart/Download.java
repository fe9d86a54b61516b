package app.waymark.restart;

/** An attached file's content, for sending as an attachment. */
public record Download(String fileName, String contentType, byte[] content) {
}
