package no.newsroom.claims.extraction;

/** A half-open character range [start, end) of the extracted text. */
record TextSpan(int start, int end) {

    String of(String text) {
        return text.substring(start, end);
    }
}
