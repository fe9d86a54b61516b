package app.waymark.portal.ui;

/** The addresses of a provider's learner portal (decision 0033): everything under {@code me/<provider slug>}. */
final class PortalRoutes {

    static String signIn(String slug) {
        return "me/" + slug;
    }

    static String aboutYou(String slug) {
        return "me/" + slug + "/about";
    }

    static String changeName(String slug) {
        return "me/" + slug + "/change/name";
    }

    static String changeAddress(String slug) {
        return "me/" + slug + "/change/address";
    }

    static String changeContact(String slug) {
        return "me/" + slug + "/change/contact";
    }

    static String code(String slug) {
        return "me/" + slug + "/code";
    }

    private PortalRoutes() {
    }
}
