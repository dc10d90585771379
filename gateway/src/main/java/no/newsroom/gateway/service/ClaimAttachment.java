package no.newsroom.gateway.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an article with its claims attached: each block gets {@code "claims": [...]} with the claims anchored to
 * it, the article gets {@code "claims": {"available", "count", "unanchored"}}. The article's and the claims' bytes are
 * copied as the services sent them; only the block ids, the claims' anchors and the places to insert at are read,
 * with a streaming parser, so nothing is parsed into a tree or serialised a second time.
 */
final class ClaimAttachment {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ClaimAttachment() {
    }

    /** One claim of claims-service's by-article page: its JSON as sent and the block it is anchored to. */
    record Claim(String blockId, byte[] json) {
    }

    /** The claims of {@code page} (claims-service's {@code {"items": [...]}}) in their order. */
    static List<Claim> claimsOf(byte[] page) {
        List<Claim> claims = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(page)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean items = "items".equals(parser.currentName());
                if (parser.nextToken() == JsonToken.START_ARRAY && items) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int start = offsetOf(parser);
                        String blockId = "";
                        if (parser.currentToken() == JsonToken.START_OBJECT) {
                            blockId = anchorBlockId(parser);
                        } else {
                            parser.skipChildren();
                        }
                        claims.add(new Claim(blockId, slice(page, start, offsetOf(parser) + 1)));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("claims-service sent a claims page that is not JSON", e);
        }
        return claims;
    }

    /**
     * {@code article} with {@code claims} attached; {@code null} claims mean claims-service could not be asked, and
     * the article is only marked as such.
     */
    static byte[] attach(byte[] article, List<Claim> claims) {
        ArticleOutline outline = ArticleOutline.of(article);
        // Room for every claim once and the inserted field names, so the buffer is not grown while writing.
        var out = new ByteArrayOutputStream(article.length + 64
                + (claims == null ? 0 : size(claims) + 12 * outline.blocks().size()));
        int copied = 0;
        if (claims != null) {
            List<List<Claim>> byBlock = new ArrayList<>();
            outline.blocks().forEach(block -> byBlock.add(new ArrayList<>()));
            List<Claim> unanchored = new ArrayList<>();
            for (Claim claim : claims) {
                Integer block = outline.blockIndex().get(claim.blockId());
                (block == null ? unanchored : byBlock.get(block)).add(claim);
            }
            for (int i = 0; i < outline.blocks().size(); i++) {
                BlockEnd block = outline.blocks().get(i);
                out.write(article, copied, block.offset() - copied);
                copied = block.offset();
                write(out, block.empty() ? "\"claims\":" : ",\"claims\":");
                writeArray(out, byBlock.get(i));
            }
            out.write(article, copied, outline.end() - copied);
            copied = outline.end();
            write(out, (outline.empty() ? "" : ",") + "\"claims\":{\"available\":true,\"count\":" + claims.size()
                    + ",\"unanchored\":");
            writeArray(out, unanchored);
            write(out, "}");
        } else {
            out.write(article, 0, outline.end());
            copied = outline.end();
            write(out, (outline.empty() ? "" : ",") + "\"claims\":{\"available\":false}");
        }
        out.write(article, copied, article.length - copied);
        return out.toByteArray();
    }

    private static void writeArray(ByteArrayOutputStream out, List<Claim> claims) {
        out.write('[');
        for (int i = 0; i < claims.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(claims.get(i).json());
        }
        out.write(']');
    }

    /** Called on a claim's START_OBJECT; leaves the parser on its END_OBJECT. */
    private static String anchorBlockId(JsonParser parser) throws IOException {
        String blockId = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean anchor = "anchor".equals(parser.currentName());
            if (parser.nextToken() == JsonToken.START_OBJECT && anchor) {
                blockId = "";
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean id = "blockId".equals(parser.currentName());
                    if (parser.nextToken().isScalarValue() && id) {
                        blockId = parser.getText();
                    }
                    parser.skipChildren();
                }
            } else {
                blockId = anchor ? "" : blockId;
                parser.skipChildren();
            }
        }
        return blockId;
    }

    /** Where the article's blocks and the article itself end, and which block each id names. */
    private record ArticleOutline(List<BlockEnd> blocks, Map<String, Integer> blockIndex, int end, boolean empty) {

        static ArticleOutline of(byte[] article) {
            List<BlockEnd> blocks = new ArrayList<>();
            Map<String, Integer> blockIndex = new HashMap<>();
            boolean empty = true;
            try (JsonParser parser = FACTORY.createParser(article)) {
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    empty = false;
                    boolean blockList = "blocks".equals(parser.currentName());
                    if (parser.nextToken() == JsonToken.START_ARRAY && blockList) {
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            if (parser.currentToken() == JsonToken.START_OBJECT) {
                                BlockEnd block = BlockEnd.scan(parser);
                                // A repeated id names the later block, as a map from id to block would.
                                blockIndex.put(block.id(), blocks.size());
                                blocks.add(block);
                            } else {
                                parser.skipChildren();
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                return new ArticleOutline(blocks, blockIndex, offsetOf(parser), empty);
            } catch (IOException e) {
                throw new IllegalStateException("articles-service sent an article that is not JSON", e);
            }
        }
    }

    private record BlockEnd(String id, int offset, boolean empty) {

        /** Called on the block's START_OBJECT; leaves the parser on its END_OBJECT. */
        static BlockEnd scan(JsonParser parser) throws IOException {
            String id = "";
            boolean empty = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                empty = false;
                boolean isId = "id".equals(parser.currentName());
                if (parser.nextToken().isScalarValue() && isId) {
                    id = parser.getText();
                }
                parser.skipChildren();
            }
            return new BlockEnd(id, offsetOf(parser), empty);
        }
    }

    private static int offsetOf(JsonParser parser) {
        return (int) parser.currentTokenLocation().getByteOffset();
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] slice = new byte[to - from];
        System.arraycopy(bytes, from, slice, 0, slice.length);
        return slice;
    }

    private static int size(List<Claim> claims) {
        return claims.stream().mapToInt(claim -> claim.json().length).sum();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
