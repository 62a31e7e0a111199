package dk.omsorg.hospital.web;

import dk.omsorg.hospital.RetrainingPlans.Attachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A plan's file as a download. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(Attachment file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType() + ("text/plain".equals(file.contentType()) ? ";charset=UTF-8" : "")))
                .body(file.content());
    }
}
