package app.waymark.restart;

public enum AttachmentKind {
    DMA_PAPERWORK("DMA paperwork"), EVIDENCE("Evidence");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
