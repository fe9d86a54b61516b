package app.waymark.restart;

/**
 * What staff upload as DMA paperwork or evidence, after its bytes were checked (see {@link UploadedFiles}): the
 * content type comes from the bytes, the file name is cleaned and ends with that type's extension.
 */
public record CheckedUpload(String fileName, String contentType, byte[] content) {
}
