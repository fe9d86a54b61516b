package app.waymark.ilr.reader;

/**
 * Reads one element and the parts of its subtree its {@link ElementShape} names into a {@link RawElement}. What
 * it keeps for one element is capped, so a single absurd learner cannot exhaust memory; what lies beyond the cap
 * is still parsed and checked, but dropped, and the element is marked incomplete.
 */
final class ShapedElementReader {

    /** Far above any real learner (a few hundred elements, a few kilobytes of text). */
    static final int MAX_KEPT_CHARACTERS = 1_000_000;
    private static final int GROUP_COST = 64;

    private ShapedElementReader() {
    }

    /** Reads the element whose start tag the cursor is on, up to and including its end tag. */
    static RawElement read(XmlCursor cursor, ElementShape shape) {
        Budget budget = new Budget();
        RawElement element = read(cursor, shape, budget);
        if (budget.exceeded()) {
            element.markIncomplete();
        }
        return element;
    }

    private static RawElement read(XmlCursor cursor, ElementShape shape, Budget budget) {
        RawElement element = new RawElement(cursor.localName(), cursor.line());
        int depth = cursor.depth();
        while (cursor.nextChild(depth)) {
            String name = cursor.localName();
            if (shape.textFields().contains(name)) {
                int line = cursor.line();
                XmlCursor.ElementText text = cursor.readText();
                if (budget.take(text.text().length())) {
                    element.addField(name, new RawElement.Field(text.text(), line, text.containsElements()));
                }
            } else if (shape.groups().containsKey(name) && budget.take(GROUP_COST)) {
                element.addGroup(read(cursor, shape.groups().get(name), budget));
            } else {
                cursor.skipElement();
            }
        }
        return element;
    }

    private static final class Budget {

        private long left = MAX_KEPT_CHARACTERS;

        boolean take(int amount) {
            left -= amount;
            return left >= 0;
        }

        boolean exceeded() {
            return left < 0;
        }
    }
}
