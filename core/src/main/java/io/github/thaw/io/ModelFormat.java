package io.github.thaw.io;

/**
 * The old name of {@link FileSyntax}, kept so that code written against it still compiles: every
 * method that takes a {@link FileSyntax} has an overload that takes this.
 *
 * @deprecated use {@link FileSyntax}, which names what it is: the syntax of every kind of Thaw
 *     file, not only of models
 */
@Deprecated
public enum ModelFormat {
  /** YAML; see {@link FileSyntax#YAML}. */
  YAML,
  /** JSON; see {@link FileSyntax#JSON}. */
  JSON;

  /**
   * The format of a file by its extension, as {@link FileSyntax#ofFileName} tells it.
   *
   * @param fileName a file name or path, such as {@code model.yaml}
   * @return {@link #YAML} for {@code .yaml} and {@code .yml}, {@link #JSON} for {@code .json}
   * @throws IllegalArgumentException naming the file if the extension is none of these
   */
  public static ModelFormat ofFileName(String fileName) {
    return valueOf(FileSyntax.ofFileName(fileName).name());
  }

  /**
   * The same syntax under its new name.
   *
   * @return {@link FileSyntax#YAML} or {@link FileSyntax#JSON}
   */
  public FileSyntax syntax() {
    return FileSyntax.valueOf(name());
  }
}
