package no.newsroom.articles.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "article")
public class Article {

    static final int MAX_SEARCH_TEXT = 500_000;

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    public String lead;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status = ArticleStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> authors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    public Instant publishedAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The blocks' text for the generated search vector, which cannot read the block table itself. */
    @Column(nullable = false)
    public String searchText = "";

    @Version
    public long version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Block> blocks = new ArrayList<>();

    public void replaceBlocks(List<Block> newBlocks) {
        blocks.clear();
        for (int position = 0; position < newBlocks.size(); position++) {
            Block block = newBlocks.get(position);
            block.article = this;
            block.position = position;
            blocks.add(block);
        }
        searchText = searchTextOf(blocks);
    }

    /** Bounded so that the search vector stays well under PostgreSQL's 1 MB tsvector limit. */
    private static String searchTextOf(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            String readable = block.text != null ? block.text : block.caption;
            if (readable != null && text.length() < MAX_SEARCH_TEXT) {
                text.append(readable).append('\n');
            }
        }
        return text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text.toString();
    }
}
