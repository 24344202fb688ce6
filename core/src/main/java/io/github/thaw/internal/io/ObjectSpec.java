package io.github.thaw.internal.io;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The keys a mapping of one kind may have, in the order documentation lists them, and which of them
 * are required. {@link StrictReader#readObject} reports every other key, duplicates and missing
 * required keys.
 *
 * @param kind what the mapping is, as named in messages ({@code milestone})
 * @param keys the allowed keys, at most 64, in documentation order
 * @param required the keys that must be present; a subset of {@code keys}
 */
public record ObjectSpec(String kind, List<String> keys, Set<String> required) {
  /**
   * Validates the spec.
   *
   * @throws IllegalArgumentException if there are more than 64 keys, duplicates, or a required key
   *     that is not allowed
   */
  public ObjectSpec {
    Objects.requireNonNull(kind, "kind");
    keys = List.copyOf(keys);
    required = Set.copyOf(required);
    if (keys.size() > 64) {
      throw new IllegalArgumentException("at most 64 keys, got " + keys.size());
    }
    if (Set.copyOf(keys).size() != keys.size()) {
      throw new IllegalArgumentException("duplicate key in " + keys);
    }
    if (!keys.containsAll(required)) {
      throw new IllegalArgumentException("required keys " + required + " not all in " + keys);
    }
  }

  /**
   * A spec.
   *
   * @param kind what the mapping is
   * @param keys the allowed keys in documentation order
   * @param required the required keys
   * @return the spec
   */
  public static ObjectSpec of(String kind, List<String> keys, String... required) {
    return new ObjectSpec(kind, keys, Set.of(required));
  }

  /**
   * The position of a key in {@link #keys()}.
   *
   * @param key the key
   * @return its index, or -1 if it is not allowed
   */
  public int indexOf(String key) {
    return keys.indexOf(key);
  }

  /**
   * The allowed keys as text for messages.
   *
   * @return {@code id, name, dimension}
   */
  public String allowed() {
    return String.join(", ", keys);
  }
}
