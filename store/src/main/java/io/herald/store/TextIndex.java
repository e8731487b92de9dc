package io.herald.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene full-text index of the stored articles: one document per article, keyed by its content
 * hash, with the version ({@code analyzed_at} in microseconds) of the row it was built from, so
 * that {@link Store} can tell when the index and the articles table have drifted apart.
 *
 * <p>Fields: {@code hash} (the key, stored), {@code id} (stored), {@code title} and {@code text}
 * (English analysis: lower case, stop words, Porter stemming), {@code source} (same analysis),
 * {@code date} ({@code YYYY-MM-DD}, one keyword, so {@code date:[2024-10-01 TO 2024-10-31]} works).
 * Free words search title and text, the title counting double; terms are ANDed unless the query
 * says {@code OR}. Thread-safe: searches run concurrently with each other and with updates.
 */
final class TextIndex implements AutoCloseable {
  static final String HASH = "hash";
  static final String VERSION = "version";
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String DATE = "date";
  static final String SOURCE = "source";

  /** Version recorded for a hash found more than once, so that it never matches the database. */
  static final long DUPLICATE = Long.MIN_VALUE;

  /**
   * One article as the index sees it.
   *
   * @param version {@code analyzed_at} of the stored row in microseconds since the epoch (UTC)
   * @param date {@code YYYY-MM-DD}, or the empty string when unknown
   */
  record Entry(
      String contentHash,
      long version,
      String id,
      String title,
      String text,
      String date,
      String source) {
    Entry {
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(id, "id");
      title = Objects.requireNonNullElse(title, "");
      Objects.requireNonNull(text, "text");
      date = Objects.requireNonNullElse(date, "");
      source = Objects.requireNonNullElse(source, "");
    }
  }

  /**
   * One page of hits.
   *
   * @param total how many articles match in all
   * @param contentHashes the page, best first
   */
  record Hits(long total, List<String> contentHashes) {
    Hits {
      contentHashes = List.copyOf(contentHashes);
    }
  }

  private final String location;
  private final Directory directory;
  private final Analyzer analyzer = newAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private TextIndex(String location, Directory directory) throws IOException {
    this.location = location;
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    // A new index must have a commit before a reader can open it.
    writer.commit();
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the index in {@code dir}, creating it when absent. An index that cannot be read (damaged,
   * or written by another Lucene version) is deleted and started afresh: it holds nothing the
   * database does not, and {@link Store} refills it.
   *
   * @throws StoreException when the directory cannot be created or opened
   */
  static TextIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory fs = FSDirectory.open(dir);
      try {
        return new TextIndex(dir.toString(), fs);
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
        fs.close();
        clear(dir);
        return new TextIndex(dir.toString(), FSDirectory.open(dir));
      }
    } catch (IOException e) {
      throw new StoreException("cannot open the full-text index " + dir + ": " + e, e);
    }
  }

  /** An empty index in memory. */
  static TextIndex inMemory() {
    try {
      return new TextIndex(":memory:", new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an index in memory", e);
    }
  }

  private static void clear(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)) {
          Files.delete(f);
        }
      }
    }
  }

  /** English analysis for words; the key, id and date are single keywords. */
  private static Analyzer newAnalyzer() {
    Analyzer keyword = new KeywordAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(), Map.of(HASH, keyword, ID, keyword, DATE, keyword));
  }

  /** The analyzer of the index, for highlighting with the same terms the search used. */
  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Deletes every document with one of {@code removed} as content hash, adds {@code added} (each
   * first deleted by its hash), and commits: afterwards searches see the change.
   *
   * @throws StoreException when the index cannot be written
   */
  void update(Collection<String> removed, List<Entry> added) {
    try {
      Term[] doomed = removed.stream().map(h -> new Term(HASH, h)).toArray(Term[]::new);
      if (doomed.length > 0) {
        writer.deleteDocuments(doomed);
      }
      for (Entry e : added) {
        writer.updateDocument(new Term(HASH, e.contentHash()), document(e));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("cannot update the full-text index " + location + ": " + e, e);
    }
  }

  private static Document document(Entry e) {
    Document d = new Document();
    d.add(new StringField(HASH, e.contentHash(), Field.Store.YES));
    d.add(new SortedDocValuesField(HASH, new BytesRef(e.contentHash())));
    d.add(new NumericDocValuesField(VERSION, e.version()));
    d.add(new StringField(ID, e.id(), Field.Store.YES));
    d.add(new TextField(TITLE, e.title(), Field.Store.NO));
    d.add(new TextField(TEXT, e.text(), Field.Store.NO));
    if (!e.date().isEmpty()) {
      d.add(new StringField(DATE, e.date(), Field.Store.NO));
    }
    if (!e.source().isEmpty()) {
      d.add(new TextField(SOURCE, e.source(), Field.Store.NO));
    }
    return d;
  }

  /**
   * The version of every indexed article by content hash; a hash indexed more than once maps to
   * {@link #DUPLICATE}.
   */
  Map<String, Long> versions() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        Map<String, Long> out = new HashMap<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
          readVersions(leaf.reader(), out);
        }
        return out;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read the full-text index " + location + ": " + e, e);
    }
  }

  private static void readVersions(LeafReader reader, Map<String, Long> out) throws IOException {
    Bits live = reader.getLiveDocs();
    SortedDocValues hashes = DocValues.getSorted(reader, HASH);
    NumericDocValues versions = DocValues.getNumeric(reader, VERSION);
    for (int doc = hashes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hashes.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      String hash = hashes.lookupOrd(hashes.ordValue()).utf8ToString();
      long version = versions.advanceExact(doc) ? versions.longValue() : DUPLICATE;
      out.merge(hash, version, (a, b) -> DUPLICATE);
    }
  }

  /** Number of indexed articles. */
  int size() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read the full-text index " + location + ": " + e, e);
    }
  }

  /**
   * Parses a query in Lucene's classic syntax: free words search title and text (AND by default),
   * {@code field:value} the named field, {@code "..."} phrases, {@code *} and {@code ?} wildcards
   * (not leading), {@code *:*} everything.
   *
   * @throws IllegalArgumentException when the query is blank or not valid syntax
   */
  Query parse(String query) {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) {
      throw new IllegalArgumentException("search query is blank (use *:* to match every article)");
    }
    QueryParser parser =
        new MultiFieldQueryParser(
            new String[] {TITLE, TEXT}, analyzer, Map.of(TITLE, 2.0f, TEXT, 1.0f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "cannot parse search query \"" + query + "\": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  /** Reads the stored texts of articles by content hash, for cutting snippets. */
  @FunctionalInterface
  interface Texts {
    Map<String, String> of(List<String> contentHashes);
  }

  /**
   * Parses and runs {@code query}, cutting a snippet from each hit's text when {@code texts} is
   * given (null: no snippets).
   *
   * @throws IllegalArgumentException when the offset or limit is negative or the query cannot be
   *     parsed
   */
  SearchResult find(String query, int offset, int limit, Texts texts) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException(
          "search offset and limit must not be negative: " + offset + ", " + limit);
    }
    Query parsed = parse(query);
    Hits hits = search(parsed, offset, limit);
    Map<String, Snippet> extracts = new HashMap<>();
    if (texts != null && !hits.contentHashes().isEmpty()) {
      Snippets maker = new Snippets(analyzer(), parsed);
      texts.of(hits.contentHashes()).forEach((hash, text) -> extracts.put(hash, maker.of(text)));
    }
    return new SearchResult(hits.total(), hits.contentHashes(), extracts);
  }

  /**
   * The hits of {@code query} from rank {@code offset} (0 is the best), at most {@code limit} of
   * them, best first; ties keep index order.
   *
   * @throws IllegalArgumentException when the query expands to too many terms
   */
  Hits search(Query query, int offset, int limit) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        long total = s.count(query);
        int maxDoc = s.getIndexReader().maxDoc();
        int wanted = (int) Math.min((long) offset + limit, Math.max(1, maxDoc));
        if (offset >= total || limit == 0) {
          return new Hits(total, List.of());
        }
        TopDocs top = s.search(query, wanted);
        StoredFields fields = s.storedFields();
        List<String> hashes = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
          hashes.add(fields.document(docs[i].doc, Set.of(HASH)).get(HASH));
        }
        return new Hits(total, hashes);
      } finally {
        searchers.release(s);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "search query matches too many terms (" + e.getMessage() + "); make it more specific", e);
    } catch (IOException e) {
      throw new StoreException("cannot search the full-text index " + location + ": " + e, e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the full-text index " + location + ": " + e, e);
    }
  }

  @Override
  public String toString() {
    return "TextIndex[" + location + "]";
  }
}
