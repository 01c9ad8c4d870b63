package org.livesurvey.ingest.metadata;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a plain-text export (BibTeX, RIS), which must be UTF-8. Bytes that are not UTF-8 (a Latin-1 file) are
 * refused with the line of the first bad byte rather than guessed at: a wrong guess would spoil every accented name
 * in the file without anyone noticing.
 */
public final class Utf8Text {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /**
     * The content as text, without a leading byte order mark.
     *
     * @throws MetadataReadException ({@link MetadataReadException.Kind#MALFORMED}) when the bytes are not UTF-8
     */
    public static String decode(byte[] content, String name) {
        int offset = hasByteOrderMark(content) ? BYTE_ORDER_MARK.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer chars = CharBuffer.allocate(content.length - offset);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int bad = Math.min(bytes.position(), content.length - 1);
            throw MetadataReadException.malformed(name, String.format(
                    "not UTF-8: byte 0x%02X at line %d cannot be decoded (save the file as UTF-8)",
                    content[bad] & 0xFF, lineOf(content, bad)), null);
        }
        return chars.flip().toString();
    }

    private static boolean hasByteOrderMark(byte[] content) {
        return content.length >= 3 && content[0] == BYTE_ORDER_MARK[0] && content[1] == BYTE_ORDER_MARK[1]
                && content[2] == BYTE_ORDER_MARK[2];
    }

    private static int lineOf(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
