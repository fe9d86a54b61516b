package app.waymark.bootcamp.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before something recorded on the Bootcamp tab is removed. The dialog names what goes and what follows, and its
 * buttons say what they do. Texts come from {@code <prefix>.title}, {@code .text}, {@code .confirm} and
 * {@code .cancel}.
 */
final class RemovalConfirmation {

    static void ask(BootcampTexts texts, String id, String prefix, Runnable remove, Object... textArguments) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(texts.text(prefix + ".title"));
        dialog.setText(texts.text(prefix + ".text", textArguments));
        dialog.setCancelable(true);
        dialog.setCancelText(texts.text(prefix + ".cancel"));
        dialog.setConfirmText(texts.text(prefix + ".confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> remove.run());
        dialog.open();
    }

    private RemovalConfirmation() {
    }
}
