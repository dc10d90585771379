package no.newsroom.articles.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed between two versions of an article: article fields, and blocks by their stable id. A block is
 * moved when it is not part of the longest run of kept blocks that stayed in the same relative order, so one
 * insertion or one block dragged elsewhere does not make every following block look moved.
 */
@Schema(name = "ArticleDiff")
public record ArticleDiff(List<FieldChange> fields, List<BlockChange> blocks) {

    public enum Change {
        ADDED, REMOVED, EDITED, MOVED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Schema(name = "FieldChange")
    public record FieldChange(String field, Object before, Object after) {
    }

    @Schema(name = "BlockChange", description = "Positions are 0-based; before/after are the block's text")
    public record BlockChange(UUID blockId, Change change, @Schema(nullable = true) Integer fromPosition,
                              @Schema(nullable = true) Integer toPosition, @Schema(nullable = true) String before,
                              @Schema(nullable = true) String after) {
    }

    public static ArticleDiff between(ArticleSnapshot from, ArticleSnapshot to) {
        return new ArticleDiff(fieldChanges(from, to), blockChanges(from.blocks(), to.blocks()));
    }

    public boolean isEmpty() {
        return fields.isEmpty() && blocks.isEmpty();
    }

    private static List<FieldChange> fieldChanges(ArticleSnapshot from, ArticleSnapshot to) {
        Map<String, Function<ArticleSnapshot, Object>> fields = new LinkedHashMap<>();
        fields.put("slug", ArticleSnapshot::slug);
        fields.put("title", ArticleSnapshot::title);
        fields.put("lead", ArticleSnapshot::lead);
        fields.put("language", ArticleSnapshot::language);
        fields.put("status", ArticleSnapshot::status);
        fields.put("authors", ArticleSnapshot::authors);
        fields.put("tags", ArticleSnapshot::tags);
        fields.put("publishedAt", ArticleSnapshot::publishedAt);
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (!Objects.equals(value.apply(from), value.apply(to))) {
                changes.add(new FieldChange(name, value.apply(from), value.apply(to)));
            }
        });
        return changes;
    }

    private static List<BlockChange> blockChanges(List<BlockSnapshot> from, List<BlockSnapshot> to) {
        Map<UUID, Integer> fromPositions = positions(from);
        Map<UUID, Integer> toPositions = positions(to);
        Set<UUID> moved = moved(from, to, toPositions);
        List<BlockChange> changes = new ArrayList<>();
        for (BlockSnapshot before : from) {
            if (!toPositions.containsKey(before.id())) {
                changes.add(new BlockChange(before.id(), Change.REMOVED, fromPositions.get(before.id()), null,
                        before.readableText(), null));
            }
        }
        Map<UUID, BlockSnapshot> fromById = new HashMap<>();
        from.forEach(block -> fromById.put(block.id(), block));
        for (BlockSnapshot after : to) {
            BlockSnapshot before = fromById.get(after.id());
            Integer toPosition = toPositions.get(after.id());
            if (before == null) {
                changes.add(new BlockChange(after.id(), Change.ADDED, null, toPosition, null, after.readableText()));
                continue;
            }
            Integer fromPosition = fromPositions.get(after.id());
            if (!before.sameContentAs(after)) {
                changes.add(new BlockChange(after.id(), Change.EDITED, fromPosition, toPosition,
                        before.readableText(), after.readableText()));
            }
            if (moved.contains(after.id())) {
                changes.add(new BlockChange(after.id(), Change.MOVED, fromPosition, toPosition,
                        before.readableText(), after.readableText()));
            }
        }
        return changes;
    }

    private static Map<UUID, Integer> positions(List<BlockSnapshot> blocks) {
        Map<UUID, Integer> positions = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            positions.put(blocks.get(i).id(), i);
        }
        return positions;
    }

    /** Kept blocks outside a longest increasing subsequence of their old order, taken in the new order. */
    private static Set<UUID> moved(List<BlockSnapshot> from, List<BlockSnapshot> to, Map<UUID, Integer> toPositions) {
        Map<UUID, Integer> oldRank = new HashMap<>();
        from.stream().map(BlockSnapshot::id).filter(toPositions::containsKey)
                .forEach(id -> oldRank.put(id, oldRank.size()));
        List<UUID> keptInNewOrder = to.stream().map(BlockSnapshot::id).filter(oldRank::containsKey).toList();
        int[] ranks = keptInNewOrder.stream().mapToInt(oldRank::get).toArray();
        Set<UUID> moved = new HashSet<>(keptInNewOrder);
        for (int index : longestIncreasingSubsequence(ranks)) {
            moved.remove(keptInNewOrder.get(index));
        }
        return moved;
    }

    private static List<Integer> longestIncreasingSubsequence(int[] values) {
        int[] tailIndexes = new int[values.length];
        int[] previous = new int[values.length];
        Arrays.fill(previous, -1);
        int length = 0;
        for (int i = 0; i < values.length; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tailIndexes[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            if (low > 0) {
                previous[i] = tailIndexes[low - 1];
            }
            tailIndexes[low] = i;
            length = Math.max(length, low + 1);
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = length == 0 ? -1 : tailIndexes[length - 1]; i >= 0; i = previous[i]) {
            indexes.add(0, i);
        }
        return indexes;
    }
}
