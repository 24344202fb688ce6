/** The Türkiye–Armenia normalization process as a ready-made Thaw model. */
module io.github.thaw.seeds {
  requires transitive io.github.thaw.core;

  exports io.github.thaw.seeds;
}
