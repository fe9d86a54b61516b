package app.waymark.ilr.api;

import app.waymark.base.InvalidInputException;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code POST /api/v1/ilr-imports} (multipart field {@code file}): the same import as the page, for MIS systems.
 * 200 with the report when applied, 422 with the problems when rejected, 500 when it failed and was rolled back,
 * 409 while another import runs, 413 over the size limit, 401/403 from the token check.
 */
@RestController
@RequestMapping("/api/v1/ilr-imports")
class IlrImportApiController {

    private final IlrImportService imports;

    IlrImportApiController(IlrImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        Path upload = Files.createTempFile("waymark-api-ilr-", ".upload");
        try {
            file.transferTo(upload);
            String name = file.getOriginalFilename() == null ? "upload.xml" : file.getOriginalFilename();
            ImportReport report = imports.importFile(upload, name, progress -> {
            });
            HttpStatus status = switch (report.status()) {
                case APPLIED -> HttpStatus.OK;
                case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
                case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
            };
            return ResponseEntity.status(status).body(report);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> importAlreadyRunning(InvalidInputException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }
}
