package app.waymark.destination;

import app.waymark.base.Translatable;

import java.util.List;

/** Messages as the default (UK English) translation reads them, for assertions on the wording. */
final class InEnglish {

    static List<String> of(List<Translatable> messages) {
        return messages.stream().map(Translatable::inDefaultLanguage).toList();
    }

    private InEnglish() {
    }
}
