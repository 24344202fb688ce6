/**
 * Strict, located reading and deterministic writing of YAML and JSON files, shared by every Thaw
 * file reader (models now; scenarios, index methods and transition tables later). Not exported and
 * not API.
 *
 * <p>How a reader uses it:
 *
 * <ol>
 *   <li>Declare one {@link io.github.thaw.internal.io.ObjectSpec} per kind of mapping: its name for
 *       messages, its allowed keys in documentation order, its required keys. Tests compare these
 *       with the JSON Schema in {@code docs/} so the two cannot drift.
 *   <li>Create a {@link io.github.thaw.internal.io.StrictReader} over the input and call {@code
 *       readDocument(rootSpec, handler)}. The handler is called once per allowed key with the
 *       parser on its value; it reads the value with {@code text()}, {@code number()}, {@code
 *       textOrInteger(...)}, {@code readList(...)} or {@code readObject(...)}. Each consumes the
 *       value whatever its type and returns null or false after recording a problem, so a handler
 *       never checks token types itself. Unknown, duplicate and missing keys, wrong types, YAML
 *       aliases, syntax errors and broken {@link io.github.thaw.internal.io.ReadLimits} are
 *       recorded by the reader, each at its line, column and path.
 *   <li>Check values as they are read and record problems with {@code problem(message)} (at the
 *       current value) or {@code problemAt(position, path, message)} for a check made after a whole
 *       mapping was read; take positions with {@code position()}, which are packed {@code long}s
 *       ({@link io.github.thaw.internal.io.Positions}) so millions cost little.
 *   <li>Give each valid element to the domain builder and record in a {@link
 *       io.github.thaw.internal.io.SourceMap} section where it and its referencing fields came
 *       from: {@code begin}, {@code field}/{@code item}, then {@code commit} or {@code discard}.
 *       When the builder reports problems by builder path, {@code SourceMap.locateAll} turns them
 *       into file locations even if skipped elements shifted the indices.
 *   <li>{@link io.github.thaw.internal.io.ProblemList#throwIfAny()} throws one {@link
 *       io.github.thaw.model.ModelException} with every problem, sorted by position.
 * </ol>
 *
 * <p>Writing goes through {@link io.github.thaw.internal.io.DocumentWriter}, which quotes YAML text
 * only when a YAML reader could misread it.
 */
package io.github.thaw.internal.io;
