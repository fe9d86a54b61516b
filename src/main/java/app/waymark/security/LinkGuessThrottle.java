package app.waymark.security;

import org.springframework.stereotype.Component;

/**
 * Stops a client guessing at the tokens of learners' emailed and texted links (surveys, unsubscribe): once it has
 * opened {@code waymark.link-guesses.per-client} unknown tokens in the window, its links are not looked up at all
 * until the window has passed. Only wrong guesses count, so a class of learners behind one college address, each
 * opening a real link many times, is never stopped. Counted in the database, so every node agrees.
 */
@Component
public class LinkGuessThrottle {

    private final RequestCounter counter;
    private final LinkGuessProperties properties;

    LinkGuessThrottle(RequestCounter counter, LinkGuessProperties properties) {
        this.counter = counter;
        this.properties = properties;
    }

    /** True when the client may not have a link looked up now. {@code links} names the kind, e.g. "survey". */
    public boolean stopped(String links, String clientAddress) {
        return counter.count(key(links, clientAddress), properties.window()) >= properties.perClient();
    }

    /** Counts a token that matched no link. */
    public void wrongGuess(String links, String clientAddress) {
        counter.allow(key(links, clientAddress), properties.perClient(), properties.window());
    }

    private static String key(String links, String clientAddress) {
        return "link-guess:" + links + ":" + ClientAddresses.limitKey(clientAddress);
    }
}
