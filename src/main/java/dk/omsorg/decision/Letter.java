package dk.omsorg.decision;

/** A decision letter as stored: the PDF bytes and their SHA-256 (hex). */
public record Letter(String fileName, byte[] content, String sha256) {
}
